import type { CslItem, CslName } from '../model/record.js';
import { capitalsToSentenceCase, isAllCaps } from './sentence-case.js';
import { isEnglish } from './title-language.js';

const NAME_PARTS = ['family', 'given', 'non-dropping-particle', 'dropping-particle'] as const;

function hasLowerCase(text: string): boolean {
  return text !== text.toUpperCase();
}

/** `MIŚKIEWICZ` -> `Miśkiewicz`, `O'BRIEN-SMITH` -> `O'Brien-Smith`: each word and hyphen part capitalised. */
function capitalise(word: string): string {
  return word.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A name written in capitals (`PFAFFELHUBER, PETER`, `RADOSŁAW MIŚKIEWICZ`) in normal case. Only
 * names whose family and given names are both all capitals: a capitalised family alone may be an
 * acronym. Given-name words of one or two letters stay as written, since `JP` may be initials.
 */
function fixName(name: CslName): CslName {
  const { family, given } = name;
  if (family === undefined || given === undefined) return name;
  if (hasLowerCase(family) || hasLowerCase(given) || !/\p{L}{2}/u.test(family)) return name;
  const fixed: CslName = { ...name, family: capitalise(family) };
  fixed.given = given.replace(/\p{L}{3,}/gu, capitalise);
  for (const part of NAME_PARTS.slice(2)) {
    const particle = name[part];
    if (particle !== undefined) fixed[part] = particle.toLowerCase();
  }
  return fixed;
}

/**
 * `W.A.` -> `W. A.`: initials run together read as one to citeproc and to owner matching. A
 * bracketed transliteration (`Պ.Մ. [P.M.]`, Zotero's armenbib) is quoted as written and kept.
 */
function spaceInitials(name: CslName): CslName {
  const given = name.given;
  if (given === undefined || !/\.\p{Lu}/u.test(given)) return name;
  return { ...name, given: given.replace(/\[[^\]]*\]|\.(?=\p{Lu})/gu, (match) => (match === '.' ? '. ' : match)) };
}

/** What fixCapitals changed. */
interface CapitalsFix {
  readonly item: CslItem;
  /** The title was all capitals and is now in sentence case. */
  readonly title: boolean;
}

/**
 * Puts all-capitals names and titles in normal case (names title-cased, titles sentence-cased),
 * and spaces initials written together (`W.A.`).
 */
export function fixCapitals(item: CslItem): CapitalsFix {
  const fixed: CslItem = { ...item };
  for (const [field, value] of Object.entries(item)) {
    if (Array.isArray(value) && value.some((name) => typeof name === 'object' && name !== null && 'family' in name)) {
      fixed[field] = value.map((name: CslName) => spaceInitials(fixName(name)));
    }
  }
  // Sentence case is English's: a title in another language is kept as written, capitals and all.
  const english = typeof item.language !== 'string' || isEnglish(item.language);
  const title = english && typeof item.title === 'string' && isAllCaps(item.title);
  if (title && item.title !== undefined) fixed.title = capitalsToSentenceCase(item.title);
  return { item: fixed, title };
}
