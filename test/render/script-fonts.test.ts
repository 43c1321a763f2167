import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Document } from '../../src/model/index.js';
import { renderDocx, renderPdf } from '../../src/render/render-document.js';
import { TEMPLATES_DIR } from '../../src/files/bundled-files.js';
import { join } from 'node:path';
import { sampleDocument } from '../fixtures/sample-document.js';
import { readDocx } from '../helpers/read-docx.js';
import { readPdf } from '../helpers/read-pdf.js';

const doc: Document = {
  ...sampleDocument,
  sections: [
    {
      id: 's',
      title: 'S',
      entries: [
        {
          id: 'x',
          runs: [
            { text: 'Smith, J., ', marks: [] },
            { text: 'محمد علي', marks: [] },
            { text: ', Մարտիրոսյան', marks: [] },
          ],
        },
      ],
    },
  ],
};

/** One name per script given a font of its own, as an author list would print it. */
const NAMES = {
  Bengali: 'রায়, সু.',
  Gurmukhi: 'ਸਿੰਘ, ਹ.',
  Gujarati: 'પટેલ, ની.',
  Oriya: 'ପଣ୍ଡା, ସୁ.',
  Tamil: 'முருகன், கா.',
  Telugu: 'రెడ్డి, శ్రీ.',
  Kannada: 'ಗೌಡ, ರ.',
  Malayalam: 'നായർ, അ.',
  Sinhala: 'පෙරේරා, නි.',
  Lao: 'ພົມມະຈັນ, ສົ.',
  Georgian: 'ბერიძე, გიორგი',
  Ethiopic: 'ገብረሥላሴ, ኃ.',
} as const;

function sortedCharacters(text: string): string {
  return [...text.normalize('NFD')].sort().join('');
}

/** A one-entry document listing `names` as its authors. */
function authorsDocument(names: readonly string[]): Document {
  const entry = { id: 'scripts', runs: [{ text: `${names.join(', ')} (2020). Scripts.`, marks: [] }] };
  return { ...sampleDocument, sections: [{ id: 's', title: 'S', entries: [entry] }] };
}

describe('fonts named for scripts the base fonts lack', () => {
  it('PDF: each of these scripts is drawn from its Noto font, with no empty box, and copies out as written', async () => {
    const { pages, fonts } = await readPdf(await renderPdf(authorsDocument(Object.values(NAMES)), { templatesDir: TEMPLATES_DIR }));
    assert.equal(pages[0]!.notdefGlyphs, 0);
    const words = pages[0]!.items.map((item) => sortedCharacters(item.text.trim()));
    for (const [script, name] of Object.entries(NAMES)) {
      assert.ok(
        fonts.some((font) => font.name.startsWith(`NotoSans${script}`)),
        `no Noto Sans ${script} embedded`,
      );
      // A vowel sign drawn before its consonant (Gurmukhi's ਿ) copies out in drawing order, and
      // one drawn in two parts (Sinhala's ේ) as its two parts.
      assert.ok(words.includes(sortedCharacters(name.split(',')[0]!)), `${script} "${name}" not in the text layer`);
    }
  });

  it('PDF: a Punjabi or Telugu name is set although their fonts leave some mark anchors empty (fontkit threw on them)', async () => {
    const { pages } = await readPdf(await renderPdf(authorsDocument([NAMES.Gurmukhi, NAMES.Telugu]), { templatesDir: TEMPLATES_DIR }));
    assert.equal(pages[0]!.notdefGlyphs, 0);
  });

  it('DOCX: an Indic or Lao name names its font in the complex-script slot, a Georgian or Ethiopic one in hAnsi, each in a run of its own', async () => {
    const { documentXml } = await readDocx(await renderDocx(authorsDocument([NAMES.Tamil, NAMES.Lao, NAMES.Georgian, NAMES.Ethiopic])));
    const runs = [...documentXml.matchAll(/<w:rFonts ([^>]*)\/><\/w:rPr><w:t[^>]*>([^<]*)</g)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(runs, [
      'w:cs="Noto Sans Tamil" முருகன், கா., ',
      'w:cs="Noto Sans Lao" w:hAnsi="Noto Sans Georgian" ພົມມະຈັນ, ສົ., ბერიძე, გიორგი, ',
      'w:hAnsi="Noto Sans Ethiopic" ገብረሥላሴ, ኃ. (2020). Scripts.',
    ]);
  });

  it('DOCX: an Arabic run names Noto Sans Arabic in its complex-script slot, an Armenian one Noto Sans Armenian, a Latin one nothing', async () => {
    const { documentXml } = await readDocx(await renderDocx(doc));
    assert.match(documentXml, /<w:rFonts w:cs="Noto Sans Arabic"\/>(?:(?!<\/w:r>).)*محمد علي/s);
    assert.match(documentXml, /<w:rFonts w:hAnsi="Noto Sans Armenian"\/>(?:(?!<\/w:r>).)*Մարտիրոսյան/s);
    assert.doesNotMatch(documentXml, /<w:rFonts[^>]*\/>(?:(?!<\/w:r>).)*Smith, J\./s);
  });

  it('HTML: both font stacks of the default theme name a Noto family for each script the PDF draws', () => {
    const css = readFileSync(join(TEMPLATES_DIR, 'default', 'style.css'), 'utf8');
    for (const stack of ['--serif', '--sans']) {
      const value = new RegExp(`${stack}:([^;]*);`).exec(css)?.[1] ?? '';
      for (const family of [
        'Noto Sans Armenian',
        'Noto Sans Arabic',
        'Noto Sans Hebrew',
        'Noto Sans Devanagari',
        'Noto Sans Bengali',
        'Noto Sans Gurmukhi',
        'Noto Sans Gujarati',
        'Noto Sans Oriya',
        'Noto Sans Tamil',
        'Noto Sans Telugu',
        'Noto Sans Kannada',
        'Noto Sans Malayalam',
        'Noto Sans Sinhala',
        'Noto Sans Thai',
        'Noto Sans Lao',
        'Noto Sans Georgian',
        'Noto Sans Ethiopic',
        'Noto Sans Math',
        'Noto Emoji',
      ]) {
        assert.ok(value.includes(`"${family}"`), `${stack} lacks ${family}`);
      }
    }
  });
});

describe('italics in a script whose font has none', () => {
  const runs = [
    { text: 'Petrosyan, A. (1990). ', marks: [] },
    { text: 'Բազմավէպ', marks: [{ type: 'italic' as const }] },
    { text: ', Բազմավէպ', marks: [] },
  ];
  const italicDoc: Document = { ...sampleDocument, sections: [{ id: 's', title: 'S', entries: [{ id: 'hy', runs }] }] };

  it('PDF: are slanted as drawn, as browsers and word processors slant them; the same words upright stay upright', async () => {
    const { pages } = await readPdf(await renderPdf(italicDoc, { templatesDir: TEMPLATES_DIR }));
    const armenian = pages[0]!.items.filter((item) => item.font.startsWith('NotoSansArmenian'));
    assert.deepEqual(
      armenian.map((item) => [item.text.replace(/[, ]/g, ''), item.italic]),
      [
        ['Բազմավէպ', true],
        ['Բազմավէպ', false],
      ],
    );
  });
});
