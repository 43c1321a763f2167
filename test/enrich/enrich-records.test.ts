import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enrichRecords } from '../../src/enrich/enrich-records.js';
import { missingParts, planLookups, queryFor } from '../../src/enrich/plan-lookups.js';
import { emptyLock, type LockFile } from '../../src/enrich/lock-file.js';
import type { Candidate, Fetched, FetchFailure, SourceName, WorkQuery, WorkSource } from '../../src/enrich/work-source.js';
import type { SourceRecord } from '../../src/model/record.js';

const VENUE = 'Synthetic Venue for pubcv tests';

function record(id: string, title: string, families: string[], extra: Record<string, unknown> = {}): SourceRecord {
  return { item: { id, type: 'article', title, author: families.map((family) => ({ family, given: 'A.' })), ...extra }, source: { file: 'refs.txt', line: 2 } };
}

/** A source answering from a table of titles; it records the queries it got. */
function fakeSource(name: SourceName, answer: (query: WorkQuery) => Fetched<Candidate[]>): WorkSource & { queries: WorkQuery[] } {
  const queries: WorkQuery[] = [];
  return {
    name,
    queries,
    async search(query) {
      queries.push(query);
      return answer(query);
    },
  };
}

function works(name: SourceName, items: Array<Record<string, unknown>>): Fetched<Candidate[]> {
  return {
    ok: true,
    value: items.map((item, i) => ({ source: name, url: `http://127.0.0.1/${name}/${i}`, item: { id: `${name}${i}`, type: 'article-journal', ...item } })),
  };
}

const down = (name: SourceName): Fetched<Candidate[]> => ({
  ok: false,
  failure: { kind: 'offline', source: name, url: `http://127.0.0.1/${name}`, message: `127.0.0.1 could not be reached (ECONNREFUSED)` } satisfies FetchFailure,
});

const TOPV = record('okonkwo2099gradient', '\\textbf{Gradient} Sketches for MoE-I$^2$', ['Okonkwo', 'Lindqvist']);

test('what an entry lacks, and the query sent for it: plain title, family names', () => {
  assert.deepEqual(missingParts(TOPV.item), ['year', 'venue', 'DOI', 'URL', 'volume', 'pages', 'type']);
  assert.deepEqual(queryFor(TOPV.item), { title: 'Gradient Sketches for MoE-I2', authors: ['Okonkwo', 'Lindqvist'] });
  const full = record('full', 'T', ['A'], {
    type: 'article-journal',
    'container-title': 'J',
    issued: { 'date-parts': [[2099]] },
    DOI: '10.1/x',
    URL: 'u',
    volume: '1',
    page: '1-2',
  });
  assert.deepEqual(missingParts(full.item), []);
});

test('the first confident match fills the lock; later sources are not asked', async () => {
  const crossref = fakeSource('crossref', () =>
    works('crossref', [
      {
        title: 'Gradient Sketches for MoE-I<sup>2</sup>',
        author: [{ family: 'Okonkwo' }, { family: 'Lindqvist' }],
        'container-title': VENUE,
        issued: { 'date-parts': [[2099, 3]] },
        DOI: '10.5555/synthetic.1',
      },
    ]),
  );
  const openalex = fakeSource('openalex', () => works('openalex', []));
  const report = await enrichRecords([TOPV], { sources: [crossref, openalex], lock: emptyLock(), date: '2026-01-01' });
  assert.equal(report.filled.length, 1);
  assert.equal(openalex.queries.length, 0);
  assert.deepEqual(report.lock.entries[TOPV.item.id], {
    title: 'Gradient Sketches for MoE-I2',
    fields: { type: 'article-journal', issued: { 'date-parts': [[2099, 3]] }, 'container-title': VENUE, DOI: '10.5555/synthetic.1' },
    source: 'crossref',
    url: 'http://127.0.0.1/crossref/0',
    retrieved: '2026-01-01',
    score: 1,
  });
});

