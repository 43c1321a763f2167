import { basename } from 'node:path';
import type { Diagnostic, Result } from '../model/errors.js';
import type { CslItem, SourceRecord } from '../model/record.js';
import { reportMissingFields } from '../normalize/report-missing-fields.js';
import type { RecordsResult } from '../model/record.js';
import type { CitationCount } from '../model/citations.js';
import type { LockCitations, LockedFields, LockEntry } from './lock-file.js';
import { lockedCitations, lockedEntry, type LoadedLock } from './lock-entries.js';
import { LOCK_FIELDS } from './lock-constants.js';
import { doiUrl } from '../assemble/entry-links.js';
import { foldText } from './title-text.js';

function hasDate(item: CslItem): boolean {
  const issued = item.issued;
  return issued !== undefined && (issued['date-parts']?.[0]?.[0] !== undefined || issued.literal !== undefined || issued.raw !== undefined);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The locked fields the item lacks. The user's data always wins; the one exception is the type:
 * CSL's generic `article` of an entry without a venue (what a plain list gives every entry) claims
 * nothing, so a found type replaces it.
 */
export function fieldsToFill(item: CslItem, fields: LockedFields): Partial<CslItem> {
  const fill: Record<string, unknown> = {};
  for (const field of LOCK_FIELDS) {
    const value = fields[field];
    if (value === undefined) continue;
    if (field === 'type') {
      if (item.type === 'article' && isEmpty(item['container-title']) && value !== item.type) fill.type = value;
    } else if (field === 'issued') {
      if (!hasDate(item)) fill.issued = value;
    } else if (isEmpty(item[field])) {
      fill[field] = value;
    }
  }
  return fill as Partial<CslItem>;
}

/** Whether an entry's title is still the one it was looked up with (case, accents and markup aside). */
export function sameTitle(item: CslItem, entry: { readonly title: string }): boolean {
  return foldText(item.title ?? '') === foldText(entry.title);
}

function titleChanged(record: SourceRecord, entry: LockEntry, lockPath: string): Diagnostic {
  const name = basename(lockPath);
  return {
    severity: 'warning',
    code: 'lock-title-changed',
    message: `the title is no longer the one ${name} was written for ("${entry.title}"): its fields are not used; run pubcv enrich to look the entry up again`,
    file: record.source.file,
    ...(record.source.line !== undefined ? { line: record.source.line } : {}),
    entry: record.item.id,
  };
}

/** The count a build shows: OpenAlex's (whose work page the entry links to), else Crossref's. */
function shownCitations(citations: LockCitations): CitationCount | undefined {
  const { openalex, crossref } = citations;
  if (openalex)
    return { count: openalex.count, source: 'openalex', retrieved: openalex.retrieved, href: `https://openalex.org/${openalex.work}`, work: openalex.work };
  if (crossref && citations.DOI) {
    const doi = citations.DOI.toLowerCase();
    return { count: crossref.count, source: 'crossref', retrieved: crossref.retrieved, href: doiUrl(citations.DOI), work: `doi:${doi}` };
  }
  return undefined;
}

/** The record with its locked citation count, when the lock holds one for its title. */
function withCitations(record: SourceRecord, loaded: LoadedLock): SourceRecord {
  const locked = lockedCitations(loaded.lock, record.item.id);
  const shown = locked && sameTitle(record.item, locked) ? shownCitations(locked) : undefined;
  return shown ? { ...record, citations: shown } : record;
}

/**
 * Fills normalized records from a lock: each entry with a locked record gets the fields it lacks,
 * unless its title changed since the lookup (a warning then), and its citation count. Pure.
 */
export function applyLock(records: readonly SourceRecord[], loaded: LoadedLock): Result<{ records: SourceRecord[]; filled: string[] }> {
  const diagnostics: Diagnostic[] = [];
  const filled: string[] = [];
  const value = records.map((read) => {
    const record = withCitations(read, loaded);
    const entry = lockedEntry(loaded.lock, record.item.id);
    if (!entry) return record;
    if (!sameTitle(record.item, entry)) {
      diagnostics.push(titleChanged(record, entry, loaded.path));
      return record;
    }
    const fill = fieldsToFill(record.item, entry.fields);
    if (Object.keys(fill).length === 0) return record;
    filled.push(record.item.id);
    return { ...record, item: { ...record.item, ...fill } };
  });
  return { value: { records: value, filled }, diagnostics };
}

const MISSING_CODES = new Set(['missing-date', 'missing-venue']);

/**
 * Records read and normalized, filled from the lock: the "no year / no venue" warnings of the
 * entries filled are said again for what is still missing, and one note counts the entries filled.
 */
export function applyLockToRecords(result: RecordsResult, loaded: LoadedLock): RecordsResult {
  const applied = applyLock(result.records, loaded);
  const { records, filled } = applied.value;
  const changed = new Set(filled);
  const kept = result.diagnostics.filter((d) => !(MISSING_CODES.has(d.code) && d.entry !== undefined && changed.has(d.entry)));
  const missing = records.filter((r) => changed.has(r.item.id)).flatMap((r) => reportMissingFields(r.item, r.source));
  const count = `${filled.length} ${filled.length === 1 ? 'entry' : 'entries'}`;
  const note: Diagnostic = { severity: 'info', code: 'lock-applied', message: `${count} filled from ${basename(loaded.path)}`, file: loaded.path };
  return { ...result, records, diagnostics: [...kept, ...missing, ...applied.diagnostics, note] };
}
