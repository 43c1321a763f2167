/**
 * A compact stand-in for pdfkit's per-font word-shape cache.
 *
 * pdfkit 0.20 (as read in 0.20.2, EmbeddedFont in js/pdfkit.js, over fontkit 2.0.4) shapes text
 * a space-ended chunk ("word ") at a time and keeps every chunk's fontkit GlyphRun in
 * `layoutCache`, with one GlyphPosition object per glyph: some 36 MB for a 5,000-entry list, the
 * largest thing the PDF writer keeps alive. Turning the cache off (pdfkit's `fontLayoutCache:
 * false`) saves the memory but shapes each word again every time it is measured or drawn, seconds
 * on a long list. So each font's `layoutCached` is replaced here by one that keeps a chunk as a
 * flat array of numbers (glyph ids and advances, about a sixth of the size) and rebuilds the run
 * pdfkit reads from it. The rebuilt run holds the very glyph objects and position values pdfkit's
 * own cache would hand back, so the bytes drawn are the same. This module and pdf-glyph-run.ts
 * (which draws from the packed numbers) are the ones that touch those internals; their tests fail
 * if they change.
 */

/** A fontkit glyph, as pdfkit's `encode` reads it. */
interface Glyph {
  readonly id: number;
  readonly advanceWidth: number;
}

/** One glyph's placement in pdfkit's scaled units (fontkit's GlyphPosition, plus pdfkit's `advanceWidth`). */
interface GlyphPlacement {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** What pdfkit's `layout` reads of a cached run. */
export interface ShapedRun {
  readonly glyphs: readonly Glyph[];
  readonly positions: readonly GlyphPlacement[];
  readonly advanceWidth: number;
}

/** The parts of pdfkit 0.20's EmbeddedFont this module uses. */
export interface EmbeddedFontInternals {
  layoutCache?: unknown;
  layoutCached: (text: string) => ShapedRun;
  layoutRun: (text: string) => ShapedRun;
  readonly scale: number;
  readonly font: { getGlyph(id: number): Glyph };
}

/**
 * A shaped chunk: its stride (2, or 5 when a glyph is offset or advances vertically), then per
 * glyph its id and x advance (and y advance, x and y offsets). Whole font units are small
 * integers, which V8 stores unboxed in a plain array.
 */
export type PackedRun = number[];

const PLAIN_STRIDE = 2;
export const OFFSET_STRIDE = 5;

/** True when a value is +0 (a -0 is kept as it is, in the long form). */
function isZero(value: number): boolean {
  return Object.is(value, 0);
}

/** Packs a run pdfkit has shaped and scaled, into an array of exactly the length it needs. */
export function packRun(run: ShapedRun): PackedRun {
  const offset = run.positions.some((p) => !isZero(p.yAdvance) || !isZero(p.xOffset) || !isZero(p.yOffset));
  const stride = offset ? OFFSET_STRIDE : PLAIN_STRIDE;
  const packed: PackedRun = new Array<number>(1 + stride * run.glyphs.length);
  packed[0] = stride;
  run.glyphs.forEach((glyph, i) => {
    const p = run.positions[i] as GlyphPlacement;
    const at = 1 + stride * i;
    packed[at] = glyph.id;
    packed[at + 1] = p.xAdvance;
    if (offset) {
      packed[at + 2] = p.yAdvance;
      packed[at + 3] = p.xOffset;
      packed[at + 4] = p.yOffset;
    }
  });
  return packed;
}

/**
 * The run a packed chunk stands for, built as pdfkit reads it: measuring reads only the width,
 * drawing the glyphs and positions once each. Glyphs come from fontkit's own per-id glyph cache,
 * so they are the objects the first shaping returned; widths are worked out as pdfkit's
 * `layoutRun` and fontkit's GlyphRun do, so they agree to the last bit.
 */
export class PackedRunView implements ShapedRun {
  constructor(
    private readonly packed: PackedRun,
    private readonly font: Pick<EmbeddedFontInternals, 'scale' | 'font'>,
  ) {}

