import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as fontkit from 'fontkit';
import type { Document } from '../../src/model/index.js';
import { fontChain, resolveFontFiles, splitByFont, type FontFace } from '../../src/render/font-chain.js';
import { pdfTexts } from '../../src/render/undrawable-text.js';
import { CORPUS, listIfPresent, skipWithout } from '../helpers/corpus.js';
import { corpusDocument } from '../helpers/corpus-builds.js';

// Every character of the real corpus files' PDFs must have an outline in the font the PDF writer
// chooses for it: checked with fontkit's own glyph lookup (glyph 0 is .notdef, the empty box) in
// the face's file, opened here, apart from the writer's own coverage tables.

const IRIDIA = ['abbrev', 'authors', 'journals', 'articles', 'biblio', 'crossref'].map((part) => join('large', `iridia-${part}.bib`));
const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\s]/u;

const files = resolveFontFiles('serif');
const fonts = new Map<FontFace, fontkit.Font>();
function fontOf(face: FontFace): fontkit.Font {
  let font = fonts.get(face);
  if (!font) {
    const opened = fontkit.create(readFileSync(files[face]));
    assert.ok(!('fonts' in opened));
    fonts.set(face, (font = opened));
  }
  return font;
}

/** The characters drawn as boxes, as "entry: U+XXXX in face", and the faces used. */
function glyphsWithoutOutline(doc: Document): { missing: string[]; faces: Set<FontFace> } {
  const chain = fontChain('serif');
  const missing: string[] = [];
  const faces = new Set<FontFace>();
  for (const { entry, texts } of pdfTexts(doc)) {
    for (const { text, face } of texts) {
      for (const span of splitByFont(chain, text, face)) {
        const drawnIn = span.face ?? face;
        faces.add(drawnIn);
        for (const char of span.text) {
          if (IGNORABLE.test(char) || fontOf(drawnIn).glyphForCodePoint(char.codePointAt(0) as number).id !== 0) continue;
          missing.push(`${entry?.id ?? 'header'}: U+${(char.codePointAt(0) as number).toString(16).toUpperCase()} in ${drawnIn}`);
        }
      }
    }
  }
  return { missing, faces };
}

/** The corpus files `paths` in APA (shared with the corpus sweep when both run in one process). */
function build(paths: readonly string[], names: readonly string[] = []): Promise<Document> {
  return corpusDocument(
    paths.map((path) => join(CORPUS, path)),
    'apa',
    names,
  );
}

describe('every glyph of the real corpus PDFs has an outline', { skip: skipWithout(CORPUS) }, () => {
  const singles = listIfPresent(CORPUS, () =>
    readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((p) => /\.(bib|json|ris|ya?ml)$/.test(p) && !p.startsWith('large')),
  );
  for (const path of singles.sort()) {
    it(path, async () => assert.deepEqual(glyphsWithoutOutline(await build([path])).missing, []));
  }

  it('the six IRIDIA files, macros and crossref shared', async () => {
    const { missing, faces } = glyphsWithoutOutline(await build(IRIDIA));
    assert.deepEqual(missing, []);
    assert.ok(faces.has('mathRegular'), '√ and ≡ come from Noto Sans Math');
  });

  it('armenbib: Armenian titles and the owner in the header, in Noto Sans Armenian', async () => {
    const doc = await build(['armenbib-zotero-exported-items.csl.json'], ['Հակոբյան [Hakobyan], Արման [Arman]']);
    assert.equal(doc.owner?.includes('Հակոբյան'), true, doc.owner);
    const { missing, faces } = glyphsWithoutOutline(doc);
    assert.deepEqual(missing, []);
    assert.ok(faces.has('armenianRegular'));
  });

  it('lopezcoba: ≲ in Noto Sans Math', async () => {
    const { missing, faces } = glyphsWithoutOutline(await build(['lopezcoba-ads-publications.bib']));
    assert.deepEqual(missing, []);
    assert.ok(faces.has('mathRegular'));
  });
});
