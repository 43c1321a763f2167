import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import PDFDocument from 'pdfkit';
import { registerFonts } from '../../src/render/pdf-fonts.js';
import { drawGlyphRun } from '../../src/render/pdf-glyph-run.js';
import { compactShapeCache } from '../../src/render/pdf-shape-cache.js';

/**
 * Fragments as pubcv draws them, in the faces they are drawn in: kerned pairs, a ligature,
 * accents, a combining mark placed by offset ("q̇", then more glyphs after it), tabs, leading,
 * trailing and doubled spaces, a lone space, and scripts set in fallback fonts (Devanagari
 * conjuncts and pre-base vowel signs, Arabic joining, Hebrew, Armenian, CJK), some slanted as
 * italics in a font without an italic face are.
 */
const FRAGMENTS: ReadonlyArray<readonly [face: string, text: string, oblique?: true]> = [
  ['regular', 'AVAWAY office Příliš Σπύρος Москва'],
  ['regular', 'q\u0307x and q\u0307 again, Tô\u0301 '],
  ['italic', ' Journal of\tSynthetic  Results, 12(3), 45–67.'],
  ['bold', 'Testperson, A.'],
  ['boldItalic', 'Wafer'],
  ['regular', ' '],
  ['devanagariRegular', 'शर्मा, श्री. कि'],
  ['arabicRegular', 'عبد الله'],
  ['hebrewRegular', 'כהן, ד.'],
  ['armenianRegular', 'Տէր-Վարդանեան'],
  ['armenianRegular', 'Բազմավէպ', true],
  ['devanagariBold', 'पत्रिका', true],
  ['cjkRegular', '深度学习 研究'],
  ['regular', 'AVAWAY office'],
];

interface Internals {
  readonly page: { readonly content: { readonly buffer: Uint8Array[] }; readonly fonts: Record<string, unknown> };
  readonly _fontFamilies: Record<string, { readonly subset?: { readonly glyphs: number[] }; readonly widths?: number[]; readonly unicode?: unknown[] }>;
}

/** Draws every fragment, each at its own place and size, with `draw`; returns the page stream and each font's subset as text. */
function drawAll(draw: (pdf: PDFKit.PDFDocument, text: string, x: number, baseline: number, oblique: boolean) => void): { stream: string; fonts: string } {
  const pdf = new PDFDocument({ compress: false, size: 'A4' });
  registerFonts(pdf, 'serif');
  FRAGMENTS.forEach(([face, text, oblique], i) => {
    pdf.font(face).fontSize(9 + (i % 3) * 0.75);
    compactShapeCache(pdf);
    pdf.fillColor('#1a1a1a');
    draw(pdf, text, 56.69 + i * 3.1, 80.3 + i * 14.2, oblique === true);
  });
  const internals = pdf as unknown as Internals;
  const stream = Buffer.concat(internals.page.content.buffer).toString('latin1');
  const fonts = JSON.stringify({
    onPage: Object.keys(internals.page.fonts),
    subsets: Object.entries(internals._fontFamilies).map(([name, f]) => [name, f.subset?.glyphs, f.widths, f.unicode]),
  });
  return { stream, fonts };
}

const byPdfkit = (pdf: PDFKit.PDFDocument, text: string, x: number, baseline: number, oblique: boolean): void => {
  pdf.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic', ...(oblique ? { oblique } : {}) });
};

describe('drawGlyphRun', () => {
  it("writes pdfkit's text() operators byte for byte and fills the subsets alike, on first use and from the word shapes", () => {
    for (let round = 0; round < 2; round++) {
      const expected = drawAll(byPdfkit);
      const actual = drawAll((pdf, text, x, baseline, oblique) => assert.ok(drawGlyphRun(pdf, text, x, baseline, oblique), `drew ${text}`));
      assert.ok(expected.stream.includes('] TJ'), 'the page has text');
      assert.ok(/1 0 0 1 [\d.]+ [\d.]+ Tm\n\[<[0-9a-f]{4}> /.test(expected.stream), 'an offset mark sets its own text matrix');
      assert.ok(expected.stream.includes('1 0 -0.25 1 0 0 cm'), 'slanted text');
      assert.equal(actual.stream, expected.stream, `round ${round}`);
      assert.equal(actual.fonts, expected.fonts, `round ${round}`);
    }
  });

  it('leaves to pdfkit what it does not cover: a font without the compact shapes, a line break, a standard font', () => {
    const pdf = new PDFDocument({ compress: false });
    registerFonts(pdf, 'serif');
    const streamOf = (): string => Buffer.concat((pdf as unknown as Internals).page.content.buffer).toString('latin1');
    const before = streamOf();
    pdf.font('regular');
    assert.equal(drawGlyphRun(pdf, 'not compacted', 10, 10), false, 'a font not given the compact shapes');
    compactShapeCache(pdf);
    assert.equal(drawGlyphRun(pdf, 'two\nlines', 10, 10), false, 'a line break');
    pdf.font('Helvetica');
    assert.equal(drawGlyphRun(pdf, 'standard font', 10, 10), false, 'a standard font');
    assert.equal(streamOf(), before, 'nothing drawn');
  });
});
