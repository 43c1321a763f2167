import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CslItem, SourceRecord } from '../../src/input/record.js';
import { mergeDuplicates } from '../../src/normalize/merge-duplicates.js';

function record(key: string, item: Partial<CslItem>, file = 'a.bib'): SourceRecord {
  return { item: { id: key, type: 'article-journal', ...item }, source: { file, line: 1, key } };
}

const title = 'Deep Learning for Cats';
const year = { 'date-parts': [[2020]] };

describe('mergeDuplicates', () => {
  it('folds the same DOI into the fuller record, in the place of the first, naming both', () => {
    const result = mergeDuplicates([
      record('short', { title, DOI: '10.1/x' }),
      record('other', { title: 'Something Else Entirely' }),
      record('full', { title: 'Deep learning for cats', DOI: '10.1/X', issued: year, author: [{ family: 'Doe' }], 'container-title': 'J' }, 'b.bib'),
    ]);
    assert.equal(result.merged, 1);
    assert.deepEqual(result.value.map((r) => r.source.key), ['full', 'other']);
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.severity, d.entry, d.file]), [['duplicate-merged', 'warning', 'short', 'a.bib']]);
    assert.match(result.diagnostics[0]?.message ?? '', /'short' \(a\.bib:1\) duplicates 'full' \(b\.bib:1\) \(the same DOI 10\.1\/x\)/);
  });

  it('folds the same title and year, the published version winning and gaining missing fields', () => {
    const result = mergeDuplicates([
      record('preprint', { type: 'article', title, issued: year, URL: 'https://arxiv.org/abs/1', author: [{ family: 'Doe' }] }),
      record('paper', { title: `${title}.`, issued: year, 'container-title': 'J', author: [{ family: 'Doe' }, { family: 'Roe' }] }),
    ]);
    assert.equal(result.merged, 1);
    assert.equal(result.value[0]?.source.key, 'paper');
    assert.equal(result.value[0]?.item.URL, 'https://arxiv.org/abs/1');
  });

  it('keeps apart what only looks alike', () => {
    const cases: Array<[Partial<CslItem>, Partial<CslItem>]> = [
      [{ title, issued: year, DOI: '10.1/a' }, { title, issued: year, DOI: '10.1/b' }],
      [{ title, issued: year }, { title, issued: { 'date-parts': [[2021]] } }],
      [{ title, issued: year, volume: '1' }, { title, issued: year, volume: '2' }],
      [{ title, issued: year, author: [{ family: 'Doe' }] }, { title, issued: year, author: [{ family: 'Roe' }] }],
      [{ title: 'Editorial', issued: year }, { title: 'Editorial', issued: year }],
      [{ title, DOI: '10.1/book' }, { title: 'A Completely Different Chapter', DOI: '10.1/book' }],
    ];
    for (const [a, b] of cases) assert.equal(mergeDuplicates([record('a', a), record('b', b)]).merged, 0, JSON.stringify([a, b]));
  });
});
