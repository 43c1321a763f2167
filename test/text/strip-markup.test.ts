import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripMarkup } from '../../src/text/strip-markup.js';

test('stripMarkup drops CSL and HTML tags, keeping the words', () => {
  assert.equal(stripMarkup('<i>E. coli</i> in <span class="nocase">pH</span> 10<sup>3</sup>'), 'E. coli in pH 103');
  assert.equal(stripMarkup('<span style="font-variant:small-caps;">Sui</span>'), 'Sui');
  assert.equal(stripMarkup('no markup'), 'no markup');
});

test("stripMarkup puts `between` in each tag's place", () => {
  assert.equal(stripMarkup('<i>a</i>b', ' '), ' a b');
  assert.equal(stripMarkup('<i>a</i>b'), 'ab');
});

test('an empty "<>" counts as a tag, and a lone "<" is kept', () => {
  assert.equal(stripMarkup('a <> b'), 'a  b');
  assert.equal(stripMarkup('x < y'), 'x < y');
});
