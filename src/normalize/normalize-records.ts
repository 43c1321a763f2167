import type { Diagnostic } from '../model/errors.js';
import { itemLimitProblem } from '../model/input-limits.js';
import type { SourceRecord } from '../model/record.js';
import { assignIds } from './assign-ids.js';
import { dropCatalogArchive } from './catalog-archive.js';
import { cleanItem } from './clean-item.js';
import { deriveId } from './derive-id.js';
import { fixCapitals } from './fix-capitals.js';
import { mergeDuplicates } from './merge-duplicates.js';
import { readOrcidWorkType } from './orcid-work-type.js';
import { normalizeDates } from './normalize-dates.js';
import { dropNumberLabels } from './number-labels.js';
import { repairLinks } from './repair-links.js';
import { reportLostCharacters } from './report-lost-characters.js';
import { reportMissingFields } from './report-missing-fields.js';
import { withTitleLanguage } from './title-language.js';

/** Normalized records, and how many duplicates were folded into others. */
interface NormalizedRecords {
  readonly value: SourceRecord[];
  readonly diagnostics: Diagnostic[];
  /** Records merged into a duplicate: read = rendered + skipped + merged. */
  readonly merged: number;
}

function where(record: SourceRecord) {
  const { file, line, column, key } = record.source;
  return { file, line, column, ...(key === undefined ? {} : { entry: key }) };
}

/** The entry's key, else its id, else the id normalizing would give it (RIS records have none yet). */
function entryName(record: SourceRecord): string {
  return record.source.key ?? (typeof record.item.id === 'string' && record.item.id !== '' ? record.item.id : deriveId(record.item));
}

/**
 * Cleans one record, repairs DOIs, capitals and date ranges and names the language of a title
 * clearly not in English, saying what it could not or did repair; undefined (with an error) when it
 * is past the input limits or a date cannot be read.
 */
function repairRecord(record: SourceRecord, diagnostics: Diagnostic[]): SourceRecord | undefined {
  // Every reader's records (RIS's too) pass here before anything walks or formats their text.
  const limit = itemLimitProblem(record.item);
  if (limit !== undefined) {
    diagnostics.push({ severity: 'error', code: 'input-too-large', ...where(record), entry: entryName(record), message: `${limit} (pubcv's limit); skipped` });
    return undefined;
  }
  const dates = normalizeDates(readOrcidWorkType(dropCatalogArchive(dropNumberLabels(cleanItem(record.item)))));
  if (!('item' in dates)) {
    diagnostics.push({
      severity: 'error',
      code: 'date-invalid',
      ...where(record),
      entry: entryName(record),
      message: `the date "${dates.field}" cannot be read: ${dates.problem}; skipped`,
    });
    return undefined;
  }
  const links = repairLinks(dates.item);
  if (links.invalidUrl !== undefined) {
    diagnostics.push({
      severity: 'warning',
      code: 'url-invalid',
      ...where(record),
      message: `URL "${links.invalidUrl}" is not a web address (https://...); left out`,
    });
  }
  if (links.invalidDoi !== undefined) {
    diagnostics.push({
      severity: 'warning',
      code: 'doi-invalid',
      ...where(record),
      message: `DOI "${links.invalidDoi}" is not a DOI (10.xxxx/...); kept as written`,
    });
  }
  const capitals = fixCapitals(links.item);
  if (capitals.title) {
    diagnostics.push({
      severity: 'warning',
      code: 'title-all-caps',
      ...where(record),
      message: 'the title is in capitals; it is shown in sentence case, so write proper nouns and acronyms in {Braces} in the source to keep them',
    });
  }
  return { source: record.source, item: withTitleLanguage(capitals.item) };
}

/**
 * Cleans every record (whitespace, NFC, HTML entities and mojibake, empty fields and name parts),
 * repairs DOIs and all-capitals names and titles, folds duplicates into one record, gives each a
 * unique stable id and warns about entries without a year or venue, or with characters lost
 * before they were read. Pure: the input is not touched.
 */
export function normalizeRecords(records: readonly SourceRecord[]): NormalizedRecords {
  const diagnostics: Diagnostic[] = [];
  const repaired = records.flatMap((record) => repairRecord(record, diagnostics) ?? []);
  const unique = mergeDuplicates(repaired);
  diagnostics.push(...unique.diagnostics);
  const ids = assignIds(unique.value);
  diagnostics.push(...ids.diagnostics);
  const value = unique.value.map((record, index) => {
    const item = { ...record.item, id: ids.value[index] ?? record.item.id };
    diagnostics.push(...reportMissingFields(item, record.source), ...reportLostCharacters(item, record.source));
    return { source: record.source, item };
  });
  return { value, diagnostics, merged: unique.merged };
}
