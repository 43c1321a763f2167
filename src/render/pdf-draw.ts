import type { FontChain, FontFace } from './font-chain.js';
import type { TextDirection } from '../model/index.js';
import { reorderLine } from './pdf-bidi.js';
import { applyFallback } from './pdf-fallback.js';
import { drawGlyphRun } from './pdf-glyph-run.js';
import { breakLines, type Line, type Piece } from './pdf-layout.js';
import { compactShapeCache } from './pdf-shape-cache.js';
import { internStyle, type PdfTextStyle } from './pdf-style.js';

/** Noto Serif's vertical metrics and underline, in em (from its hhea and post tables). */
const ASCENDER = 1.069;
const DESCENDER = -0.293;
const UNDERLINE_OFFSET = 0.1;
const UNDERLINE_THICKNESS = 0.05;

/** Links are coloured rather than underlined so owner underlines stay unambiguous. */
const LINK_COLOR = '#1f4e96';

/** A document being typeset: pdfkit, the style pool that lets layout merge fragments, and the fonts' fallback chain. */
export interface Typesetter {
  readonly pdf: PDFKit.PDFDocument;
  readonly styles: Map<string, PdfTextStyle>;
  readonly chain: FontChain;
  /** When given, every face text is measured in is added to it (see `selectFaces`). */
  readonly measuredFaces?: Set<FontFace>;
  /** The document's direction, in which lines are ordered and set flush; absent: left to right. */
  readonly direction?: TextDirection;
}

/** A plain style (no marks) in the given face and size. */
export function plainStyle(setter: Typesetter, face: FontFace, size: number): PdfTextStyle {
  return internStyle(setter.styles, { face, size, rise: 0, underline: false, smallCaps: false, href: undefined });
}

/** Selects the font of `style` on the document (a font's first use swaps in the compact shape cache). */
function useStyle(pdf: PDFKit.PDFDocument, style: PdfTextStyle): void {
  pdf.font(style.face).fontSize(style.size);
  compactShapeCache(pdf);
}

/** Widths measured so far, per document and style: layout asks for the same words again and again. */
const measured = new WeakMap<PDFKit.PDFDocument, Map<PdfTextStyle, Map<string, number>>>();

/**
 * True for text worth keeping the width of: a word, with or without its trailing space. A line's
 * fragments, several words long, are measured once a pass; keeping them all was some 4 MB at
 * 5,000 entries, for little gain (their words' shapes are cached anyway; small capitals' are
 * not, so those are kept whole).
 */
export function isWordLike(text: string): boolean {
  const space = text.indexOf(' ');
  return space === -1 || space === text.length - 1;
}

/** Width of `text` in `style`, with small capitals shaped as drawn. */
export function measureText(setter: Typesetter, text: string, style: PdfTextStyle): number {
  setter.measuredFaces?.add(style.face);
  let byStyle = measured.get(setter.pdf);
  if (!byStyle) measured.set(setter.pdf, (byStyle = new Map()));
  let widths = byStyle.get(style);
  if (!widths) byStyle.set(style, (widths = new Map()));
  let width = widths.get(text);
  if (width === undefined) {
    useStyle(setter.pdf, style);
    width = setter.pdf.widthOfString(text, style.smallCaps ? { features: ['smcp'] } : {});
    if (style.smallCaps || isWordLike(text)) widths.set(text, width);
  }
  return width;
}

/**
 * Selects the faces a layout measured text in, in that order, as measuring them would. pdfkit
 * numbers a document's fonts (F1, F2, ...) in the order they are first selected, so lines taken
 * from a cache instead of measured must still open their fonts where measuring would have: the
 * first measurement in a face opens it whatever was measured before, so the faces in order are
 * enough.
 */
export function selectFaces(setter: Typesetter, faces: readonly FontFace[]): void {
  for (const face of faces) {
    setter.pdf.font(face);
    compactShapeCache(setter.pdf);
  }
}

/** Isolates are the fragments drawn in an isolated style. */
const isolated = (style: PdfTextStyle): boolean => style.isolate === true;

/** Breaks pieces into lines (line n is `widthOf(n)` points wide at most), each in visual order in the document's direction. */
export function layoutPieces(setter: Typesetter, pieces: readonly Piece<PdfTextStyle>[], widthOf: (line: number) => number): Line<PdfTextStyle>[] {
  const measure = (text: string, style: PdfTextStyle): number => measureText(setter, text, style);
  return breakLines(applyFallback(setter.chain, setter.styles, pieces), measure, widthOf).map((line) =>
    reorderLine(line, measure, { base: setter.direction ?? 'ltr', isolated }),
  );
}

/**
 * Where a line `width` wide starts in a box from `left`, `boxWidth` wide: at its left edge, or
 * flush right in a right-to-left document.
 */
export function lineStart(setter: Typesetter, left: number, boxWidth: number, width: number): number {
  return setter.direction === 'rtl' ? left + boxWidth - width : left;
}

/** Where the baseline sits in a line box of `height` set at `size`: the font's box centred in it. */
export function baselineOffset(height: number, size: number): number {
  return (height + (ASCENDER + DESCENDER) * size) / 2;
}

/** Draws one fragment of text with its baseline at `baseline` (shifted by the style's rise). */
export function drawText(setter: Typesetter, text: string, style: PdfTextStyle, x: number, baseline: number, color: string): void {
  const { pdf } = setter;
  useStyle(pdf, style);
  pdf.fillColor(style.href === undefined ? color : LINK_COLOR);
  if (!style.smallCaps && drawGlyphRun(pdf, text, x, baseline - style.rise, style.oblique === true)) return;
  const options: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: 'alphabetic' };
  if (style.smallCaps) options.features = ['smcp'];
  if (style.oblique) options.oblique = true;
  pdf.text(text, x, baseline - style.rise, options);
}

/** Where a line sits on the page: its box (for link rectangles) and its baseline. */
interface LineBox {
  readonly left: number;
  readonly top: number;
  readonly height: number;
  readonly baseline: number;
}

/**
 * Draws a laid-out line. Underlines and link rectangles are drawn here, not with pdfkit's
 * options, because those assume top-aligned text of one size.
 */
export function drawLine(setter: Typesetter, line: Line<PdfTextStyle>, box: LineBox, color: string): void {
  const { pdf } = setter;
  for (const fragment of line.fragments) {
    const { style } = fragment;
    const x = box.left + fragment.x;
    drawText(setter, fragment.text, style, x, box.baseline, color);
    if (style.underline) {
      const y = box.baseline - style.rise + UNDERLINE_OFFSET * style.size;
      pdf
        .save()
        .lineWidth(UNDERLINE_THICKNESS * style.size)
        .strokeColor(style.href === undefined ? color : LINK_COLOR)
        .moveTo(x, y)
        .lineTo(x + fragment.width, y)
        .stroke()
        .restore();
    }
    if (style.href !== undefined) pdf.link(x, box.top, fragment.width, box.height, style.href);
  }
}
