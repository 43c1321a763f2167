import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildDocument, loadStyle } from '../../src/index.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { runsToText } from '../../src/render/text.js';
import { skipWithout } from '../helpers/corpus.js';

const RIS = [
  'TY  - CHAP\nAU  - Doe, Jane\nTI  - Afterword\nPY  - 2026\nDO  - 10.1/x\nER  - ',
  'TY  - ENCYC\nAU  - Doe, Jane\nTI  - An entry\nPY  - 2020\nER  - ',
  'TY  - CHAP\nAU  - Doe, Jane\nTI  - A chapter\nT2  - The Book\nPY  - 2021\nER  - ',
].join('\n\n');
const MISKIEWICZ = fileURLToPath(new URL('../../../shared/corpus/real/miskiewicz-orcid-publications.ris', import.meta.url));

async function texts(path: string, text: string, styleName: string): Promise<string[]> {
  const { document } = await buildDocument([{ path, text }], { ...resolveSettings(), style: await loadStyle(styleName), date: '2026-01-01' });
  return (document?.sections ?? []).flatMap((section) => section.entries.map((entry) => runsToText(entry.runs)));
}

test('a chapter or encyclopedia entry without its book prints no "In ." in any style; one with its book keeps "In"', async () => {
  for (const style of ['apa', 'ieee', 'chicago-author-date']) {
    const out = await texts('parts.ris', RIS, style);
    assert.equal(out.length, 3);
    for (const line of out.filter((l) => !/a chapter/i.test(l))) assert.doesNotMatch(line, /\b[Ii]n\s+[.,]/, `${style}: ${line}`);
    assert.match(out.find((l) => /a chapter/i.test(l)) ?? '', /\b[Ii]n:? .*The Book/i, style);
  }
});

test('the 16 book-less chapters of miskiewicz-orcid-publications.ris print no "In ." in Chicago', { skip: skipWithout(MISKIEWICZ) }, async () => {
  const out = await texts('miskiewicz-orcid-publications.ris', readFileSync(MISKIEWICZ, 'utf8'), 'chicago-author-date');
  assert.ok(out.some((line) => line.includes('“Afterword.”')));
  assert.deepEqual(
    out.filter((line) => /\bIn \./.test(line)),
    [],
  );
});
