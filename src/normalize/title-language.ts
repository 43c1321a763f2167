import type { CslItem } from '../model/record.js';
import { stripMarkup } from '../text/strip-markup.js';

/**
 * Guesses the language of a title that carries no `langid`/`language`, from its short function
 * words: CSL changes the case of English titles only, and a German or French title recased as
 * English loses its nouns' capitals ("theoretische biologie") or gains wrong ones ("Und").
 */

// Values of `langid`, `language` or `hyphenation` (BibTeX's and babel's names, CSL's codes) under
// which titles are English; other languages have their own capitalisation rules.
const ENGLISH = /^(?:en(?:[-_].*)?|english|american|british|canadian|australian|newzealand|ukenglish|usenglish|)$/i;

/** Whether a language field names English (or is blank). */
export function isEnglish(language: string): boolean {
  return ENGLISH.test(language.trim());
}

// Function words of each language that are not also English words (no "a", "in", "an", "die").
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  de: [
    'und',
    'der',
    'das',
    'des',
    'dem',
    'den',
    'für',
    'mit',
    'von',
    'zur',
    'zum',
    'ein',
    'eine',
    'einer',
    'eines',
    'über',
    'auf',
    'bei',
    'nach',
    'sich',
    'ist',
    'nicht',
    'im',
    'oder',
    'vom',
    'durch',
    'zwischen',
    'unter',
    'aus',
    'wie',
  ],
  es: ['el', 'la', 'de', 'los', 'las', 'del', 'y', 'para', 'con', 'por', 'una', 'sobre', 'entre', 'su', 'sus', 'como', 'desde', 'hacia'],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'du',
    'et',
    'pour',
    'sur',
    'une',
    'dans',
    'avec',
    'par',
    'est',
    'aux',
    'au',
    'entre',
    'sous',
    'vers',
    'leur',
    'ses',
    'ces',
    'où',
    'de',
  ],
  it: ['il', 'la', 'della', 'delle', 'dei', 'degli', 'di', 'per', 'con', 'gli', 'nel', 'nella', 'alla', 'sul', 'sulla', 'una', 'tra', 'fra'],
  pt: ['do', 'da', 'de', 'dos', 'das', 'em', 'para', 'uma', 'com', 'pelo', 'pela', 'ao', 'não', 'seu', 'sua'],
  nl: ['het', 'een', 'van', 'voor', 'met', 'op', 'bij', 'naar', 'uit', 'tussen', 'en'],
  pl: ['w', 'i', 'na', 'z', 'do', 'oraz', 'dla', 'jako', 'się', 'przez', 'od', 'po', 'ze', 'we', 'nie', 'jest'],
};
const ENGLISH_WORDS = new Set([
  'the',
  'of',
  'and',
  'in',
  'for',
  'on',
  'with',
  'to',
  'a',
  'an',
  'from',
  'by',
  'is',
  'are',
  'at',
  'as',
  'its',
  'into',
  'towards',
  'toward',
  'using',
  'via',
  'how',
  'what',
  'why',
  'when',
  'we',
  'our',
  'this',
  'that',
  'not',
  'or',
  'between',
  'under',
  'new',
]);

/**
 * The language (`de`, `fr`, `es`, `it`, `pt`, `nl`, `pl`) a title is clearly written in, or
 * undefined for English or when its words do not say: more function words of that language than
 * of any other (the first listed wins a tie) and than English ones, and two of them, or one of
 * three letters or more ("und") in a title without English ones. A single letter alone ("Part I",
 * Polish "w") says nothing.
 */
export function guessTitleLanguage(title: string): string | undefined {
  const words = stripMarkup(title, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '');
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  let best: [string, string[]] | undefined;
  for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
    const found = words.filter((word) => list.includes(word));
    if (found.length > (best?.[1].length ?? 0)) best = [language, found];
  }
  if (best === undefined || best[1].length <= english) return undefined;
  const [language, found] = best;
  return found.length >= 2 || (english === 0 && (found[0]?.length ?? 0) >= 3) ? language : undefined;
}

/**
 * The item with the language its title is clearly written in, when it names none: citeproc
 * title-cases titles (Chicago) and journal names of items without a language as English ones
 * ("Experimentelle Und Theoretische Biologie").
 */
export function withTitleLanguage(item: CslItem): CslItem {
  if (item.language !== undefined || typeof item.title !== 'string') return item;
  const language = guessTitleLanguage(item.title);
  return language === undefined ? item : { ...item, language };
}
