import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CslItem } from '../../src/model/record.js';
import { normalizeDates } from '../../src/normalize/normalize-dates.js';

const dated = (parts: unknown): CslItem => ({ id: 'x', type: 'book', issued: { 'date-parts': parts as number[][] } });
const partsOf = (parts: unknown) => {
  const repaired = normalizeDates(dated(parts));
  return 'item' in repaired ? repaired.item.issued?.['date-parts'] : repaired.problem;
};

describe('normalizeDates', () => {
  it('keeps the precision both ends of a range share (BibLaTeX 2020-05/2021, CSL [2020,5,1],[2020,5])', () => {
    assert.deepEqual(partsOf([[2020, 5], [2021]]), [[2020], [2021]]);
    assert.deepEqual(
      partsOf([
        [2020, 5, 1],
        [2020, 5],
      ]),
      [
        [2020, 5],
        [2020, 5],
      ],
    );
  });

  it('writes an open end (2015/, 2020/.., [2015,3],[0]) as zeros of the start precision', () => {
    assert.deepEqual(partsOf([[2015], null]), [[2015], [0]]);
    assert.deepEqual(partsOf([[2015, 3], [0]]), [
      [2015, 3],
      [0, 0],
    ]);
    assert.deepEqual(partsOf([[2015], []]), [[2015], [0]]);
  });

  it('leaves single dates and well-formed ranges as they are', () => {
    const item = dated([
      [2020, 5],
      [2021, 6],
    ]);
    assert.equal((normalizeDates(item) as { item: CslItem }).item, item);
    assert.deepEqual(partsOf([['2024', 11, 13]]), [['2024', 11, 13]]);
  });

  it('reports a part that is not a whole number', () => {
    assert.match(String(partsOf([['spring']])), /"spring" is not a year/);
    assert.match(String(partsOf([[2020], ['x']])), /"x"/);
  });
});
