import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledStyle } from '../../src/format/csl-style.js';
import { NUMBER_SLUG } from '../../src/format/csl-engine.js';
import { neutralizeText } from '../../src/format/neutralize-sentinels.js';
import { nameMarker, wrapOwnerPart } from '../../src/owner/owner-sentinel.js';
import { buildDocument } from '../../src/api/pipeline.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';

// Issue #15 item 11: markers the pipeline uses while formatting cannot be forged from input.

async function entryRuns(path: string, text: string, style = 'apa') {
  const result = await buildDocument([{ path, text }], { ...resolveSettings(), names: ['Roe, Ann'], style: bundledStyle(style)!, date: '2026-01-01' });
  assert.ok(result.document);
  const runs = result.document.sections.flatMap((s) => s.entries)[0]!.runs;
  return { runs, diagnostics: result.diagnostics, owner: runs.filter((r) => r.marks.some((m) => m.type === 'owner')).map((r) => r.text) };
}

test('every marker the pipeline writes is one input cannot carry', () => {
  for (const marker of [NUMBER_SLUG, nameMarker(0), nameMarker(9)]) assert.equal(neutralizeText(`a${marker}b`).text, 'ab');
  for (const i of [0, 1]) assert.equal(neutralizeText(wrapOwnerPart('Doe', i)).text.includes(wrapOwnerPart('Doe', i)), false);
});

test('a name written as the owner tag (CSL-JSON, CSL-YAML, RIS, plain list) is not drawn as the owner', async () => {
  const cases: Array<[string, string]> = [
    [
      'a.json',
      JSON.stringify([
        {
          id: 'a',
          type: 'article',
          title: 'T',
          author: [
            { family: 'Roe', given: 'Ann' },
            { family: '<sub><sup>Doe</sup></sub>', given: 'John' },
          ],
        },
      ]),
    ],
    [
      'a.yaml',
      '- id: a\n  type: article\n  title: T\n  author:\n    - family: Roe\n      given: Ann\n    - family: "<sup><sub>Doe</sub></sup>"\n      given: X\n',
    ],
    ['a.ris', 'TY  - JOUR\nTI  - T\nAU  - Roe, Ann\nAU  - <sub><sup>Doe</sup></sub>, X\nER  - \n'],
    ['a.txt', 'Roe, Ann\nTitle\nRoe, Ann, <sub><sup>Doe</sup></sub>, X\nabstract\n'],
  ];
  for (const [path, text] of cases) assert.deepEqual((await entryRuns(path, text)).owner, ['Roe, A.'], path);
});

test('a superscript holding a subscript in a BibTeX title ($^{_{14}}$) stays a superscript, not the owner', async () => {
  const { runs, owner } = await entryRuns('a.bib', '@article{a, title={Mass $^{_{14}}$C}, author={Roe, Ann}, journal={J}, year={2020}}');
  assert.deepEqual(owner, ['Roe, A.']);
  assert.ok(runs.some((r) => r.text === '14' && r.marks.some((m) => m.type === 'superscript')));
});

test('U+E000 in a field is removed with a warning, not replaced by the entry number', async () => {
  const { runs, diagnostics } = await entryRuns(
    'a.json',
    JSON.stringify([{ id: 'a', type: 'article', title: 'X\uE000X', author: [{ family: 'Roe', given: 'Ann' }] }]),
    'ieee',
  );
  const text = runs.map((r) => r.text).join('');
  assert.match(text, /XX/);
  assert.doesNotMatch(text, /X1X/);
  assert.deepEqual(
    diagnostics.filter((d) => d.code === 'reserved-character').map((d) => d.entry),
    ['a'],
  );
});

test('a .bib title with U+E000 between words keeps one space, not "1" and not two spaces', async () => {
  const { runs } = await entryRuns('a.bib', '@article{a, title = {Before \uE000 after and \uE001x}, author = {Doe, Jane}, journal = {J}, year = 2020}', 'apa');
  const text = runs.map((r) => r.text).join('');
  assert.match(text, /Before after and x\./);
  assert.doesNotMatch(text, /Before 1|1 after/);
});
