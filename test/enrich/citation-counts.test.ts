import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { HttpClient } from '../../src/enrich/http-client.js';
import { emptyLock, type LockFile } from '../../src/enrich/lock-file.js';
import { lockedCitations } from '../../src/enrich/lock-entries.js';
import { countTargets, refreshCitations } from '../../src/enrich/refresh-citations.js';
import { crossrefCounts, openalexCounts } from '../../src/enrich/sources/citation-counts.js';
import type { SourceRecord } from '../../src/model/record.js';
import { clockedHttp } from '../helpers/clocked-http.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import { openalexId } from '../helpers/fake-crossref-openalex.js';
import { rateLimited, serverError, startFakeScholarlyServer, type FakeScholarlyServer, type SyntheticWork } from '../helpers/fake-scholarly-server.js';

const person = { given: 'Alexa', family: 'Testperson' };
const CITED: SyntheticWork = {
  title: 'A Synthetic Study of Cited Lattices',
  authors: [person],
  kind: 'journal',
  year: 2021,
  doi: '10.5555/cited.1',
  citedBy: 120,
  referencedBy: 98,
};
const UNCOUNTED: SyntheticWork = {
  title: 'A Synthetic Work Nobody Counted',
  authors: [person],
  kind: 'journal',
  year: 2022,
  doi: '10.5555/uncounted.2',
  citedBy: null,
  referencedBy: null,
};
const OPENALEX_ONLY: SyntheticWork = {
  title: 'A Synthetic Work Known to OpenAlex Alone',
  authors: [person],
  kind: 'conference',
  year: 2023,
  doi: '10.5555/oa.3',
  citedBy: 7,
  knownTo: ['openalex'],
};
const WORKS = [CITED, UNCOUNTED, OPENALEX_ONLY];

function record(id: string, title: string, doi?: string): SourceRecord {
  return { item: { id, type: 'article-journal', title, ...(doi ? { DOI: doi } : {}) }, source: { file: 'refs.bib' } };
}

