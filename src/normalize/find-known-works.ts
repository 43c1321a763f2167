import type { CslItem, SourceRecord } from '../model/record.js';
import { issuedYear } from './derive-id.js';
import { differ, differentPeople, doiOf, isPublished, similarTitles, titleText } from './same-work.js';

// `pubcv import` skips a fetched work that a record already stands for, by the rules the build's
// duplicate merging uses (same-work.ts), and one more: a preprint is the work of any record of
// the same title and authors, whatever its year, since a preprint often predates its publication.

/** How a work was found to be one already held. */
export type KnownBy = 'doi' | 'title-year' | 'preprint';

/** The record a work is already held as, and by what rule. */
export interface KnownWork {
  readonly record: SourceRecord;
  readonly by: KnownBy;
}

/** Records looked up by DOI and by title; `add` takes more in as they are kept. */
export interface WorkIndex {
  /** The first record that is the same work as the item, if any. */
  find(item: CslItem): KnownWork | undefined;
  add(record: SourceRecord): void;
}

/** An index over the records (see WorkIndex). */
export function indexWorks(records: readonly SourceRecord[]): WorkIndex {
  const byDoi = new Map<string, SourceRecord[]>();
  const byTitle = new Map<string, SourceRecord[]>();
  const push = (map: Map<string, SourceRecord[]>, key: string | undefined, record: SourceRecord) => {
    if (key !== undefined) map.set(key, [...(map.get(key) ?? []), record]);
  };
  const add = (record: SourceRecord) => {
    push(byDoi, doiOf(record.item), record);
    push(byTitle, titleText(record.item), record);
  };
  for (const record of records) add(record);
  return {
    add,
    find(item) {
      const doi = doiOf(item);
      const sameDoi = doi === undefined ? undefined : byDoi.get(doi)?.find((record) => similarTitles(record.item, item));
      if (sameDoi !== undefined) return { record: sameDoi, by: 'doi' };
      const title = titleText(item);
      const sameTitle = title === undefined ? [] : (byTitle.get(title) ?? []);
      const year = issuedYear(item);
      const sameYear = sameTitle.find((record) => issuedYear(record.item) === year && !differ(record.item, item));
      if (sameYear !== undefined) return { record: sameYear, by: 'title-year' };
      if (isPublished(item)) return undefined;
      const version = sameTitle.find((record) => !differentPeople(record.item, item));
      return version === undefined ? undefined : { record: version, by: 'preprint' };
    },
  };
}

/** A fetched work and where it is already held. */
export interface HeldWork {
  readonly item: CslItem;
  readonly known: KnownWork;
  /** Whether the record holding it is another fetched work (else one of the user's). */
  readonly fetched: boolean;
}

/**
 * Splits fetched works into the new ones (in their order) and those already held: by one of the
 * user's records, or by another fetched work. Published versions are taken in first, so that a
 * preprint fetched with its publication is the one left out, whatever order they came in.
 */
export function separateKnownWorks(items: readonly CslItem[], held: readonly SourceRecord[]): { fresh: CslItem[]; known: HeldWork[] } {
  const existing = indexWorks(held);
  const taken = indexWorks([]);
  const known = new Map<CslItem, HeldWork>();
  const order = [...items.filter(isPublished), ...items.filter((item) => !isPublished(item))];
  for (const item of order) {
    const inFiles = existing.find(item);
    const inFetched = inFiles === undefined ? taken.find(item) : undefined;
    // A preprint of a fetched work the files hold is held by that file's entry.
    const holder = inFetched === undefined ? undefined : known.get(inFetched.record.item);
    if (inFiles !== undefined) known.set(item, { item, known: inFiles, fetched: false });
    else if (holder !== undefined) known.set(item, { item, known: { record: holder.known.record, by: 'preprint' }, fetched: false });
    else if (inFetched !== undefined) known.set(item, { item, known: inFetched, fetched: true });
    // Kept works, and published ones the files hold, stand for the preprints after them.
    if (inFetched === undefined) taken.add({ item, source: { file: '' } });
  }
  return { fresh: items.filter((item) => !known.has(item)), known: items.flatMap((item) => known.get(item) ?? []) };
}
