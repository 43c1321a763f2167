import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropNumberLabels } from '../../src/normalize/number-labels.js';

describe('dropNumberLabels', () => {
  it('drops a label written before a number, issue or volume', () => {
    const item = dropNumberLabels({ id: 'a', type: 'report', number: 'No. 117', issue: 'Issue 10', volume: 'Vol. 3' });
    assert.deepEqual([item.number, item.issue, item.volume], ['117', '10', '3']);
  });

  it('leaves numbers and words that are not labels alone', () => {
    const item = { id: 'a', type: 'report', number: 'TR-2019-04', issue: 'Nov', volume: 'Nonlinear 2' };
    assert.equal(dropNumberLabels(item), item);
  });
});
