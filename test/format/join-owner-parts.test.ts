import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ParsedRun } from '../../src/format/csl-html-to-runs.js';
import { joinOwnerParts } from '../../src/format/join-owner-parts.js';
import { tidyRuns } from '../../src/model/tidy-runs.js';

const owner = (text: string, ownerName: 'sup' | 'sub'): ParsedRun => ({ text, marks: [{ type: 'owner' }], ownerName });
const plain = (text: string): ParsedRun => ({ text, marks: [] });

test('joins the parts of one owner name with their separator', () => {
  const runs = tidyRuns(joinOwnerParts([plain('Yang, C., '), owner('Sui', 'sup'), plain(', '), owner('Y.', 'sup'), plain(', & Xiao, J.')]));
  assert.deepEqual(runs, [
    { text: 'Yang, C., ', marks: [] },
    { text: 'Sui, Y.', marks: [{ type: 'owner' }] },
    { text: ', & Xiao, J.', marks: [] },
  ]);
});

test('keeps two owner names apart even when only a comma separates them', () => {
  const runs = tidyRuns(
    joinOwnerParts([owner('Sui', 'sub'), plain(', '), owner('Y.', 'sub'), plain(', '), owner('Sui', 'sup'), plain(', '), owner('Y.', 'sup')]),
  );
  assert.deepEqual(
    runs.map((r) => [r.text, r.marks.length]),
    [
      ['Sui, Y.', 1],
      [', ', 0],
      ['Sui, Y.', 1],
    ],
  );
});

test('does not join across longer text', () => {
  const runs = joinOwnerParts([owner('Sui', 'sup'), plain(' and others '), owner('Y.', 'sup')]);
  assert.deepEqual(runs[1], { text: ' and others ', marks: [] });
});

test('tidyRuns collapses whitespace and trims the ends', () => {
  assert.deepEqual(tidyRuns([plain('  a \n  b '), plain(' c  ')]), [{ text: 'a b c', marks: [] }]);
});

test('drops the period citeproc doubles after a tagged initial', () => {
  const runs = tidyRuns(joinOwnerParts([plain('Zhang, Y., & '), owner('Sui', 'sup'), plain(', '), owner('Y.', 'sup'), plain('. (2024).')]));
  assert.deepEqual(
    runs.map((r) => r.text),
    ['Zhang, Y., & ', 'Sui, Y.', ' (2024).'],
  );
});
