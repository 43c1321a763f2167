/**
 * Draws one fragment of text straight from the packed word shapes, writing the very operators
 * pdfkit's `text()` writes for pubcv's fragments (one line, no wrapping, alphabetic baseline, no
 * OpenType features, no spacing options), byte for byte.
 *
 * pdfkit 0.20 (as read in 0.20.2: TextMixin `_text`, `_line`, `_fragment`; EmbeddedFont `layout`,
 * `encode`) measures every fragment twice more while drawing it (for a link rectangle and for
 * its cursor, neither of which pubcv uses), rebuilds each word's glyph and position objects from
 * the shape cache, concatenates them per word and writes each operator as its own buffer: about
 * half of a rebuild's PDF time on a 300-entry list. Here the glyph ids and advances are read from
 * the packed shapes, each glyph is put in the font's subset in the same order `encode` puts it,
 * and the fragment's operators go to the page in one write. Its test draws the same fragments
 * both ways and compares the page streams and the subsets; it fails if those internals change.
 */
import { type EmbeddedFontInternals, hasShapeCacheInternals, OFFSET_STRIDE, packedChunk, type PackedRun } from './pdf-shape-cache.js';

/** The parts of pdfkit 0.20's EmbeddedFont that encoding a glyph touches. */
interface EncodingFont extends EmbeddedFontInternals {
  readonly id: string;
  readonly subset: { includeGlyph(id: number): number };
  readonly widths: number[];
  readonly unicode: number[][];
  readonly font: { getGlyph(id: number): { readonly id: number; readonly advanceWidth: number; readonly codePoints: number[] } };
  ref(): unknown;
}

/** The parts of pdfkit 0.20's document that drawing a fragment touches. */
interface DocumentInternals {
  readonly _font?: unknown;
  transform(m11: number, m12: number, m21: number, m22: number, dx: number, dy: number): unknown;
  addContent(data: string): unknown;
  readonly _fontSize: number;
  readonly page: { readonly height: number; readonly fonts: Record<string, unknown> };
}

function isEncodingFont(font: unknown): font is EncodingFont {
  const f = font as Partial<EncodingFont>;
  return (
    hasShapeCacheInternals(font) &&
    typeof f.id === 'string' &&
    typeof f.subset?.includeGlyph === 'function' &&
    Array.isArray(f.widths) &&
    Array.isArray(f.unicode) &&
    typeof f.ref === 'function'
  );
}

/** pdfkit's `PDFObject.number`: six decimals, as every coordinate in its content streams. */
function pdfNumber(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A subset glyph id as `encode` writes it: four hex digits. */
const hexIds: string[] = [];
function hexId(gid: number): string {
  let hex = hexIds[gid];
  if (hex === undefined) hexIds[gid] = hex = `0000${gid.toString(16)}`.slice(-4);
  return hex;
}

/** Glyph advance widths in font units, per fontkit font: `encode` and the kerning test read them for every glyph drawn. */
const advancesByFont = new WeakMap<object, Map<number, number>>();

function advanceOf(font: EncodingFont, id: number): number {
  let advances = advancesByFont.get(font.font);
  if (!advances) advancesByFont.set(font.font, (advances = new Map()));
  let advance = advances.get(id);
  if (advance === undefined) {
    advance = font.font.getGlyph(id).advanceWidth;
    advances.set(id, advance);
  }
  return advance;
}

/** The chunks pdfkit's `layout` shapes a text in: each up to and including a space or tab. */
function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  let last = 0;
  for (let index = 0; index < text.length; index += 1) {
    const c = text.charCodeAt(index);
    if (c === 32 || c === 9) {
      chunks.push(text.slice(last, index + 1));
      last = index + 1;
    }
  }
  if (last < text.length) chunks.push(text.slice(last));
  return chunks;
}

/** pdfkit's default slant for `oblique` text: the skew its `_fragment` applies. */
const OBLIQUE_SKEW = -0.25;

/**
 * Draws `text` in the document's current font and size with its baseline at (`x`, `baseline`), as
 * `pdf.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic', oblique })` would. Returns false,
 * having drawn nothing, for what it does not cover (a font without the compact cache, a line
 * break); the caller then asks pdfkit.
 */
export function drawGlyphRun(pdf: PDFKit.PDFDocument, text: string, x: number, baseline: number, oblique = false): boolean {
  const doc = pdf as unknown as DocumentInternals;
  const font = doc._font;
  if (!isEncodingFont(font) || text.includes('\n')) return false;
  const packed: PackedRun[] = [];
  for (const chunk of chunksOf(text)) {
    const run = packedChunk(font, chunk);
    if (!run) return false;
    packed.push(run);
  }
  if (packed.length === 0) return true;
  const size = doc._fontSize;
  const scale = size / 1000;
  const y = doc.page.height - baseline;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  pdf.save();
  if (oblique) {
    // Slanted about the start of the baseline.
    doc.transform(1, 0, 0, 1, x, baseline);
    doc.transform(1, 0, OBLIQUE_SKEW, 1, 0, 0);
    doc.transform(1, 0, 0, 1, -x, -baseline);
  }
  doc.transform(1, 0, 0, -1, 0, doc.page.height);
  const ops = ['BT', `1 0 0 1 ${pdfNumber(x)} ${pdfNumber(y)} Tm`, `/${font.id} ${pdfNumber(size)} Tf`];
  // `_fragment`'s TJ segments: glyphs run together until one is kerned (its advance differs from
  // its width) or offset (a mark, placed with its own text matrix).
  let hex = '';
  const commands: string[] = [];
  const flush = (): void => {
    if (commands.length > 0) ops.push(`[${commands.join(' ')}] TJ`);
    commands.length = 0;
  };
  const segment = (advance: number): void => {
    if (hex !== '') commands.push(`<${hex}> ${pdfNumber(-advance)}`);
    hex = '';
  };
  let penX = x;
  let lastAdvance = 0;
  let hadOffset = false;
  for (const run of packed) {
    const stride = run[0] as number;
    for (let at = 1; at < run.length; at += stride) {
      const id = run[at] as number;
      const xAdvance = run[at + 1] as number;
      const xOffset = stride === OFFSET_STRIDE ? (run[at + 3] as number) : 0;
      const yOffset = stride === OFFSET_STRIDE ? (run[at + 4] as number) : 0;
      const advanceWidth = advanceOf(font, id) * font.scale;
      const gid = font.subset.includeGlyph(id);
      if (font.widths[gid] == null) font.widths[gid] = advanceWidth;
      if (font.unicode[gid] == null) font.unicode[gid] = font.font.getGlyph(id).codePoints;
      if (xOffset || yOffset) {
        segment(lastAdvance);
        flush();
        ops.push(`1 0 0 1 ${pdfNumber(penX + xOffset * scale)} ${pdfNumber(y + yOffset * scale)} Tm`);
        hex = hexId(gid);
        segment(xAdvance - advanceWidth);
        flush();
        hadOffset = true;
      } else {
        if (hadOffset) {
          ops.push(`1 0 0 1 ${pdfNumber(penX)} ${pdfNumber(y)} Tm`);
          hadOffset = false;
        }
        hex += hexId(gid);
        lastAdvance = xAdvance - advanceWidth;
        if (lastAdvance !== 0) segment(lastAdvance);
      }
      penX += xAdvance * scale;
    }
  }
  segment(lastAdvance);
  flush();
  ops.push('ET');
  doc.addContent(ops.join('\n'));
  pdf.restore();
  return true;
}
