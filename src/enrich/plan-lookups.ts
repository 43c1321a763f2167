import type { CslItem, SourceRecord } from '../model/record.js';
import { issuedYear } from '../normalize/derive-id.js';
import { sameTitle } from './apply-lock.js';
import type { LockFile } from './lock-file.js';
import { lockedEntry, unmatchedEntry } from './lock-entries.js';
import { plainTitle } from './title-text.js';
import type { WorkQuery } from './work-source.js';

/** What an entry may lack that a lookup can find. */
type MissingPart = 'year' | 'venue' | 'DOI' | 'URL' | 'volume' | 'pages' | 'type';

const VENUE_FIELDS = ['container-title', 'collection-title', 'event-title', 'event', 'publisher', 'authority'];

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The parts an entry lacks; CSL's generic `article` without a venue (a plain list's entries) counts as no type. */
export function missingParts(item: CslItem): MissingPart[] {
  const missing: MissingPart[] = [];
  if (issuedYear(item) === undefined) missing.push('year');
  const noVenue = VENUE_FIELDS.every((field) => blank(item[field]));
  if (noVenue) missing.push('venue');
  if (blank(item.DOI)) missing.push('DOI');
  if (blank(item.URL)) missing.push('URL');
  if (blank(item.volume)) missing.push('volume');
  if (blank(item.page)) missing.push('pages');
  if (item.type === 'article' && noVenue) missing.push('type');
  return missing;
}

/** What is sent to the APIs for an entry: its title as plain text, its authors' family names, its year and DOI. */
export function queryFor(item: CslItem): WorkQuery {
  const names = item.author ?? item.editor ?? [];
  const authors = names
    .map((n) => plainTitle(n.family ?? (n.literal && !/^et al\.?$/i.test(n.literal) ? (n.literal.split(/\s+/).pop() ?? '') : '')))
    .filter((family) => family !== '');
  const year = Number(issuedYear(item));
  return {
    title: plainTitle(item.title ?? ''),
    authors,
    ...(Number.isInteger(year) && year > 0 ? { year } : {}),
    ...(blank(item.DOI) ? {} : { doi: String(item.DOI) }),
  };
}

/** An entry to look up, with what it lacks. */
export interface PlannedLookup {
  readonly id: string;
  readonly record: SourceRecord;
  readonly query: WorkQuery;
  readonly missing: MissingPart[];
}

type SkipReason = 'complete' | 'locked' | 'unmatched' | 'untitled';

export interface SkippedEntry {
  readonly id: string;
  readonly title: string;
  readonly reason: SkipReason;
}

/** Which entries a run asks about, and which it leaves (nothing missing, already in the lock). */
export interface LookupPlan {
  readonly lookups: PlannedLookup[];
  readonly skipped: SkippedEntry[];
}

/**
 * Decides what to look up: each entry lacking a part, unless the lock already holds it (matched,
 * or not matched before) for the same title — `refresh` asks again regardless. Pure.
 */
export function planLookups(records: readonly SourceRecord[], lock: LockFile, refresh = false): LookupPlan {
  const lookups: PlannedLookup[] = [];
  const skipped: SkippedEntry[] = [];
  for (const record of records) {
    const { id } = record.item;
    const title = plainTitle(record.item.title ?? '');
    const missing = missingParts(record.item);
    const locked = lockedEntry(lock, id);
    const unmatched = unmatchedEntry(lock, id);
    if (title === '') skipped.push({ id, title, reason: 'untitled' });
    else if (missing.length === 0) skipped.push({ id, title, reason: 'complete' });
    else if (!refresh && locked && sameTitle(record.item, locked)) skipped.push({ id, title, reason: 'locked' });
    else if (!refresh && unmatched && sameTitle(record.item, unmatched)) skipped.push({ id, title, reason: 'unmatched' });
    else lookups.push({ id, record, query: queryFor(record.item), missing });
  }
  return { lookups, skipped };
}