test('ambiguous candidates are suggestions; the entry is recorded as unmatched and not asked again', async () => {
  const both = [
    { title: 'Gradient Sketches for MoE-I2', author: [{ family: 'Okonkwo' }, { family: 'Lindqvist' }], 'container-title': 'Venue A' },
    { title: 'Gradient Sketches for MoE-I2 (extended)', author: [{ family: 'Okonkwo' }, { family: 'Lindqvist' }], 'container-title': 'Venue B' },
  ];
  const crossref = fakeSource('crossref', () => works('crossref', both));
  const first = await enrichRecords([TOPV], { sources: [crossref], lock: emptyLock(), date: '2026-01-01' });
  assert.equal(first.filled.length, 0);
  assert.equal(first.suggestions[0]?.suggestions.length, 2);
  assert.equal(first.lock.unmatched?.[TOPV.item.id]?.suggestions[0]?.venue, 'Venue A');
  const second = await enrichRecords([TOPV], { sources: [crossref], lock: first.lock, date: '2026-01-02' });
  assert.equal(crossref.queries.length, 1);
  assert.deepEqual(
    second.skipped.map((s) => s.reason),
    ['unmatched'],
  );
  const refreshed = await enrichRecords([TOPV], { sources: [crossref], lock: first.lock, date: '2026-01-02', refresh: true });
  assert.equal(crossref.queries.length, 2);
  assert.equal(refreshed.suggestions.length, 1);
});

test('a source that cannot be reached is asked once, and entries nobody answered for fail without touching the lock', async () => {
  const crossref = fakeSource('crossref', () => down('crossref'));
  const openalex = fakeSource('openalex', () => down('openalex'));
  const other = record('other', 'Warm Soup', ['Nobody']);
  const report = await enrichRecords([TOPV, other], { sources: [crossref, openalex], lock: emptyLock(), date: '2026-01-01' });
  assert.equal(crossref.queries.length, 1);
  assert.equal(openalex.queries.length, 1);
  assert.equal(report.failed.length, 2);
  assert.deepEqual(
    report.failed[1]?.failures.map((f) => f.kind),
    ['offline', 'offline'],
  );
  assert.deepEqual(report.lock, emptyLock());
});

test('one source down, the next one answers: filled; a partial "no" is not recorded as final', async () => {
  const crossref = fakeSource('crossref', () => down('crossref'));
  const dblp = fakeSource('dblp', (q) =>
    works(
      'dblp',
      q.title.startsWith('Gradient') ? [{ title: q.title, author: [{ family: 'Okonkwo' }, { family: 'Lindqvist' }], 'container-title': VENUE }] : [],
    ),
  );
  const other = record('other', 'Warm Soup', ['Nobody']);
  const report = await enrichRecords([TOPV, other], { sources: [crossref, dblp], lock: emptyLock(), date: '2026-01-01' });
  assert.equal(report.filled[0]?.source, 'dblp');
  assert.equal(report.suggestions[0]?.id, 'other');
  assert.equal(report.lock.unmatched, undefined);
});

test('entries in the lock are skipped unless their title changed; complete entries are never asked', () => {
  const lock: LockFile = {
    version: 2,
    entries: { [TOPV.item.id]: { title: 'Gradient Sketches for MoE-I2', fields: {}, source: 'crossref', url: 'u', retrieved: '2026-01-01', score: 1 } },
  };
  const changed = record(TOPV.item.id, 'A New Title', ['Okonkwo']);
  assert.deepEqual(
    planLookups([TOPV], lock).skipped.map((s) => s.reason),
    ['locked'],
  );
  assert.equal(planLookups([changed], lock).lookups.length, 1);
  assert.equal(planLookups([TOPV], lock, true).lookups.length, 1);
});

test('progress is reported before each lookup', async () => {
  const seen: string[] = [];
  const crossref = fakeSource('crossref', () => works('crossref', []));
  await enrichRecords([TOPV, record('b', 'Warm Soup', ['Nobody'])], {
    sources: [crossref],
    lock: emptyLock(),
    date: '2026-01-01',
    onProgress: (done, total, l) => seen.push(`${done}/${total} ${l.id}`),
  });
  assert.deepEqual(seen, ['0/2 okonkwo2099gradient', '1/2 b']);
});

test('a source that times out twice in a row, or still says 429 after retries, is not asked again in the run', async () => {
  const timeout = (name: SourceName): Fetched<Candidate[]> => ({
    ok: false,
    failure: { kind: 'timeout', source: name, url: 'u', message: 'did not answer within 10 s' },
  });
  const slow = fakeSource('crossref', () => timeout('crossref'));
  const limited = fakeSource('dblp', () => ({
    ok: false,
    failure: { kind: 'rate-limited', source: 'dblp', url: 'u', message: 'HTTP 429, still after 3 retries' },
  }));
  const records = ['a', 'b', 'c', 'd'].map((id) => record(id, `Warm Soup ${id}`, ['Nobody']));
  const report = await enrichRecords(records, { sources: [slow, limited], lock: emptyLock(), date: '2026-01-01' });
  assert.equal(slow.queries.length, 2);
  assert.equal(limited.queries.length, 1);
  assert.equal(report.failed.length, 4);
});
