import { assertNever } from '../model/errors.js';
import { highlightMarks, type HighlightStyle, type Mark } from '../model/index.js';
import { chooseFace, type FontFace } from './pdf-fonts.js';

/** How one stretch of PDF text is drawn; equal styles are the same object (see `internStyle`). */
export interface PdfTextStyle {
  readonly face: FontFace;
  readonly size: number;
  /** Baseline shift in points, positive up (superscript) or negative (subscript). */
  readonly rise: number;
  readonly underline: boolean;
  /** Drawn with the font's own small capitals (Noto Serif has `smcp` in all four faces). */
  readonly smallCaps: boolean;
  readonly href: string | undefined;
  /** Part of a bidi isolate (pdf-bidi.ts reorders it apart from its neighbours); absent: not. */
  readonly isolate?: true;
  /**
   * Slanted as it is drawn: italics asked of a font that has none (the fallback fonts), which
   * browsers and word processors slant too; absent: upright, or in an italic face of its own.
   */
  readonly oblique?: true;
}

/**
 * Script size and shifts, as fractions of the surrounding size; close to Noto Serif's OS/2
 * superscript metrics (0.6 em raised 0.35 em) but a touch larger so a printed "2" stays legible.
 */
const SCRIPT_SCALE = 0.66;
const SUPERSCRIPT_RISE = 0.34;
const SUBSCRIPT_DROP = 0.14;

interface Emphasis {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** The drawing style of a run with the given marks, set at `baseSize` points. */
export function styleOfMarks(marks: readonly Mark[], highlight: HighlightStyle, baseSize: number): PdfTextStyle {
  const emphasis: Emphasis = { bold: false, italic: false, underline: false };
  let smallCaps = false;
  let script: 'super' | 'sub' | undefined;
  let href: string | undefined;
  let isolate = false;
  for (const mark of marks.flatMap((m): readonly Mark[] => (m.type === 'owner' ? highlightMarks(highlight) : [m]))) {
    switch (mark.type) {
      case 'bold':
        emphasis.bold = true;
        break;
      case 'italic':
        emphasis.italic = true;
        break;
      case 'underline':
        emphasis.underline = true;
        break;
      case 'smallCaps':
        smallCaps = true;
        break;
      case 'superscript':
        script = 'super';
        break;
      case 'subscript':
        script = 'sub';
        break;
      case 'owner':
        // Replaced by the highlight's own marks above.
        break;
      case 'link':
        href = mark.href;
        break;
      case 'isolate':
        isolate = true;
        break;
      default:
        assertNever(mark);
    }
  }
  const size = script === undefined ? baseSize : baseSize * SCRIPT_SCALE;
  const rise = script === 'super' ? baseSize * SUPERSCRIPT_RISE : script === 'sub' ? -baseSize * SUBSCRIPT_DROP : 0;
  const style = { face: chooseFace(emphasis.bold, emphasis.italic), size, rise, underline: emphasis.underline, smallCaps, href };
  return isolate ? { ...style, isolate } : style;
}

/** A key that is equal exactly when two styles draw alike. */
function styleKey(style: PdfTextStyle): string {
  const key = [style.face, style.size, style.rise, style.underline, style.smallCaps, style.href ?? null];
  return JSON.stringify([...key, ...(style.isolate ? ['isolate'] : []), ...(style.oblique ? ['oblique'] : [])]);
}

/** Returns the one shared instance of `style`, so layout can merge neighbours by identity. */
export function internStyle(pool: Map<string, PdfTextStyle>, style: PdfTextStyle): PdfTextStyle {
  const key = styleKey(style);
  const known = pool.get(key);
  if (known) return known;
  pool.set(key, style);
  return style;
}
