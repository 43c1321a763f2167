import { splitByFont, type FontChain, type TextFace } from './font-chain.js';
import type { Piece } from './pdf-layout.js';
import { internStyle, type PdfTextStyle } from './pdf-style.js';

/** True for the four faces of the document's own family (pieces come in set in one of them). */
function isTextFace(face: string): face is TextFace {
  return face === 'regular' || face === 'bold' || face === 'italic' || face === 'boldItalic';
}

/**
 * Splits pieces where the font that can draw them changes and sets each stretch in the first
 * font of the chain that has all its characters (Noto Serif or Sans, then the script, symbol,
 * emoji and CJK fallbacks), so "Մարտիրոսյան", "محمد" or "≲" inside a Latin entry are drawn and
 * not left as empty boxes. Characters no font has stay in the piece's own face (where they show
 * as boxes); `undrawableCharacters` warns about each one.
 */
export function applyFallback(chain: FontChain, pool: Map<string, PdfTextStyle>, pieces: readonly Piece<PdfTextStyle>[]): Piece<PdfTextStyle>[] {
  const out: Piece<PdfTextStyle>[] = [];
  for (const piece of pieces) {
    const { face } = piece.style;
    if (!isTextFace(face)) {
      out.push(piece);
      continue;
    }
    for (const span of splitByFont(chain, piece.text, face)) {
      const drawnIn = span.face ?? face;
      // The fallback fonts have no small capitals, nor italics: their weight carries over, and
      // italic text is slanted as it is drawn.
      const slanted = face === 'italic' || face === 'boldItalic';
      const style =
        drawnIn === face ? piece.style : internStyle(pool, { ...piece.style, face: drawnIn, smallCaps: false, ...(slanted ? { oblique: true as const } : {}) });
      out.push({ text: span.text, style });
    }
  }
  return out;
}
