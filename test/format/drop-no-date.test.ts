import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropNoDate } from '../../src/format/drop-no-date.js';

const text = (s: string) => dropNoDate([{ text: s, marks: [] }], ['n.d.', 'no date'])[0]?.text;

test('removes the placeholder and its punctuation in the common style shapes', () => {
  assert.equal(text('Yuan, B. (n.d.). TopV: a title.'), 'Yuan, B. TopV: a title.');
  assert.equal(text('Yuan, B. (no date) “TopV.”'), 'Yuan, B. “TopV.”');
  assert.equal(text('“TopV,” arXiv, n.d.'), '“TopV,” arXiv.');
  assert.equal(text('Sui, Yang. n.d. “TopV.”'), 'Sui, Yang. “TopV.”');
});

test('leaves words that merely contain the term alone', () => {
  assert.equal(text('A study of no dates and n.d.x.'), 'A study of no dates and n.d.x.');
});
