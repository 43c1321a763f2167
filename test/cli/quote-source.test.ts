import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSourceLine } from '../../src/cli/quote-source.js';

test('quotes the line with a caret indent under the column', () => {
  assert.deepEqual(quoteSourceLine('first\n  title = {x,\nlast', 2, 11), { gutter: '2', text: '  title = {x,', caretIndent: '          ' });
});

test('keeps tabs before the column so the caret lines up', () => {
  assert.equal(quoteSourceLine('\tauthor = x', 1, 3)?.caretIndent, '\t ');
});

test('drops CR and a BOM; no caret without a column', () => {
  assert.deepEqual(quoteSourceLine('\uFEFF@article{a,\r\n', 1), { gutter: '1', text: '@article{a,' });
});

test('a missing or blank line quotes nothing', () => {
  assert.equal(quoteSourceLine('a\n\nb', 2, 1), undefined);
  assert.equal(quoteSourceLine('a', 5, 1), undefined);
});

test('a very long line is shown around the column, with the caret still under it', () => {
  const line = `${'x'.repeat(500)}!${'y'.repeat(500)}`;
  const quoted = quoteSourceLine(line, 1, 501);
  assert.ok(quoted?.caretIndent !== undefined);
  assert.ok(quoted.text.length <= 102, `${quoted.text.length}`);
  assert.equal(quoted.text[quoted.caretIndent.length], '!');
  assert.ok(quoted.text.startsWith('…') && quoted.text.endsWith('…'));
});
