import type { CslItem } from '../model/record.js';
import { stripMarkup } from '../text/strip-markup.js';
import { foldAccents } from '../text/fold-accents.js';
import { editDistance } from '../text/did-you-mean.js';
import { issuedYear } from './derive-id.js';

// What makes two records one work, shared by the build's duplicate merging and by `pubcv import`,
// which skips a fetched work the user's files already hold: a build would merge the two anyway.

/** Title words, lower case, accents and punctuation gone: `The {DNA} of Müller` -> `the dna of muller`. */
function titleWords(title: unknown): string[] {
  if (typeof title !== 'string') return [];
  const plain = foldAccents(stripMarkup(title), { compatibility: true }).toLowerCase();
  return plain.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/** Each item's title words, worked out once: merging asks for them under several keys. */
const titleWordsByItem = new WeakMap<CslItem, readonly string[]>();

function itemTitleWords(item: CslItem): readonly string[] {
  let words = titleWordsByItem.get(item);
  if (!words) titleWordsByItem.set(item, (words = titleWords(item.title)));
  return words;
}

/**
 * The title of an item as one key (`the dna of muller`); undefined for titles of one or two
 * words ("Editorial", "Preface"), which different works share too often to say two entries are one.
 */
export function titleText(item: CslItem): string | undefined {
  const words = itemTitleWords(item);
  return words.length < 3 ? undefined : words.join(' ');
}

/** The title-and-year key of an item (see titleText). */
export function titleKey(item: CslItem): string | undefined {
  const text = titleText(item);
  return text === undefined ? undefined : `${text}|${issuedYear(item) ?? ''}`;
}

/** Words a typo may be in: letters only, long enough that one edit does not make another common word. */
const TYPO_WORD = /^\p{L}{6,}$/u;
/** Roman numerals: "Part II" and "Part III" are two works. */
const ROMAN = /^[ivxlcdm]+$/;

/**
 * Keys under which an item's title meets a title that differs from it by one mistyped word
 * (`sustainbility` for `sustainability`): the title and year with one word left out, for each
 * word a typo may be in. Titles of fewer than six words have none: short titles differ by one
 * word too often on purpose.
 */
export function typoKeys(item: CslItem): string[] {
  const words = itemTitleWords(item);
  if (words.length < 6) return [];
  const year = issuedYear(item) ?? '';
  return words.flatMap((word, i) =>
    TYPO_WORD.test(word) && !ROMAN.test(word) ? [`${words.length}|${i}|${words.filter((_, j) => j !== i).join(' ')}|${year}`] : [],
  );
}

/**
 * The two spellings, when two items' titles are the same but for one mistyped word (see
 * typoKeys): `['sustainbility', 'sustainability']`; undefined otherwise.
 */
export function typoBetween(a: CslItem, b: CslItem): readonly [string, string] | undefined {
  const [wordsA, wordsB] = [itemTitleWords(a), itemTitleWords(b)];
  if (wordsA.length !== wordsB.length) return undefined;
  const differing = wordsA.flatMap((word, i) => (word === wordsB[i] ? [] : [i]));
  if (differing.length !== 1) return undefined;
  const [wordA, wordB] = [wordsA[differing[0] as number] as string, wordsB[differing[0] as number] as string];
  const typo =
    [wordA, wordB].every((word) => TYPO_WORD.test(word) && !ROMAN.test(word)) && editDistance(wordA, wordB, { transpositions: true, limit: 1 }) === 1;
  return typo ? [wordA, wordB] : undefined;
}

/** The item's DOI in lower case. */
export function doiOf(item: CslItem): string | undefined {
  return typeof item.DOI === 'string' ? item.DOI.toLowerCase() : undefined;
}

function familyNames(item: CslItem): Set<string> {
  const names = [...(item.author ?? []), ...(item.editor ?? [])];
  return new Set(names.flatMap((name) => titleWords(name.family ?? name.literal)));
}

/** Whether two items' author lists (editors too) have no family name in common, when both have names. */
export function differentPeople(a: CslItem, b: CslItem): boolean {
  const [namesA, namesB] = [familyNames(a), familyNames(b)];
  return namesA.size > 0 && namesB.size > 0 && ![...namesA].some((name) => namesB.has(name));
}

/** Whether two titles share at least half their words: a DOI put on two different papers does not make them one. */
export function similarTitles(a: CslItem, b: CslItem): boolean {
  const [wordsA, wordsB] = [new Set(itemTitleWords(a)), new Set(itemTitleWords(b))];
  if (wordsA.size === 0 || wordsB.size === 0) return true;
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  return shared * 2 >= Math.max(wordsA.size, wordsB.size);
}

/**
 * Whether two items with the same title and year are still different works: volumes or editions
 * of one title (a multi-volume set), or author lists without a family name in common.
 */
export function differ(a: CslItem, b: CslItem): boolean {
  for (const field of ['volume', 'edition', 'number']) {
    if (a[field] !== undefined && b[field] !== undefined && String(a[field]) !== String(b[field])) return true;
  }
  return differentPeople(a, b);
}

// The published version of a work wins over its preprint or report when both are listed.
const PUBLISHED_TYPES = new Set(['article-journal', 'paper-conference', 'chapter', 'book', 'thesis', 'patent']);
// A record of a published type can still be the preprint: an "article" in arXiv (IRIDIA's
// `*-arxiv` twins), a chapter numbered in a "Preprint Series". A server's name may run into the
// identifier ("arxiv2102.03380").
const PREPRINT_VENUE = /(?:^|[^a-z])(?:arxiv|biorxiv|medrxiv|chemrxiv|techrxiv|ssrn)|\b(?:preprints?|research square|working papers?|technical reports?)\b/i;
// dblp files arXiv preprints as articles in the journal "CoRR" (the Computing Research Repository).
const DBLP_CORR = /^CoRR$/;

/** Whether a record is the published version of a work: a published type, not placed in a preprint server or series. */
export function isPublished(item: CslItem): boolean {
  if (!PUBLISHED_TYPES.has(item.type)) return false;
  const venues = [item['container-title'], item.publisher, item.genre, item['collection-title']];
  if (typeof item['container-title'] === 'string' && DBLP_CORR.test(item['container-title'].trim())) return false;
  return !venues.some((venue) => typeof venue === 'string' && PREPRINT_VENUE.test(venue)) && !/^10\.48550\//.test(doiOf(item) ?? '');
}
