import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StringMemo } from '../../src/text/string-memo.js';

describe('StringMemo', () => {
  it('computes each key once while it is kept, and gives each key its own result', () => {
    const memo = new StringMemo<string>(10);
    let computed = 0;
    const upper = (key: string) =>
      memo.get(key, () => {
        computed++;
        return key.toUpperCase();
      });
    assert.deepEqual(['a', 'b', 'a', 'b', 'c'].map(upper), ['A', 'B', 'A', 'B', 'C']);
    assert.equal(computed, 3);
  });

  it('keeps the generation before the current one, and forgets the one before that', () => {
    const memo = new StringMemo<number>(2);
    const computed: string[] = [];
    const length = (key: string) =>
      memo.get(key, () => {
        computed.push(key);
        return key.length;
      });
    length('a');
    length('bb'); // the generation {a, bb} is full: it becomes the one before
    length('ccc');
    assert.equal(length('a'), 1); // from the generation before, not computed; {ccc, a} is full and replaces {a, bb}
    length('dddd');
    length('bb'); // forgotten: computed again
    assert.deepEqual(computed, ['a', 'bb', 'ccc', 'dddd', 'bb']);
  });

  it('keeps undefined and other falsy results like any other', () => {
    const memo = new StringMemo<number | undefined>(10);
    let computed = 0;
    for (let i = 0; i < 3; i++)
      memo.get('x', () => {
        computed++;
        return undefined;
      });
    assert.equal(computed, 1);
  });
});
