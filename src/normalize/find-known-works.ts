import type { CslItem, SourceRecord } from '../model/record.js';
import { issuedYear } from './derive-id.js';
import { differ, differentPeople, doiOf, isPublished, similarTitles, titleText } from './same-work.js';

// `pubcv import` skips a fetched work that a record already stands for, by the rules the build's
// duplicate merging uses (same-work.ts), and one more: a preprint is the work of any record of
// the same title and authors, whatever its year, since a preprint often predates its publication.
// A published work is never held by a preprint: it is what the user lacks, and the preprint is
// pointed out instead (a build keeps the published one of twins of one year).

/** How a work was found to be one already held. */
export type KnownBy = 'doi' | 'title-year' | 'preprint';

/** The record a work is already held as, and by what rule. */
interface KnownWork {
  readonly record: SourceRecord;
  readonly by: KnownBy;
}

/** Records looked up by DOI and by title; `add` takes more in as they are kept. */
interface WorkIndex {
  /** The first record that is the same work as the item, if any. */
  find(item: CslItem): KnownWork | undefined;
  /** For a published item, the first record that is a preprint of it. */
  findPreprint(item: CslItem): SourceRecord | undefined;
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
  const sameTitle = (item: CslItem) => {
    const title = titleText(item);
    return title === undefined ? [] : (byTitle.get(title) ?? []);
  };
  return {
    add,
    findPreprint(item) {
      if (!isPublished(item)) return undefined;
      return sameTitle(item).find((record) => !isPublished(record.item) && !differentPeople(record.item, item));
    },
    find(item) {
      const doi = doiOf(item);
      const sameDoi = doi === undefined ? undefined : byDoi.get(doi)?.find((record) => similarTitles(record.item, item));
      if (sameDoi !== undefined) return { record: sameDoi, by: 'doi' };
      const titled = sameTitle(item);
      const year = issuedYear(item);
      const published = isPublished(item);
      const sameYear = titled.find((record) => issuedYear(record.item) === year && !differ(record.item, item) && (!published || isPublished(record.item)));
      if (sameYear !== undefined) return { record: sameYear, by: 'title-year' };
      if (published) return undefined;
      const version = titled.find((record) => !differentPeople(record.item, item));
      return version === undefined ? undefined : { record: version, by: 'preprint' };
    },
  };
}

/** A fetched work and where it is already held. */
interface HeldWork {
  readonly item: CslItem;
  readonly known: KnownWork;
  /** Whether the record holding it is another fetched work (else one of the user's). */
  readonly fetched: boolean;
}

/** What a fetch brings: the new works, those already held, and the user's preprints of new ones. */
interface SeparatedWorks {
  /** The works no record holds, in their order. */
  readonly fresh: CslItem[];
  readonly known: HeldWork[];
  /** New published works whose preprint one of the user's records is. */
  readonly preprintsHeld: Array<{ readonly item: CslItem; readonly preprint: SourceRecord }>;
}

/**
 * Splits fetched works into the new ones (in their order) and those already held: by one of the
 * user's records, or by another fetched work. Published versions are taken in first, so that a
 * preprint fetched with its publication is the one left out, whatever order they came in.
 */
export function separateKnownWorks(items: readonly CslItem[], held: readonly SourceRecord[]): SeparatedWorks {
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
  const fresh = items.filter((item) => !known.has(item));
  const preprintsHeld = fresh.flatMap((item) => {
    const preprint = existing.findPreprint(item);
    return preprint === undefined ? [] : [{ item, preprint }];
  });
  return { fresh, known: items.flatMap((item) => known.get(item) ?? []), preprintsHeld };
}
