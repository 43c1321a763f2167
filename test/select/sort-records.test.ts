import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortRecords } from '../../src/select/sort-records.js';
import type { SourceRecord } from '../../src/model/record.js';
import { ids, rec } from '../helpers/selection-records.js';

const RECORDS = [
  rec('u1', 'book', undefined),
  rec('b2020', 'book', 2020, { title: 'Beta' }),
  rec('a2020', 'book', 2020, { title: '<i>Alpha</i>' }),
  rec('may2024', 'book', 2024, { issued: { 'date-parts': [[2024, 5]] } }),
  rec('u2', 'book', undefined),
  rec('jan2024', 'book', 2024, { issued: { 'date-parts': [[2024, 1]] } }),
];

test('newest first, then by title (markup ignored); undated last in input order', () => {
  assert.deepEqual(ids(sortRecords(RECORDS)), ['may2024', 'jan2024', 'a2020', 'b2020', 'u1', 'u2']);
});

test('oldest first, undated first', () => {
  assert.deepEqual(ids(sortRecords(RECORDS, { sort: 'oldest', undated: 'first' })), ['u1', 'u2', 'a2020', 'b2020', 'jan2024', 'may2024']);
});

test('input order keeps everything as written', () => {
  assert.deepEqual(ids(sortRecords(RECORDS, { sort: 'input', undated: 'last' })), ['u1', 'b2020', 'a2020', 'may2024', 'u2', 'jan2024']);
});

test('a title\'s "<>" is text, not a tag: it sorts as written (markup helpers would drop it)', () => {
  const records = [rec('plain', 'book', 2020, { title: 'ab' }), rec('operator', 'book', 2020, { title: 'a<>b' })];
  assert.deepEqual(ids(sortRecords(records)), ['operator', 'plain']);
});

test('sort: citations puts the most cited first; ties and entries without a count follow newest first', () => {
  const counted = (id: string, year: number, count?: number): SourceRecord => ({
    item: { id, type: 'article-journal', title: id, issued: { 'date-parts': [[year]] } },
    source: { file: 'refs.bib' },
    ...(count === undefined
      ? {}
      : { citations: { count, source: 'openalex' as const, retrieved: '2026-12-01', href: `https://openalex.org/W${year}`, work: `W${year}` } }),
  });
  const sorted = sortRecords(
    [counted('old-few', 2001, 3), counted('none-new', 2024), counted('many', 2010, 50), counted('new-few', 2020, 3), counted('none-old', 1999)],
    {
      sort: 'citations',
      undated: 'last',
    },
  );
  assert.deepEqual(
    sorted.map((r) => r.item.id),
    ['many', 'new-few', 'old-few', 'none-new', 'none-old'],
  );
});
