import { createRequire } from 'node:module';

// citeproc-js treats a name as "romanesque" (family and given apart, separated, given names
// initialized) only when it holds a letter of the scripts its regular expressions list: Latin,
// Greek, Cyrillic, Hebrew, Arabic, Thai. Any other name is formatted like a Chinese or Japanese
// one: family and given run together with no comma, space or initials, so "Ղազարյան, Արամ"
// printed "ՂազարյանԱրամ" and "शर्मा, राहुल" "शर्माराहुल" (and APA put a comma before "&" after such a
// name). Armenian, Georgian, the Indic scripts, Lao and Ethiopic write names with spaces, in the
// order citation styles expect, so they join the romanesque scripts here.

/** Armenian, Georgian (Mkhedruli, Mtavruli, Nuskhuri), Devanagari to Sinhala, Lao, Ethiopic. */
const ADDED_LETTERS = '\\u0531-\\u0587\\u10a0-\\u10ff\\u1c90-\\u1cbf\\u2d00-\\u2d2f\\u0900-\\u0dff\\u0e80-\\u0eff\\u1200-\\u139f';

/**
 * Armenian capitals and the caseless Ethiopic syllables: an initial is the name's first letter.
 * Not Georgian: citeproc initializes only a name whose first letter is its own upper case, and
 * Unicode maps Georgian's everyday letters to the rarely written Mtavruli capitals, so a Georgian
 * given name stays whole ("ბერიძე, გიორგი"), as citeproc leaves any name it cannot initialize.
 */
const ADDED_INITIALS = '\\u0531-\\u0556\\u1200-\\u139f';

/** Armenian small letters: what may follow an initial within the name's first part. */
const ADDED_SMALL_LETTERS = '\\u0561-\\u0587';

/**
 * An Indic or Lao initial is the name's first syllable as written: a letter with its vowel signs,
 * and through a virama the consonants it joins ("श्री" of "श्रीकांत", not the half letter "श्").
 * Cutting after the first code point would drop the vowel sign ("र" for "राहुल").
 */
const SYLLABLE_INITIAL = '[\\u0900-\\u0dff\\u0e80-\\u0eff](?:[\\u094d\\u09cd\\u0a4d\\u0acd\\u0b4d\\u0bcd\\u0c4d\\u0ccd\\u0d4d\\u0dca]\\p{L}|\\p{M})*';

interface NameUtilities {
  initializeWith(this: NameUtilities, state: unknown, name: unknown, terminator: unknown, normalizeOnly?: unknown): unknown;
}

interface Citeproc {
  Util: { Names: NameUtilities };
  ROMANESQUE_REGEXP: RegExp;
  ROMANESQUE_NOT_REGEXP: RegExp;
  STARTSWITH_ROMANESQUE_REGEXP: RegExp;
  ENDSWITH_ROMANESQUE_REGEXP: RegExp;
  ALL_ROMANESQUE_REGEXP: RegExp;
  NAME_INITIAL_REGEXP: RegExp;
}

/** A copy of `pattern` whose first character class (at or after `from`) also holds `letters`. */
function withLetters(pattern: RegExp, letters: string, from = 0): RegExp {
  const source = pattern.source;
  const open = source.indexOf('[', from);
  const close = source.indexOf(']', open);
  if (open < 0 || close < 0) throw new Error(`citeproc's ${source} has no character class`);
  return new RegExp(`${source.slice(0, close)}${letters}${source.slice(close)}`, pattern.flags);
}

/**
 * citeproc's pattern for a given name's initial, `^([capital])([small]*|)(\.)*`, with the added
 * scripts: Armenian and Georgian letters in the two classes, Indic and Lao syllables as a second
 * way to match the first group. The `u` flag is what lets it name marks and letters by property;
 * citeproc's own classes mean the same under it.
 */
function nameInitial(pattern: RegExp): RegExp {
  const capitals = withLetters(pattern, ADDED_INITIALS);
  const smallStart = capitals.source.indexOf('(', capitals.source.indexOf(']'));
  const withSmall = withLetters(capitals, ADDED_SMALL_LETTERS, smallStart);
  const source = withSmall.source;
  const firstClose = source.indexOf(']');
  const syllable = `${source.slice(0, firstClose + 1)}|${SYLLABLE_INITIAL}${source.slice(firstClose + 1)}`;
  return new RegExp(syllable, `${pattern.flags}u`);
}

/** Armenian's abbreviation dot (U+2024, one dot leader) after a letter: "Կ․Գ․" is two initials. */
const ABBREVIATION_DOT = /(?<=\p{L})\u2024/gu;

/** A space citeproc's initializer puts between an initial's period and a closing bracket. */
const SPACE_BEFORE_CLOSE = /\.\s+(?=[\])])/g;

/**
 * Given names that start in these scripts now go through citeproc's initializer, which they
 * skipped before (it returns a name starting in an unlisted script as it is). Two of its habits
 * would cost such names: it takes "Կ․Գ․" for one initial ("Կ.", dropping Գ), as it only splits
 * at a full stop, and it spaces the period of a bracketed transliteration off its bracket
 * ("Ս. Գ. [S. G. ]"). Both are mended around it.
 */
function mendInitializer(names: NameUtilities): void {
  const initializeWith = names.initializeWith;
  names.initializeWith = function (state, name, terminator, normalizeOnly) {
    const given = typeof name === 'string' ? name.replace(ABBREVIATION_DOT, '.') : name;
    const result = initializeWith.call(this, state, given, terminator, normalizeOnly);
    return typeof result === 'string' ? result.replace(SPACE_BEFORE_CLOSE, '.') : result;
  };
}

/**
 * Set on the citeproc module once patched. A mark on the module itself, not a set in this one:
 * a process may load this module twice (the bundled CLI's copy and a library import of dist/)
 * over the one citeproc, and a second patch would widen the patterns again.
 */
const PATCHED = Symbol.for('pubcv.citeprocNameScripts');

/** Adds the scripts to the citeproc module citation-js uses; a second call does nothing. */
export function installCiteprocNameScripts(): void {
  const fromPlugin = createRequire(createRequire(import.meta.url).resolve('@citation-js/plugin-csl'));
  const CSL = fromPlugin('citeproc') as Citeproc & { [PATCHED]?: true };
  if (CSL[PATCHED]) return;
  CSL[PATCHED] = true;
  CSL.ROMANESQUE_REGEXP = withLetters(CSL.ROMANESQUE_REGEXP, ADDED_LETTERS);
  CSL.ROMANESQUE_NOT_REGEXP = withLetters(CSL.ROMANESQUE_NOT_REGEXP, ADDED_LETTERS);
  CSL.STARTSWITH_ROMANESQUE_REGEXP = withLetters(CSL.STARTSWITH_ROMANESQUE_REGEXP, ADDED_LETTERS);
  CSL.ENDSWITH_ROMANESQUE_REGEXP = withLetters(CSL.ENDSWITH_ROMANESQUE_REGEXP, ADDED_LETTERS);
  CSL.ALL_ROMANESQUE_REGEXP = withLetters(CSL.ALL_ROMANESQUE_REGEXP, ADDED_LETTERS);
  CSL.NAME_INITIAL_REGEXP = nameInitial(CSL.NAME_INITIAL_REGEXP);
  mendInitializer(CSL.Util.Names);
}