  private get stride(): number {
    return this.packed[0] as number;
  }

  get advanceWidth(): number {
    const { packed, stride } = this;
    let width = 0;
    for (let i = 2; i < packed.length; i += stride) width += packed[i] as number;
    return width;
  }

  get glyphs(): Glyph[] {
    const { packed, stride } = this;
    const glyphs: Glyph[] = [];
    for (let i = 1; i < packed.length; i += stride) glyphs.push(this.font.font.getGlyph(packed[i] as number));
    return glyphs;
  }

  get positions(): GlyphPlacement[] {
    const { packed, stride } = this;
    const long = stride === OFFSET_STRIDE;
    const positions: GlyphPlacement[] = [];
    for (let i = 1; i < packed.length; i += stride) {
      positions.push({
        xAdvance: packed[i + 1] as number,
        yAdvance: long ? (packed[i + 2] as number) : 0,
        xOffset: long ? (packed[i + 3] as number) : 0,
        yOffset: long ? (packed[i + 4] as number) : 0,
        advanceWidth: this.font.font.getGlyph(packed[i] as number).advanceWidth * this.font.scale,
      });
    }
    return positions;
  }
}

/** True when `font` has the pdfkit 0.20 EmbeddedFont internals this module replaces. */
export function hasShapeCacheInternals(font: unknown): font is EmbeddedFontInternals {
  const f = font as Partial<EmbeddedFontInternals> | null;
  return (
    typeof f === 'object' &&
    f !== null &&
    typeof f.layoutCached === 'function' &&
    typeof f.layoutRun === 'function' &&
    typeof f.scale === 'number' &&
    typeof f.font?.getGlyph === 'function' &&
    'layoutCache' in f
  );
}

/** Fonts already given the compact cache. */
const compacted = new WeakSet<object>();

/**
 * Word shapes per fontkit font, not per document: a font opened once per process
 * (pdf-fonts.ts) keeps its shapes from one document to the next. The packed runs hold glyph ids
 * and advances already scaled by the font's own units, so they mean the same in every document.
 */
const shapesByFont = new WeakMap<object, Map<string, PackedRun>>();

function shapesOf(font: object): Map<string, PackedRun> {
  let shapes = shapesByFont.get(font);
  if (!shapes) {
    shapes = new Map<string, PackedRun>();
    shapesByFont.set(font, shapes);
  }
  return shapes;
}

/**
 * Gives the document's current font the compact word-shape cache (once per font). A font without
 * the expected internals (pdfkit's standard fonts, or another pdfkit version) keeps its own.
 */
export function compactShapeCache(pdf: PDFKit.PDFDocument): void {
  const font = (pdf as unknown as { _font?: unknown })._font;
  if (!hasShapeCacheInternals(font) || compacted.has(font)) return;
  compacted.add(font);
  const shapes = shapesOf(font.font);
  // Drop pdfkit's own (still empty) cache, so nothing can fill it behind this one's back.
  font.layoutCache = undefined;
  font.layoutCached = (text: string): ShapedRun => {
    const packed = shapes.get(text);
    if (packed) return new PackedRunView(packed, font);
    const run = font.layoutRun(text);
    shapes.set(text, packRun(run));
    return run;
  };
}

/**
 * The packed shape of one chunk in `font`, shaped and kept on its first use; undefined for a font
 * not given the compact cache. For drawing straight from the numbers (pdf-glyph-run.ts), without
 * the glyph and position objects a run view makes.
 */
export function packedChunk(font: EmbeddedFontInternals, chunk: string): PackedRun | undefined {
  if (!compacted.has(font)) return undefined;
  const shapes = shapesOf(font.font);
  let packed = shapes.get(chunk);
  if (!packed) {
    font.layoutCached(chunk);
    packed = shapes.get(chunk);
  }
  return packed;
}