describe('citation counts from the fake OpenAlex and Crossref', () => {
  let server: FakeScholarlyServer;
  let clock: FakeClock;
  let http: HttpClient;
  const sources = () => [openalexCounts(http, server.urls.openalex, { mailto: 'me@example.org' }), crossrefCounts(http, server.urls.crossref)];

  before(async () => {
    server = await startFakeScholarlyServer(WORKS);
  });
  after(() => server.close());
  beforeEach(() => {
    server.faults.clear();
    server.requests.length = 0;
    ({ clock, http } = clockedHttp());
  });

  it('reads cited_by_count and is-referenced-by-count by DOI, and records each with its source, date and address', async () => {
    const report = await refreshCitations([record('cited', 'A synthetic study of cited lattices', '10.5555/CITED.1')], {
      sources: sources(),
      lock: emptyLock(),
      date: '2026-12-05',
    });
    assert.deepEqual(report.counted, [{ id: 'cited', title: 'A synthetic study of cited lattices', openalex: 120, crossref: 98, uncounted: [], failures: [] }]);
    const locked = lockedCitations(report.lock, 'cited');
    assert.deepEqual(locked?.openalex, { count: 120, work: openalexId(0), retrieved: '2026-12-05', url: `${server.urls.openalex}/works/doi:10.5555/cited.1` });
    assert.deepEqual(locked?.crossref, { count: 98, retrieved: '2026-12-05', url: `${server.urls.crossref}/works/10.5555/cited.1` });
    // The contact address goes to OpenAlex but never into the lock.
    assert.equal(server.requests.find((r) => r.route === 'openalex')?.query.mailto, 'me@example.org');
    assert.doesNotMatch(JSON.stringify(report.lock), /mailto/);
  });

  it('a work with no count is recorded as uncounted, not as zero; a work one source lacks keeps the other', async () => {
    const report = await refreshCitations([record('none', UNCOUNTED.title, UNCOUNTED.doi), record('oa', OPENALEX_ONLY.title, OPENALEX_ONLY.doi)], {
      sources: sources(),
      lock: emptyLock(),
      date: '2026-12-05',
    });
    assert.deepEqual(report.counted.find((c) => c.id === 'none')?.uncounted, ['openalex', 'crossref']);
    assert.equal(lockedCitations(report.lock, 'none'), undefined);
    assert.deepEqual(
      report.counted.find((c) => c.id === 'oa'),
      { id: 'oa', title: OPENALEX_ONLY.title, openalex: 7, uncounted: ['crossref'], failures: [] },
    );
    assert.equal(lockedCitations(report.lock, 'oa')?.crossref, undefined);
  });

  it('waits as a 429 asks (Retry-After) and then records the count', async () => {
    server.faults.set('openalex', rateLimited(1, '2'));
    const report = await refreshCitations([record('cited', CITED.title, CITED.doi)], { sources: sources(), lock: emptyLock(), date: '2026-12-05' });
    assert.ok(clock.sleeps.includes(2000), `slept ${clock.sleeps.join(', ')}`);
    assert.equal(lockedCitations(report.lock, 'cited')?.openalex?.count, 120);
  });

  it('a source still rate-limited after the retries is not asked again, and the earlier figure is kept', async () => {
    server.faults.set('openalex', rateLimited(100, '1'));
    const earlier: LockFile = {
      ...emptyLock(),
      citations: { cited: { title: CITED.title, DOI: CITED.doi, openalex: { count: 100, work: openalexId(0), url: 'u', retrieved: '2026-01-01' } } },
    };
    const records = [record('cited', CITED.title, CITED.doi), record('oa', OPENALEX_ONLY.title, OPENALEX_ONLY.doi)];
    const report = await refreshCitations(records, { sources: sources(), lock: earlier, date: '2026-12-05' });
    // Four tries at the first entry (one and three retries), none at the second.
    assert.equal(server.requests.filter((r) => r.route === 'openalex').length, 4);
    const cited = lockedCitations(report.lock, 'cited');
    assert.deepEqual(cited?.openalex, { count: 100, work: openalexId(0), url: 'u', retrieved: '2026-01-01' });
    assert.equal(cited?.crossref?.count, 98);
    assert.equal(report.counted.find((c) => c.id === 'cited')?.failures[0]?.kind, 'rate-limited');
  });

  it('an entry no source could be asked about is failed, and its figures stay', async () => {
    server.faults.set('openalex', serverError(10));
    server.faults.set('crossref', serverError(10));
    const earlier: LockFile = {
      ...emptyLock(),
      citations: { cited: { title: CITED.title, crossref: { count: 3, url: 'u', retrieved: '2026-01-01' }, DOI: CITED.doi } },
    };
    const report = await refreshCitations([record('cited', CITED.title, CITED.doi)], { sources: sources(), lock: earlier, date: '2026-12-05' });
    assert.equal(report.failed.length, 1);
    assert.deepEqual(report.lock.citations, earlier.citations);
  });

  it('an entry without a DOI is counted by the OpenAlex work its lookup matched, and skipped without either', () => {
    const lock: LockFile = {
      ...emptyLock(),
      entries: {
        matched: { title: 'Matched', fields: {}, source: 'openalex', url: 'http://127.0.0.1/openalex/works/W9000000002', retrieved: '2026-01-01', score: 0.9 },
      },
    };
    const planned = countTargets([record('matched', 'Matched'), record('bare', 'Bare'), record('doi', 'Has a DOI', 'https://doi.org/10.5555/X')], lock);
    assert.deepEqual(
      planned.targets.map((t) => [t.id, t.key]),
      [
        ['matched', { work: 'W9000000002' }],
        ['doi', { doi: '10.5555/x' }],
      ],
    );
    assert.deepEqual(planned.skipped, [{ id: 'bare', title: 'Bare' }]);
  });

  it('OpenAlex is asked by work id when that is all there is', async () => {
    const answer = await openalexCounts(http, server.urls.openalex).count({ work: openalexId(2) });
    assert.deepEqual(answer, { ok: true, value: { count: 7, work: openalexId(2), url: `${server.urls.openalex}/works/${openalexId(2)}` } });
  });
});
