import type { Diagnostic } from '../model/errors.js';
import type { CslItem, RecordSource } from '../model/record.js';

/**
 * Fields any of which tells the reader where a work appeared: a journal, book or proceedings
 * (`container-title`, `collection-title`), a conference (`event-title`, CSL 1.0.1's `event`),
 * a publisher or university, or a patent office (`authority`).
 */
const VENUE_FIELDS = ['container-title', 'collection-title', 'event-title', 'event', 'publisher', 'authority'];

/**
 * Types that are complete without a venue: an unpublished manuscript or working paper, a web page
 * or post (its URL is where it is), a letter, software or a data set. Warning about them is noise.
 */
const VENUELESS_TYPES = new Set(['manuscript', 'webpage', 'post', 'post-weblog', 'personal_communication', 'software', 'dataset']);

function hasDate(item: CslItem): boolean {
  const issued = item.issued;
  return issued !== undefined && (issued['date-parts']?.[0]?.[0] !== undefined || issued.literal !== undefined || issued.raw !== undefined);
}

/** Warns when a (cleaned) item has no publication date or no venue: the CV would show a gap. */
export function reportMissingFields(item: CslItem, source: RecordSource): Diagnostic[] {
  const where = { file: source.file, line: source.line, entry: item.id };
  const diagnostics: Diagnostic[] = [];
  if (!hasDate(item)) {
    diagnostics.push({ severity: 'warning', code: 'missing-date', message: 'no year: the entry is listed undated', ...where });
  }
  if (!VENUELESS_TYPES.has(item.type) && !VENUE_FIELDS.some((field) => item[field] !== undefined)) {
    diagnostics.push({
      severity: 'warning',
      code: 'missing-venue',
      message: 'no venue (journal, book, conference or publisher)',
      ...where,
    });
  }
  return diagnostics;
}
