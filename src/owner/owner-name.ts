import { foldAccents, spellPlainLetters } from '../text/fold-accents.js';
import { stripMarkup } from '../text/strip-markup.js';
import { StringMemo } from '../text/string-memo.js';

/** The CV owner's name as the user gave it; aliases (former names, other spellings) are more of these. */
export interface OwnerName {
  readonly family: string;
  readonly given?: string;
  /** Particles written before the family name: "van der", "de la". */
  readonly particle?: string;
}

function named(family: string, given: readonly string[], particle: readonly string[]): OwnerName {
  return { family, ...(given.length > 0 ? { given: given.join(' ') } : {}), ...(particle.length > 0 ? { particle: particle.join(' ') } : {}) };
}

/**
 * Parses "Family, Given", "von Family, Given", "Family, Given von" or "Given von Family" (no
 * comma: the last word is the family name). Lower-case words next to the family name are
 * particles, as in BibTeX, unless the whole name is lower case. Undefined for an empty string.
 */
export function parseOwnerName(text: string): OwnerName | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return undefined;
  const cased = /\p{Lu}/u.test(clean);
  const isParticle = (word: string | undefined): boolean => cased && word !== undefined && /^\p{Ll}/u.test(word);
  const parts = clean.split(',').map((p) => p.trim().split(' ').filter(Boolean));
  if (parts.length > 1) {
    // "Family, Jr., Given" (BibTeX's third form): the suffix plays no part in matching.
    const familyWords = parts[0] ?? [];
    const givenWords = parts[parts.length - 1] ?? [];
    let lead = 0;
    while (lead < familyWords.length - 1 && isParticle(familyWords[lead])) lead += 1;
    let cut = givenWords.length;
    while (cut > 1 && isParticle(givenWords[cut - 1])) cut -= 1;
    const family = familyWords.slice(lead).join(' ');
    if (family === '') return undefined;
    return named(family, givenWords.slice(0, cut), [...familyWords.slice(0, lead), ...givenWords.slice(cut)]);
  }
  const words = parts[0] ?? [];
  const family = words.pop() ?? clean;
  let start = words.length;
  while (start > 1 && isParticle(words[start - 1])) start -= 1;
  return named(family, words.slice(0, start), words.slice(start));
}

/** "Yang Sui", "Jan van der Berg" for display. */
export function displayOwnerName(name: OwnerName): string {
  return [name.given, name.particle, name.family].filter(Boolean).join(' ');
}

/** Names folded lately (a 300-entry list has some 2,500 name parts): every entry's names are folded to be matched, and co-authors recur. */
const folded = new StringMemo<string>(5000);

/** Case- and accent-insensitive form of a name part, for matching only. */
export function foldName(text: string): string {
  return folded.get(text, () =>
    spellPlainLetters(foldAccents(stripMarkup(text)).toLowerCase())
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
}

// Particles that may be written as part of the family name ("Van der Berg", "de la Cruz"),
// so that every way of writing one family name comes down to the same core.
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'das',
  'dos',
  'do',
  'du',
  'des',
  'la',
  'le',
  'les',
  'ter',
  'ten',
  'te',
  'zu',
  'zum',
  'zur',
  'af',
  'av',
  'y',
  'e',
  'al',
  'el',
  'bin',
  'ibn',
  'd',
  'l',
  'st',
  'mac',
]);

/**
 * The family name with any leading particles dropped, folded and without spaces: "van der Berg",
 * "Van Der Berg", "Berg" (with the particle kept apart) all come down to "berg".
 */
export function familyCore(family: string): string {
  const words = foldName(family).split(' ').filter(Boolean);
  let start = 0;
  while (start < words.length - 1 && PARTICLES.has(words[start] ?? '')) start += 1;
  return words.slice(start).join('');
}

/** One given name or initial, folded: "Jean-Pierre" is two, "J.-P." and "JP" two initials. */
export interface GivenToken {
  readonly letter: string;
  /** The whole name; undefined for an initial. */
  readonly full?: string;
}

/**
 * Splits given names into names and initials. An upper-case run of two or three letters
 * ("JP" in "Smith JP") reads as initials unless the whole name is upper case ("SUI, LI").
 */
export function givenTokens(given: string, familyIsUpperCase = false): GivenToken[] {
  const tokens: GivenToken[] = [];
  for (const piece of stripMarkup(given).split(/[\s.\-‐‑–]+/u)) {
    const folded = foldName(piece).replace(/\s+/g, '');
    if (folded === '') continue;
    const initials = !familyIsUpperCase && folded.length <= 3 && folded.length > 1 && /^\p{Lu}+$/u.test(piece);
    if (folded.length === 1 || initials) for (const letter of folded) tokens.push({ letter });
    else tokens.push({ letter: folded[0] ?? '', full: folded });
  }
  return tokens;
}
