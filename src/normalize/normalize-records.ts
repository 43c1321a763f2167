import type { Diagnostic, Result } from '../errors.js';
import type { SourceRecord } from '../input/record.js';
import { assignIds } from './assign-ids.js';
import { cleanItem } from './clean-item.js';
import { reportMissingFields } from './report-missing-fields.js';

/**
 * Cleans every record (whitespace, NFC, empty fields and name parts), gives each a unique stable
 * id and warns about entries without a year or venue. Pure: the input records are not touched.
 */
export function normalizeRecords(records: readonly SourceRecord[]): Result<SourceRecord[]> {
  const cleaned = records.map((record) => ({ source: record.source, item: cleanItem(record.item) }));
  const ids = assignIds(cleaned);
  const diagnostics: Diagnostic[] = [...ids.diagnostics];
  const value = cleaned.map((record, index) => {
    const item = { ...record.item, id: ids.value[index] ?? record.item.id };
    diagnostics.push(...reportMissingFields(item, record.source));
    return { source: record.source, item };
  });
  return { value, diagnostics };
}
