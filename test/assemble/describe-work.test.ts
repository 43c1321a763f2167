import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeWork } from '../../src/assemble/describe-work.js';

describe('describeWork', () => {
  it('takes the plain facts of a CSL item, markup stripped and DOI bare', () => {
    const work = describeWork({
      id: 'sui2024',
      type: 'article-journal',
      title: 'MoE-I<sup>2</sup>: <i>Compressing</i> a <b>x</b> < y & z',
      author: [{ family: 'Sui', given: 'Yang' }, { family: 'Beethoven', given: 'Ludwig', 'dropping-particle': 'van' }, { literal: 'The Team' }],
      issued: { 'date-parts': [[2024, 5]] },
      'container-title': 'Journal of Things',
      publisher: 'ACM',
      volume: 12,
      issue: '3',
      page: '1–20',
      DOI: 'https://doi.org/10.1000/XYZ',
      URL: 'https://example.org/p',
    });
    assert.deepEqual(work, {
      type: 'article-journal',
      title: 'MoE-I2: Compressing a x < y & z',
      authors: ['Yang Sui', 'Ludwig van Beethoven', 'The Team'],
      issued: '2024-05',
      container: 'Journal of Things',
      publisher: 'ACM',
      volume: '12',
      issue: '3',
      pages: '1–20',
      doi: '10.1000/XYZ',
      url: 'https://example.org/p',
    });
  });

  it('leaves out what the item does not have', () => {
    assert.deepEqual(describeWork({ id: 'x', type: 'article', issued: { literal: 'in press' } }), { type: 'article', authors: [] });
    assert.equal(describeWork({ id: 'x', type: 'book', issued: { 'date-parts': [[2020, 13, 40]] } }).issued, '2020');
    assert.equal(describeWork({ id: 'x', type: 'book', issued: { 'date-parts': [['2020', '2', '9']] } }).issued, '2020-02-09');
    assert.equal(describeWork({ id: 'x', type: 'book', DOI: 'doi: 10.1/2' }).doi, '10.1/2');
  });
});
