import { cleanText } from '../normalize/clean-text.js';
import { stripMarkup } from '../text/strip-markup.js';
import { latexToCslMarkup } from '../normalize/latex-to-csl-markup.js';
import { foldAccents, spellPlainLetters } from '../text/fold-accents.js';

// Titles reach enrich from inputs (LaTeX, CSL markup) and from APIs (JATS/HTML tags, entities,
// MathML): both sides are reduced to the same plain text before they are compared or sent.

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Letters that Unicode decomposition does not turn into ASCII. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A title as plain text, for queries and the lock: LaTeX read (`MoE-I$^2$` -> `MoE-I2`), tags and entities gone. */
export function plainTitle(title: string): string {
  const markup = latexToCslMarkup(title, { protectCase: false });
  return cleanText(decodeEntities(stripMarkup(markup)));
}

/** Lower-case ASCII letters and digits, accents and case folded: Müller -> muller, Łoś -> łos -> los. */
export function foldText(text: string): string {
  return spellPlainLetters(foldAccents(plainTitle(text).toLowerCase(), { compatibility: true }))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A title's main part, before a subtitle (`Stop Overthinking: A Survey` -> `Stop Overthinking`), folded. */
export function foldMainTitle(title: string): string {
  const plain = plainTitle(title);
  const cut = plain.search(/[:?!.]\s|\s[-–—]\s/);
  return foldText(cut > 0 ? plain.slice(0, cut) : plain);
}
