import { fallbackFace } from './pdf-fonts.js';
import type { Piece } from './pdf-layout.js';
import { internStyle, type PdfTextStyle } from './pdf-style.js';

/**
 * Text Noto Serif and Noto Sans cannot draw but the CJK fallbacks can: Han ideographs, kana, CJK
 * punctuation and full-width forms (Noto Sans Hans), and Hangul (Noto Sans KR). Matching by script
 * rather than by the font's cmap keeps the writer off fontkit's internals; both Noto families
 * lack every one of these code points.
 */
const HANGUL = '\\p{Script=Hangul}';
const CJK_TEXT = new RegExp(`([\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\u30fc\\uff00-\\uffef${HANGUL}]+)`, 'u');
const HANGUL_TEXT = new RegExp(HANGUL, 'u');

/** True when `text` holds a character only the CJK fallback font draws. */
function needsFallback(text: string): boolean {
  return CJK_TEXT.test(text);
}

/**
 * Splits pieces where the script changes and sets the CJK stretches in the fallback face of
 * their weight, so a name like "张伟" inside a Latin entry is drawn and not left as empty boxes.
 */
export function applyFallback(pool: Map<string, PdfTextStyle>, pieces: readonly Piece<PdfTextStyle>[]): Piece<PdfTextStyle>[] {
  const out: Piece<PdfTextStyle>[] = [];
  for (const piece of pieces) {
    if (!needsFallback(piece.text)) {
      out.push(piece);
      continue;
    }
    // split() with one capture group puts the CJK stretches at odd indexes.
    for (const [i, text] of piece.text.split(CJK_TEXT).entries()) {
      if (text === '') continue;
      const script = HANGUL_TEXT.test(text) ? 'hangul' : 'cjk';
      const style = i % 2 === 1 ? internStyle(pool, { ...piece.style, face: fallbackFace(piece.style.face, script), smallCaps: false }) : piece.style;
      out.push({ text, style });
    }
  }
  return out;
}
