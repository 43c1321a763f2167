import type { Diagnostic } from '../model/errors.js';
import type { CslItem, SourceRecord } from '../model/record.js';
import { stripMarkup } from '../text/strip-markup.js';
import { issuedYear } from './derive-id.js';
import { foldAccents } from '../text/fold-accents.js';

/** Records with duplicates folded in, and how many were folded. */
export interface MergedRecords {
  readonly value: SourceRecord[];
  readonly diagnostics: Diagnostic[];
  /** Records folded into another: each has a `duplicate-merged` diagnostic. */
  readonly merged: number;
}

/** Title words, lower case, accents and punctuation gone: `The {DNA} of Müller` -> `the dna of muller`. */
function titleWords(title: unknown): string[] {
  if (typeof title !== 'string') return [];
  const plain = foldAccents(stripMarkup(title), { compatibility: true }).toLowerCase();
  return plain.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/**
 * The title-and-year key of an item. Titles of one or two words ("Editorial", "Preface") are
 * shared by different works too often to say two entries are one.
 */
function titleKey(item: CslItem): string | undefined {
  const words = titleWords(item.title);
  return words.length < 3 ? undefined : `${words.join(' ')}|${issuedYear(item) ?? ''}`;
}

function doiOf(item: CslItem): string | undefined {
  return typeof item.DOI === 'string' ? item.DOI.toLowerCase() : undefined;
}

function familyNames(item: CslItem): Set<string> {
  const names = [...(item.author ?? []), ...(item.editor ?? [])];
  return new Set(names.flatMap((name) => titleWords(name.family ?? name.literal)));
}

/** Whether two titles share at least half their words: a DOI put on two different papers does not make them one. */
function similarTitles(a: CslItem, b: CslItem): boolean {
  const [wordsA, wordsB] = [new Set(titleWords(a.title)), new Set(titleWords(b.title))];
  if (wordsA.size === 0 || wordsB.size === 0) return true;
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  return shared * 2 >= Math.max(wordsA.size, wordsB.size);
}

/**
 * Whether two items with the same title and year are still different works: volumes or editions
 * of one title (a multi-volume set), or author lists without a family name in common.
 */
function differ(a: CslItem, b: CslItem): boolean {
  for (const field of ['volume', 'edition', 'number']) {
    if (a[field] !== undefined && b[field] !== undefined && String(a[field]) !== String(b[field])) return true;
  }
  const [namesA, namesB] = [familyNames(a), familyNames(b)];
  return namesA.size > 0 && namesB.size > 0 && ![...namesA].some((name) => namesB.has(name));
}

// The published version of a work wins over its preprint or report when both are listed.
const PUBLISHED_TYPES = new Set(['article-journal', 'paper-conference', 'chapter', 'book', 'thesis', 'patent']);
// A record of a published type can still be the preprint: an "article" in arXiv (IRIDIA's
// `*-arxiv` twins), a chapter numbered in a "Preprint Series". A server's name may run into the
// identifier ("arxiv2102.03380").
const PREPRINT_VENUE = /(?:^|[^a-z])(?:arxiv|biorxiv|medrxiv|chemrxiv|techrxiv|ssrn)|\b(?:preprints?|research square|working papers?|technical reports?)\b/i;

/** Whether a record is the published version of a work: a published type, not placed in a preprint server or series. */
function isPublished(item: CslItem): boolean {
  if (!PUBLISHED_TYPES.has(item.type)) return false;
  const venues = [item['container-title'], item.publisher, item.genre, item['collection-title']];
  return !venues.some((venue) => typeof venue === 'string' && PREPRINT_VENUE.test(venue)) && !/^10\.48550\//.test(doiOf(item) ?? '');
}

/** How complete a record is: its filled fields, with authors, a date and a DOI counting extra. */
function completeness(item: CslItem): number {
  return Object.keys(item).length + (item.author?.length ? 2 : 0) + (item.issued ? 2 : 0) + (item.DOI ? 2 : 0);
}

/** Whether `a` is the better record to keep: the published version first, then the fuller one. */
function better(a: CslItem, b: CslItem): boolean {
  const [publishedA, publishedB] = [isPublished(a), isPublished(b)];
  return publishedA === publishedB ? completeness(a) > completeness(b) : publishedA;
}

/**
 * Whether two records are the same version of a work (both the journal article, say), whose
 * fields may complete each other. A report's number, series or note copied into the article would
 * describe another document ("Article 1", "(Preprint Series No. 152)").
 */
function sameVersion(a: CslItem, b: CslItem): boolean {
  return a.type === b.type && isPublished(a) === isPublished(b);
}

function describe(record: SourceRecord): string {
  const { file, line, key } = record.source;
  const where = line === undefined ? file : `${file}:${line}`;
  return key === undefined ? where : `'${key}' (${where})`;
}

/** The base item with every field it lacks taken from the others, in order; `custom` is merged key by key. */
function fold(base: CslItem, others: readonly CslItem[]): CslItem {
  const item: CslItem = { ...base };
  for (const other of others) {
    for (const [field, value] of Object.entries(other)) {
      if (field === 'custom' && item.custom !== undefined && other.custom !== undefined) item.custom = { ...other.custom, ...item.custom };
      else if (item[field] === undefined) item[field] = value;
    }
  }
  return item;
}

/** Why `base` was kept over `other`, and whether `other` filled any of its gaps. */
function keptBecause(base: CslItem, other: CslItem): string {
  const why = isPublished(base) && !isPublished(other) ? `the published version (${base.type})` : 'the fuller record';
  const filled = sameVersion(base, other) ? 'with the fields it lacked taken from this one' : `none of this ${other.type}'s fields taken`;
  return `${why}, ${filled}`;
}

/** Groups records that are one work: union-find that never joins two different DOIs. */
function groupDuplicates(records: readonly SourceRecord[]): number[] {
  const parent = records.map((_, index) => index);
  const dois = records.map((record) => new Set([doiOf(record.item)].filter((doi): doi is string => doi !== undefined)));
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] ?? index;
    return index;
  };
  const join = (a: number, b: number): void => {
    const [rootA, rootB] = [find(a), find(b)].sort((x, y) => x - y) as [number, number];
    const union = new Set([...(dois[rootA] ?? []), ...(dois[rootB] ?? [])]);
    if (rootA === rootB || union.size > 1) return;
    parent[rootB] = rootA;
    dois[rootA] = union;
  };
  const firstWith = new Map<string, number>();
  records.forEach((record, index) => {
    const doi = doiOf(record.item);
    const title = titleKey(record.item);
    const sameDoi = doi === undefined ? undefined : firstWith.get(doi);
    if (sameDoi !== undefined && similarTitles(records[sameDoi]?.item ?? record.item, record.item)) join(sameDoi, index);
    else if (doi !== undefined && sameDoi === undefined) firstWith.set(doi, index);
    if (title === undefined) return;
    const sameTitle = firstWith.get(title);
    if (sameTitle === undefined) firstWith.set(title, index);
    else if (!differ(records[sameTitle]?.item ?? record.item, record.item)) join(sameTitle, index);
  });
  return records.map((_, index) => find(index));
}

