import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameMarker } from '../../src/owner/owner-sentinel.js';
import type { Mark, Run } from '../../src/model/index.js';
import { contributionLooks, legendLines } from '../../src/owner/contribution-looks.js';
import { resolveNameTags } from '../../src/owner/resolve-name-tags.js';

const OWNER: Mark = { type: 'owner' };
const run = (text: string, ...marks: Mark[]): Run => ({ text, marks });
const looks = contributionLooks();

test('the owner keeps the mark, a tagged co-author loses it; symbols follow, students are underlined', () => {
  const runs = [run(`Sui${nameMarker(0)}, Y.`, OWNER), run(', '), run(`Li${nameMarker(1)}, W.`, OWNER), run(' (2024).')];
  const { runs: out, roles } = resolveNameTags(
    runs,
    [
      { owner: true, roles: ['co-first'] },
      { owner: false, roles: ['co-first', 'student'] },
    ],
    looks,
  );
  assert.deepEqual(out, [
    run('Sui, Y.', OWNER),
    run('*', { type: 'superscript' }),
    run(', '),
    run('Li, W.', { type: 'underline' }),
    run('*', { type: 'superscript' }),
    run(' (2024).'),
  ]);
  assert.deepEqual([...roles], ['co-first', 'student']);
});

test('a span without a number stays the owner; stray numbers never reach the text', () => {
  const { runs } = resolveNameTags([run('Sui, Y.', OWNER), run(`, 2024${nameMarker(3)}`)], [], looks);
  assert.deepEqual(runs, [run('Sui, Y.', OWNER), run(', 2024')]);
});

test('the legend has one line per symbol and one for underlining', () => {
  const lines = legendLines(new Set(['co-first', 'equal', 'corresponding', 'student']), looks);
  assert.deepEqual(
    lines.map((l) => l.map((r) => r.text).join('')),
    ['* Co-first authors; Equal contribution', '† Corresponding author', 'Underlined: Student or advisee'],
  );
  assert.deepEqual(lines[0]![0]!.marks, [{ type: 'superscript' }]);
  assert.deepEqual(legendLines(new Set(), looks), []);
  const custom = contributionLooks({ student: { symbol: '§', underline: false } });
  assert.deepEqual(
    legendLines(new Set(['student']), custom).map((l) => l.map((r) => r.text).join('')),
    ['§ Student or advisee'],
  );
});
