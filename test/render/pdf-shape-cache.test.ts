import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import PDFDocument from 'pdfkit';
import { registerFonts } from '../../src/render/pdf-fonts.js';
import { compactShapeCache, hasShapeCacheInternals, packRun, PackedRunView, type ShapedRun } from '../../src/render/pdf-shape-cache.js';

/**
 * Chunks as pdfkit shapes them: kerned pairs, a ligature, accents, Greek and Cyrillic, a
 * combining mark placed by offset (no precomposed "q̇"), and a bare space.
 */
const CHUNKS = ['AVAWAY ', 'office ', 'Příliš ', 'Σπύρος ', 'Москва', 'q\u0307x ', ' '];

/** The private pdfkit font object of the document's current font. */
function currentFont(pdf: PDFKit.PDFDocument): unknown {
  return (pdf as unknown as { _font: unknown })._font;
}

/** A document with the serif faces registered and `face` selected. */
function documentWith(face = 'regular'): PDFKit.PDFDocument {
  const pdf = new PDFDocument({ autoFirstPage: false });
  registerFonts(pdf, 'serif');
  pdf.font(face);
  return pdf;
}

/** A run's glyphs and positions as plain data, for deep comparison. */
function plain(run: ShapedRun) {
  return {
    ids: run.glyphs.map((g) => g.id),
    positions: run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset, advanceWidth }) => ({ xAdvance, yAdvance, xOffset, yOffset, advanceWidth })),
    advanceWidth: run.advanceWidth,
  };
}

describe('pdfkit internals the shape cache relies on', () => {
  it('pdfkit 0.20 EmbeddedFont still has layoutCache, layoutCached, layoutRun, scale and font.getGlyph', () => {
    const font = currentFont(documentWith());
    assert.ok(
      hasShapeCacheInternals(font),
      'pdfkit changed its EmbeddedFont internals (layoutCache/layoutCached/layoutRun/scale/font): revisit src/render/pdf-shape-cache.ts',
    );
  });

  it('takes over the cache of the current font, once', () => {
    const pdf = documentWith();
    compactShapeCache(pdf);
    const font = currentFont(pdf) as { layoutCache: unknown; layoutCached: unknown };
    assert.equal(font.layoutCache, undefined);
    assert.ok(Object.hasOwn(font, 'layoutCached'));
    const installed = font.layoutCached;
    compactShapeCache(pdf);
    assert.equal(font.layoutCached, installed);
  });
});

describe('packRun and PackedRunView', () => {
  for (const face of ['regular', 'boldItalic']) {
    it(`give back pdfkit's own glyphs, positions and widths (${face})`, () => {
      const font = currentFont(documentWith(face));
      assert.ok(hasShapeCacheInternals(font));
      for (const chunk of CHUNKS) {
        const run = font.layoutRun(chunk);
        const view: ShapedRun = new PackedRunView(packRun(run), font);
        assert.deepEqual(plain(view), plain(run), chunk);
        view.glyphs.forEach((glyph, i) => assert.equal(glyph, run.glyphs[i], `${chunk}: glyph ${i} is fontkit's own object`));
      }
    });
  }

  it('packs plain words two numbers a glyph, and offset marks five', () => {
    const font = currentFont(documentWith());
    assert.ok(hasShapeCacheInternals(font));
    const word = font.layoutRun('office ');
    assert.equal(packRun(word).length, 1 + 2 * word.glyphs.length);
    const marked = font.layoutRun('q\u0307x ');
    assert.ok(
      marked.positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0),
      'the combining dot is placed by offset',
    );
    assert.equal(packRun(marked).length, 1 + 5 * marked.glyphs.length);
  });

  it('keeps a negative zero offset as it is', () => {
    const glyph = { id: 7, advanceWidth: 500 };
    const run: ShapedRun = { glyphs: [glyph], positions: [{ xAdvance: 500, yAdvance: 0, xOffset: -0, yOffset: 0, advanceWidth: 500 }], advanceWidth: 500 };
    const view = new PackedRunView(packRun(run), { scale: 1, font: { getGlyph: () => glyph } });
    assert.ok(Object.is(view.positions[0]?.xOffset, -0));
  });
});

describe('compactShapeCache', () => {
  it('measures and encodes text exactly as pdfkit does without it, on first use and from the cache', () => {
    const text = 'AVAWAY office Příliš Σπύρος Москва q\u0307x AVAWAY office';
    const own = documentWith();
    const compact = documentWith();
    compactShapeCache(compact);
    const ownFont = currentFont(own) as { encode(t: string): unknown; widthOfString(t: string, size: number): number };
    const compactFont = currentFont(compact) as typeof ownFont;
    for (let round = 0; round < 2; round++) {
      assert.equal(compactFont.widthOfString(text, 10.5), ownFont.widthOfString(text, 10.5));
      assert.deepEqual(JSON.parse(JSON.stringify(compactFont.encode(text))), JSON.parse(JSON.stringify(ownFont.encode(text))));
    }
  });
});