/**
 * Folds duplicates — the same DOI (and a similar title), or the same title (three words or more)
 * and year unless their DOIs, volumes, editions or authors say otherwise — into one of them: the
 * published version if there is one (see isPublished), else the most complete. It takes the place
 * of the first and gains the fields it lacks only from records of the same version (see
 * sameVersion). Each folded record gets a `duplicate-merged` warning naming both and the one kept.
 */
export function mergeDuplicates(records: readonly SourceRecord[]): MergedRecords {
  const roots = groupDuplicates(records);
  const groups = new Map<number, number[]>();
  roots.forEach((root, index) => groups.set(root, [...(groups.get(root) ?? []), index]));
  const diagnostics: Diagnostic[] = [];
  const value: SourceRecord[] = [];
  let merged = 0;
  for (const [root, members] of groups) {
    const first = records[root];
    if (first === undefined) continue;
    if (members.length === 1) {
      value.push(first);
      continue;
    }
    const group = members.map((index) => records[index]).filter((record): record is SourceRecord => record !== undefined);
    const base = group.reduce((best, record) => (better(record.item, best.item) ? record : best));
    const others = group.filter((record) => record !== base);
    const sameVersions = others.filter((record) => sameVersion(record.item, base.item));
    value.push({
      source: base.source,
      item: fold(
        base.item,
        sameVersions.map((record) => record.item),
      ),
    });
    for (const other of others) {
      merged += 1;
      const same = doiOf(other.item) !== undefined && doiOf(other.item) === doiOf(base.item) ? `the same DOI ${other.item.DOI}` : 'the same title and year';
      diagnostics.push({
        severity: 'warning',
        code: 'duplicate-merged',
        file: other.source.file,
        line: other.source.line,
        column: other.source.column,
        ...(other.source.key === undefined ? {} : { entry: other.source.key }),
        message: `${describe(other)} duplicates ${describe(base)} (${same}); kept ${describe(base)}: ${keptBecause(base.item, other.item)}`,
      });
    }
  }
  return { value, diagnostics, merged };
}
