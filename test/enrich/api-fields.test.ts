import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readObjects } from '../../src/enrich/sources/api-fields.js';

describe('readObjects', () => {
  it('reads each object of a list and skips what is not an object or reads to nothing', () => {
    const list = [{ n: 1 }, 'text', null, [{ n: 9 }], { n: 2 }, { m: 3 }];
    assert.deepEqual(
      readObjects(list, (object) => (typeof object.n === 'number' ? object.n * 10 : undefined)),
      [10, 20],
    );
  });

  it('reads a single object as a list of one, and nothing as an empty list', () => {
    assert.deepEqual(
      readObjects({ n: 1 }, (object) => object.n),
      [1],
    );
    assert.deepEqual(
      readObjects(undefined, (object) => object.n),
      [],
    );
  });
});
