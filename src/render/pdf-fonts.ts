import type { FontFamily } from '../model/index.js';
import { resolveFontFiles, type FontFace, type TextFace } from './font-chain.js';

export type { FallbackFace, FontFace, TextFace } from './font-chain.js';

/**
 * Registers every face under its FontFace name, so `doc.font(face)` selects it. pdfkit reads a
 * registered font only when text is set in it, and embeds only the glyphs drawn: a document
 * without Arabic never loads, let alone embeds, Noto Sans Arabic.
 */
export function registerFonts(pdf: PDFKit.PDFDocument, family: FontFamily = 'serif'): void {
  const files = resolveFontFiles(family);
  for (const face of Object.keys(files) as FontFace[]) pdf.registerFont(face, files[face]);
}

/** The face for a combination of weight and slant. */
export function chooseFace(bold: boolean, italic: boolean): TextFace {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
