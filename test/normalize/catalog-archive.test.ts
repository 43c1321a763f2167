import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildDocument, loadStyle } from '../../src/index.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { runsToText } from '../../src/render/text.js';
import { skipWithout } from '../helpers/corpus.js';

const ARMENBIB = fileURLToPath(new URL('../../../shared/corpus/real/armenbib-zotero-exported-items.csl.json', import.meta.url));

async function apaTexts(path: string, text: string): Promise<string[]> {
  const { document } = await buildDocument([{ path, text }], { ...resolveSettings(), style: await loadStyle('apa'), date: '2026-01-01' });
  return (document?.sections ?? []).flatMap((section) => section.entries.map((entry) => runsToText(entry.runs)));
}

test("a catalog's database path in Zotero's Archive (/z-wcorg/, WorldCat) is not printed; a real archive is", async () => {
  const items = [
    {
      id: 'a',
      type: 'book',
      title: 'Historical articles',
      author: [{ family: 'Doe', given: 'J.' }],
      issued: { 'date-parts': [[2018]] },
      publisher: 'Nairi',
      archive: '/z-wcorg/',
    },
    { id: 'b', type: 'manuscript', title: 'Letters', author: [{ family: 'Roe', given: 'R.' }], issued: { 'date-parts': [[1901]] }, archive: 'Matenadaran' },
  ];
  const out = await apaTexts('items.json', JSON.stringify(items));
  assert.equal(out.length, 2);
  assert.ok(
    out.every((line) => !line.includes('z-wcorg')),
    out.join('\n'),
  );
  assert.ok(
    out.some((line) => line.includes('Matenadaran')),
    out.join('\n'),
  );
});

test('armenbib-zotero-exported-items.csl.json prints no /z-wcorg/ (106 entries before)', { skip: skipWithout(ARMENBIB) }, async () => {
  const out = await apaTexts('armenbib-zotero-exported-items.csl.json', readFileSync(ARMENBIB, 'utf8'));
  assert.equal(out.length, 250);
  assert.deepEqual(
    out.filter((line) => line.includes('z-wcorg')),
    [],
  );
});
