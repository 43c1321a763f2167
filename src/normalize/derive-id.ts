import type { CslItem, CslName } from '../model/record.js';
import { stripMarkup } from '../text/strip-markup.js';
import { foldAccents, spellPlainLetters } from '../text/fold-accents.js';

/** Words a Google-Scholar-style key skips when it picks the first word of the title. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'in',
  'for',
  'and',
  'to',
  'with',
  'from',
  'at',
  'by',
  'via',
  'toward',
  'towards',
  'is',
  'are',
  'do',
  'does',
  'how',
  'what',
  'why',
  'when',
  'into',
  'about',
  'as',
  'its',
  'our',
  'we',
  'using',
  'de',
  'la',
  'le',
  'les',
  'der',
  'die',
  'das',
  'el',
  'un',
  'une',
]);

/**
 * Reduces a word to lower-case ASCII letters and digits (Müller -> muller, Łoś -> los); a word in
 * another script keeps its own letters so that Armenian or Greek names still give a key.
 */
export function slugWord(word: string): string {
  const plain = stripMarkup(word).toLowerCase();
  const ascii = spellPlainLetters(foldAccents(plain, { compatibility: true })).replace(/[^a-z0-9]/g, '');
  return ascii !== '' ? ascii : plain.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The year of an item's `issued` date, from date-parts or else from a literal or raw date. */
export function issuedYear(item: CslItem): string | undefined {
  const issued = item.issued;
  const first = issued?.['date-parts']?.[0]?.[0];
  if (first !== undefined && /^-?\d{1,4}$/.test(String(first).trim())) return String(first).trim();
  return /\b\d{4}\b/.exec(issued?.literal ?? issued?.raw ?? '')?.[0];
}

function firstCreator(item: CslItem): CslName | undefined {
  return item.author?.[0] ?? item.editor?.[0];
}

/** Readers call deriveId on items not yet validated, so a field may hold anything. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function firstTitleWord(title: string): string {
  const words = stripMarkup(title)
    .split(/[\s\-–—:;,.!?/()[\]"“”'‘’]+/u)
    .map(slugWord);
  return words.find((word) => word !== '' && !STOP_WORDS.has(word)) ?? '';
}

/**
 * A readable, deterministic id for an item that has no key of its own: first author's family
 * name + year + first significant title word (`sui2025stop`), the style Google Scholar uses.
 */
export function deriveId(item: CslItem): string {
  const creator = firstCreator(item);
  // A literal name written "Family, Given" keys on the family part, as a structured name would.
  const literal = textOf(creator?.literal).split(',')[0] ?? '';
  const name = textOf(creator?.family) || literal || textOf(creator?.given);
  const id = slugWord(name) + (issuedYear(item) ?? '') + firstTitleWord(textOf(item.title));
  return id !== '' ? id : 'item';
}
