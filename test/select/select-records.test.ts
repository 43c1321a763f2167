import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectRecords } from '../../src/select/select-records.js';
import { ids, rec } from '../helpers/selection-records.js';
import { DEFAULT_SELECTION, type RecordFilters } from '../../src/model/settings.js';

const RECORDS = [
  rec('j2024', 'article-journal', 2024, { custom: { selected: true } }, 1),
  rec('c2021', 'paper-conference', 2021, { keyword: 'vision, selected' }, 8),
  rec('p2019', 'article-journal', 2019, { 'container-title': 'arXiv', keyword: 'nlp' }, 15),
  rec('undated', 'paper-conference', undefined, {}, 22),
];

const filter = (filters: Partial<RecordFilters>) => selectRecords(RECORDS, { ...DEFAULT_SELECTION.filters, ...filters });

test('no filter keeps every record, in order', () => {
  const result = filter({});
  assert.deepEqual(ids(result.value), ['j2024', 'c2021', 'p2019', 'undated']);
  assert.deepEqual(result.diagnostics, []);
});

test('selected keeps BibTeX selected = {true} and the keyword "selected"; each left out is said where it is', () => {
  const result = filter({ selected: true });
  assert.deepEqual(ids(result.value), ['j2024', 'c2021']);
  assert.deepEqual(
    result.diagnostics.map((d) => [d.severity, d.code, d.entry, d.file, d.line]),
    [
      ['info', 'filtered-out', 'p2019', 'refs.bib', 15],
      ['info', 'filtered-out', 'undated', 'refs.bib', 22],
    ],
  );
  assert.match(result.diagnostics[0]?.message ?? '', /not marked selected/);
});

test('since and until keep a range of years, and undated entries (in press)', () => {
  assert.deepEqual(ids(filter({ since: 2020 }).value), ['j2024', 'c2021', 'undated']);
  assert.deepEqual(ids(filter({ until: 2021 }).value), ['c2021', 'p2019', 'undated']);
  assert.deepEqual(ids(filter({ since: 2020, until: 2022 }).value), ['c2021', 'undated']);
  assert.match(filter({ since: 2020 }).diagnostics[0]?.message ?? '', /published 2019, before 2020/);
});

test('types keep kinds, keywords keep entries with any of them, exclude drops ids', () => {
  assert.deepEqual(ids(filter({ types: ['journal', 'preprint'] }).value), ['j2024', 'p2019']);
  assert.deepEqual(ids(filter({ keywords: ['NLP', 'vision'] }).value), ['c2021', 'p2019']);
  assert.deepEqual(ids(filter({ exclude: ['c2021', 'undated'] }).value), ['j2024', 'p2019']);
});
