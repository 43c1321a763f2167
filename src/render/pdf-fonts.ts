import { InternalError } from '../model/errors.js';
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { FontFamily } from '../model/index.js';
import { resolveFontFiles, type FontFace, type TextFace } from './font-chain.js';

export type { FontFace } from './font-chain.js';

/**
 * Registers every face under its FontFace name, so `doc.font(face)` selects it. pdfkit reads a
 * registered font only when text is set in it, and embeds only the glyphs drawn: a document
 * without Arabic never loads, let alone embeds, Noto Sans Arabic.
 */
export function registerFonts(pdf: PDFKit.PDFDocument, family: FontFamily = 'serif'): void {
  const files = resolveFontFiles(family);
  skipMissingAnchors(openedFont(files.regular));
  for (const face of Object.keys(files) as FontFace[]) pdf.registerFont(face, TEXT_FACES.has(face) ? openedFont(files[face]) : files[face]);
}

/** The faces every document sets text in; fallback faces are opened only by a document that needs them. */
const TEXT_FACES: ReadonlySet<FontFace> = new Set<TextFace>(['regular', 'bold', 'italic', 'boldItalic']);

/**
 * The text faces, opened once per process and handed to every document: fontkit decodes a
 * font's shaping tables (GSUB, GPOS) the first time it shapes with it, about 0.2 s a build, and
 * the word shapes kept per font (pdf-shape-cache.ts) last as long as the font does. A rebuild in
 * the same process (`--watch`, a library's second `build()`) shapes only words it has not seen.
 * Each document still embeds its own subset of the glyphs it draws.
 */
const openedFonts = new Map<string, fontkit.Font>();

function openedFont(path: string): fontkit.Font {
  let font = openedFonts.get(path);
  if (!font) {
    const opened = fontkit.create(readFileSync(path));
    if (!('hasGlyphForCodePoint' in opened)) throw new InternalError(`${path} is a font collection, not a font`);
    font = opened;
    keepFirstCharacters(font);
    openedFonts.set(path, font);
  }
  return font;
}

/**
 * fontkit makes one glyph object per id, with the characters of the first request for it, and
 * pdfkit writes those characters into the PDF's text layer (ToUnicode, what copying text out
 * reads). Subsetting a document's font asks for the parts of composite glyphs with no characters
 * (Noto Serif builds 'í' on the dotless 'ı'), so in a font kept for the process, an 'ı' drawn by a
 * later document copied out as nothing. A glyph first made by a request without characters takes
 * those of the first request that gives them, which is the request a fresh process makes it from.
 */
function keepFirstCharacters(font: fontkit.Font): void {
  const getGlyph = font.getGlyph.bind(font);
  const requested = new Set<number>();
  const madeWithout = new Set<number>();
  font.getGlyph = (id, characters) => {
    const glyph = getGlyph(id, characters);
    if (!requested.has(id)) {
      requested.add(id);
      if (characters === undefined) madeWithout.add(id);
    } else if (characters !== undefined && glyph !== null && madeWithout.delete(id)) {
      glyph.codePoints = characters;
    }
    return glyph;
  };
}

/** The part of fontkit's GPOS processor (one class for every font) that places a mark on its base. */
interface GposProcessor {
  applyAnchor(this: GposProcessor, markRecord: { readonly markAnchor: unknown }, baseAnchor: unknown, baseGlyphIndex: number): void;
}

/** The processor's class, as fontkit builds it for a font with positioning tables. */
interface LaidOutFont {
  readonly _layoutEngine?: { readonly engine?: { readonly GPOSProcessor?: GposProcessor } };
}

let anchorsChecked = false;

/**
 * OpenType lets a mark-to-base table leave a base's anchor for a mark class empty (the mark is
 * then not attached there), and Noto Sans Gurmukhi and Telugu do; fontkit reads the empty anchor's
 * coordinates and throws, which failed every PDF with a Punjabi or Telugu name. An empty anchor
 * now leaves the mark where shaping put it, as HarfBuzz does. fontkit's processor class is shared
 * by every font (pdfkit's fallback fonts too), and reachable only through a font that has one.
 */
function skipMissingAnchors(font: fontkit.Font): void {
  if (anchorsChecked) return;
  const processor = (font as unknown as LaidOutFont)._layoutEngine?.engine?.GPOSProcessor;
  if (!processor) throw new InternalError('the text font has no positioning tables to reach fontkit through');
  anchorsChecked = true;
  const prototype = Object.getPrototypeOf(processor) as GposProcessor;
  const applyAnchor = prototype.applyAnchor;
  prototype.applyAnchor = function (markRecord, baseAnchor, baseGlyphIndex) {
    if (baseAnchor == null || markRecord.markAnchor == null) return;
    applyAnchor.call(this, markRecord, baseAnchor, baseGlyphIndex);
  };
}

/** The face for a combination of weight and slant. */
export function chooseFace(bold: boolean, italic: boolean): TextFace {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
