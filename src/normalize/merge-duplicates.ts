import type { Diagnostic } from '../model/errors.js';
import type { CslItem, SourceRecord } from '../model/record.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { LOST_CHARACTER } from './report-lost-characters.js';
import { differ, doiOf, isPublished, similarTitles, titleKey, typoBetween, typoKeys } from './same-work.js';

/** Records with duplicates folded in, and how many were folded. */
interface MergedRecords {
  readonly value: SourceRecord[];
  readonly diagnostics: Diagnostic[];
  /** Records folded into another: each has a `duplicate-merged` diagnostic. */
  readonly merged: number;
}

/** How complete a record is: its filled fields, with authors, a date and a DOI counting extra. */
function completeness(item: CslItem): number {
  return Object.keys(item).length + (item.author?.length ? 2 : 0) + (item.issued ? 2 : 0) + (item.DOI ? 2 : 0);
}

/** Characters lost before the record was read (see report-lost-characters.ts), over all its text. */
function lostCharacters(item: CslItem): number {
  return JSON.stringify(item).split(LOST_CHARACTER).length - 1;
}

/** Whether `a` is the better record to keep: the published version first, then the fuller one, then the one with fewer lost characters. */
function better(a: CslItem, b: CslItem): boolean {
  const [publishedA, publishedB] = [isPublished(a), isPublished(b)];
  if (publishedA !== publishedB) return publishedA;
  const [fullA, fullB] = [completeness(a), completeness(b)];
  return fullA === fullB ? lostCharacters(a) < lostCharacters(b) : fullA > fullB;
}

/**
 * `value` with its lost characters written back from `other`, when `other` is the same text with
 * characters where `value` has U+FFFD ("the EU�s policy" and "the EU’s policy": a duplicate
 * exported in another encoding); else `value`. A run of U+FFFD may stand for one to three
 * characters (a character's bytes, each replaced).
 */
function restoreLost(value: unknown, other: unknown): unknown {
  if (typeof value !== 'string' || typeof other !== 'string' || !value.includes(LOST_CHARACTER) || other.includes(LOST_CHARACTER)) return value;
  const pattern = value
    .split(/\uFFFD+/u)
    .map(escapeRegExp)
    .join('.{1,3}');
  return new RegExp(`^${pattern}$`, 'su').test(other) ? other : value;
}

/** The kept item's text fields with characters a duplicate still has written back (see restoreLost); the fields restored are named. */
function restoreFrom(item: CslItem, others: readonly CslItem[]): { readonly item: CslItem; readonly restored: Map<CslItem, string[]> } {
  const restored = new Map<CslItem, string[]>();
  if (lostCharacters(item) === 0) return { item, restored };
  const next: CslItem = { ...item };
  for (const [field, value] of Object.entries(item)) {
    for (const other of others) {
      const fixed = restoreLost(value, other[field]);
      if (fixed === value) continue;
      next[field] = fixed;
      restored.set(other, [...(restored.get(other) ?? []), field]);
      break;
    }
  }
  return { item: next, restored };
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
    // A title mistyped in one listing of a work (and only there) is still that work's title.
    for (const key of typoKeys(record.item)) {
      const near = firstWith.get(key);
      if (near === undefined) firstWith.set(key, index);
      else {
        const other = records[near]?.item ?? record.item;
        if (typoBetween(other, record.item) && !differ(other, record.item)) join(near, index);
      }
    }
  });
  return records.map((_, index) => find(index));
}

/**
 * Folds duplicates — the same DOI (and a similar title), or the same title (three words or more,
 * or six or more but for one mistyped word) and year unless their DOIs, volumes, editions or
 * authors say otherwise — into one of them: the
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
    // Every duplicate is the same work: its title can give back what the kept one's lost.
    const repaired = restoreFrom(
      base.item,
      others.map((record) => record.item),
    );
    value.push({
      source: base.source,
      item: fold(
        repaired.item,
        sameVersions.map((record) => record.item),
      ),
    });
    for (const other of others) {
      merged += 1;
      const typo = typoBetween(other.item, base.item);
      const same =
        doiOf(other.item) !== undefined && doiOf(other.item) === doiOf(base.item)
          ? `the same DOI ${other.item.DOI}`
          : typo
            ? `the same title and year but for one word, '${typo[0]}' here and '${typo[1]}' there: correct the misspelt one`
            : 'the same title and year';
      const restored = repaired.restored.get(other.item);
      const written = restored ? `; the characters lost from its ${restored.join(', ')} (U+FFFD) written back from this one` : '';
      diagnostics.push({
        severity: 'warning',
        code: 'duplicate-merged',
        file: other.source.file,
        line: other.source.line,
        column: other.source.column,
        ...(other.source.key === undefined ? {} : { entry: other.source.key }),
        message: `${describe(other)} duplicates ${describe(base)} (${same}); kept ${describe(base)}: ${keptBecause(base.item, other.item)}${written}`,
      });
    }
  }
  return { value, diagnostics, merged };
}
