import type { Diagnostic } from '../model/errors.js';
import type { CslItem, SourceRecord } from '../model/record.js';
import { differ, doiOf, isPublished, similarTitles, titleKey } from './same-work.js';

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
