import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameMarker } from '../../src/owner/owner-sentinel.js';
import type { Mark, Run } from '../../src/model/index.js';
import { contributionLooks, legendLines, peopleLook } from '../../src/owner/contribution-looks.js';
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

test("people to mark get their look after the name; the owner's highlight wins over it", () => {
  const people = peopleLook('double-dagger', 'Members of the group');
  const runs = [run(`Sui${nameMarker(0)}, Y.`, OWNER), run(', '), run(`Li${nameMarker(1)}, W.`, OWNER), run(', '), run(`Wu${nameMarker(2)}, A.`, OWNER)];
  const tags = [
    { owner: true, roles: [], person: true },
    { owner: false, roles: [], person: true },
    { owner: false, roles: ['corresponding' as const], person: true },
  ];
  const out = resolveNameTags(runs, tags, looks, people);
  const sup = { type: 'superscript' } as const;
  assert.deepEqual(out.runs, [run('Sui, Y.', OWNER), run(', Li, W.'), run('‡', sup), run(', Wu, A.'), run('†‡', sup)]);
  assert.equal(out.people, true);
  const underlined = resolveNameTags([run(`Li${nameMarker(0)}, W.`, OWNER)], [{ owner: false, roles: [], person: true }], looks, peopleLook('underline', 'x'));
  assert.deepEqual(underlined.runs, [run('Li, W.', { type: 'underline' })]);
  // The owner alone marks no person: no legend line for the people.
  assert.equal(resolveNameTags([run(`Sui${nameMarker(0)}, Y.`, OWNER)], [{ owner: true, roles: [], person: true }], looks, people).people, false);
});

test("the people's legend line shares a symbol's or the underline's line, or has its own", () => {
  const show = (lines: Run[][]) => lines.map((l) => l.map((r) => r.text).join(''));
  assert.deepEqual(show(legendLines(new Set(), looks, undefined, peopleLook('double-dagger', 'Members of the group'))), ['‡ Members of the group']);
  assert.deepEqual(show(legendLines(new Set(['corresponding']), looks, undefined, peopleLook('dagger', 'Lab'))), ['† Corresponding author; Lab']);
  assert.deepEqual(show(legendLines(new Set(['student']), looks, undefined, peopleLook('underline', 'Lab'))), ['Underlined: Student or advisee; Lab']);
  assert.deepEqual(show(legendLines(new Set(), looks, undefined, peopleLook('✦', 'Lab'))), ['✦ Lab']);
});

test('a name tagged to isolate is isolated, the owner too, and the symbols after it stay outside', () => {
  const ISOLATE: Mark = { type: 'isolate' };
  const runs = [run(`כהן${nameMarker(0)}, ד.`, OWNER), run(', '), run(`Sui${nameMarker(1)}, Y.`, OWNER), run(', & '), run(`لوي${nameMarker(2)}, د.`, OWNER)];
  const tags = [
    { owner: false, roles: ['co-first' as const], isolate: true },
    { owner: true, roles: [] },
    { owner: true, roles: [], isolate: true },
  ];
  const { runs: out } = resolveNameTags(runs, tags, looks);
  assert.deepEqual(out, [
    run('כהן, ד.', ISOLATE),
    run('*', { type: 'superscript' }),
    run(', '),
    run('Sui, Y.', OWNER),
    run(', & '),
    run('لوي, د.', OWNER, ISOLATE),
  ]);
});
