import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyLock, fieldsToFill } from '../../src/enrich/apply-lock.js';
import type { LockEntry } from '../../src/enrich/lock-file.js';
import type { LoadedLock } from '../../src/enrich/lock-entries.js';
import type { SourceRecord } from '../../src/model/record.js';
import { prepareRecords } from '../../src/api/prepare-records.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { ENGLISH_MESSAGES } from '../../src/model/messages.js';
import { DEFAULT_SELECTION } from '../../src/model/settings.js';

const VENUE = 'Synthetic Venue for pubcv tests';

function entry(title: string, fields: LockEntry['fields']): LockEntry {
  return { title, fields, source: 'crossref', url: 'http://127.0.0.1/works', retrieved: '2026-01-01', score: 0.97 };
}

function record(item: Partial<SourceRecord['item']>): SourceRecord {
  return { item: { id: 'okonkwo', type: 'article', title: 'Gradient Sketches for Tiny Lattices', ...item }, source: { file: 'refs.txt', line: 2 } };
}

const FIELDS: LockEntry['fields'] = {
  type: 'article-journal',
  issued: { 'date-parts': [[2099]] },
  'container-title': VENUE,
  volume: '7',
  DOI: '10.5555/synthetic.1',
};

test("a locked entry fills only what the record lacks: the user's own data wins", () => {
  const item = { id: 'x', type: 'paper-conference', title: 'T', volume: '3', issued: { 'date-parts': [[2001]] } };
  assert.deepEqual(fieldsToFill(item, FIELDS), { 'container-title': VENUE, DOI: '10.5555/synthetic.1' });
});

test("a plain list's generic type gives way to the type found; a venue written by the user keeps its type", () => {
  assert.equal(fieldsToFill({ id: 'x', type: 'article', title: 'T' }, FIELDS).type, 'article-journal');
  assert.equal(fieldsToFill({ id: 'x', type: 'article', title: 'T', 'container-title': 'Mine' }, FIELDS).type, undefined);
});

test('records are filled by id, the others left as they are', () => {
  const lock: LoadedLock = { path: 'dir/pubcv.lock.json', lock: { version: 2, entries: { okonkwo: entry('Gradient sketches for tiny lattices', FIELDS) } } };
  const result = applyLock([record({}), record({ id: 'other' })], lock);
  assert.deepEqual(result.value.filled, ['okonkwo']);
  assert.equal(result.value.records[0]?.item['container-title'], VENUE);
  assert.equal(result.value.records[1]?.item['container-title'], undefined);
  assert.deepEqual(result.diagnostics, []);
});

test('an entry whose title changed since the lookup is not filled, and a warning names the lock and the entry', () => {
  const lock: LoadedLock = { path: 'dir/pubcv.lock.json', lock: { version: 2, entries: { okonkwo: entry('Another Title Entirely', FIELDS) } } };
  const result = applyLock([record({})], lock);
  assert.deepEqual(result.value.filled, []);
  assert.equal(result.value.records[0]?.item.issued, undefined);
  assert.equal(result.diagnostics[0]?.code, 'lock-title-changed');
  assert.equal(result.diagnostics[0]?.entry, 'okonkwo');
  assert.match(result.diagnostics[0]!.message, /pubcv\.lock\.json/);
});

const PLAIN = 'Okonkwo, Ada\nGradient Sketches for Tiny $^2$Lattices\nOkonkwo, Ada, Lindqvist, Bo\nAn abstract.\n';

test('prepareRecords fills from the lock before selecting: the year filter sees the locked year, missing-field warnings go', async () => {
  const plain = await prepareRecords([{ path: 'refs.txt', text: PLAIN }], resolveSettings(), { lock: undefined, messages: ENGLISH_MESSAGES, people: [] });
  const id = plain.records[0]!.item.id;
  assert.ok(plain.diagnostics.some((d) => d.code === 'missing-date'));
  const lock: LoadedLock = { path: 'pubcv.lock.json', lock: { version: 2, entries: { [id]: entry('Gradient Sketches for Tiny 2Lattices', FIELDS) } } };
  const filled = await prepareRecords([{ path: 'refs.txt', text: PLAIN }], resolveSettings(), { lock, messages: ENGLISH_MESSAGES, people: [] });
  assert.equal(filled.records.length, 1);
  // Undated entries pass a year filter; the locked year (2099) does not pass `until: 2050`.
  const until = { ...DEFAULT_SELECTION, filters: { ...DEFAULT_SELECTION.filters, until: 2050 } };
  const untilSettings = { ...resolveSettings(), selection: until };
  assert.equal(
    (await prepareRecords([{ path: 'refs.txt', text: PLAIN }], untilSettings, { lock: undefined, messages: ENGLISH_MESSAGES, people: [] })).records.length,
    1,
  );
  assert.equal((await prepareRecords([{ path: 'refs.txt', text: PLAIN }], untilSettings, { lock, messages: ENGLISH_MESSAGES, people: [] })).records.length, 0);
  assert.equal(filled.records[0]?.item['container-title'], VENUE);
  assert.ok(!filled.diagnostics.some((d) => d.code === 'missing-date' || d.code === 'missing-venue'));
  const note = filled.diagnostics.find((d) => d.code === 'lock-applied');
  assert.equal(note?.message, '1 entry filled from pubcv.lock.json');
  assert.equal(note?.severity, 'info');
});

test('a record whose id is constructor is not matched to Object.prototype.constructor', () => {
  const lock: LoadedLock = { path: 'pubcv.lock.json', lock: { version: 2, entries: {} } };
  const result = applyLock([record({ id: 'constructor' })], lock);
  assert.deepEqual([result.value.filled, result.diagnostics], [[], []]);
});

test("a record gets its locked citation count, OpenAlex's first, Crossref's without it, and none once its title changed", () => {
  const openalex = { count: 12, work: 'W9000000001', url: 'u', retrieved: '2026-12-01' };
  const crossref = { count: 10, url: 'u', retrieved: '2026-11-30' };
  const lockWith = (citations: NonNullable<LoadedLock['lock']['citations']>[string]): LoadedLock => ({
    path: 'pubcv.lock.json',
    lock: { version: 2, entries: {}, citations: { okonkwo: citations } },
  });
  const title = 'Gradient Sketches for Tiny Lattices';
  const both = applyLock([record({})], lockWith({ title, DOI: '10.5555/Synthetic.1', openalex, crossref })).value.records[0];
  assert.deepEqual(both?.citations, { count: 12, source: 'openalex', retrieved: '2026-12-01', href: 'https://openalex.org/W9000000001', work: 'W9000000001' });
  const second = applyLock([record({})], lockWith({ title, DOI: '10.5555/Synthetic.1', crossref })).value.records[0];
  assert.deepEqual(second?.citations, {
    count: 10,
    source: 'crossref',
    retrieved: '2026-11-30',
    href: 'https://doi.org/10.5555/Synthetic.1',
    work: 'doi:10.5555/synthetic.1',
  });
  const renamed = applyLock([record({ title: 'Another Title' })], lockWith({ title, openalex })).value.records[0];
  assert.equal(renamed?.citations, undefined);
  // The count is not part of the item: no export or cache key sees it.
  assert.equal('citations' in (both?.item ?? {}), false);
});
