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
    openedFonts.set(path, font);
  }
  return font;
}

/** The face for a combination of weight and slant. */
export function chooseFace(bold: boolean, italic: boolean): TextFace {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
