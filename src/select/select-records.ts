import type { Diagnostic, Result } from '../model/errors.js';
import type { SourceRecord } from '../model/record.js';
import { entryKind, isSelected, keywordsOf, yearOf } from './entry-kind.js';
import type { RecordFilters } from '../model/settings.js';

/** Why a filter leaves the record out, or undefined when it keeps it. */
function reasonToDrop(record: SourceRecord, filters: RecordFilters): string | undefined {
  const { item } = record;
  if (filters.exclude.includes(item.id) || (record.source.key !== undefined && filters.exclude.includes(record.source.key)))
    return 'its id is listed (filters.exclude)';
  if (filters.selected && !isSelected(item)) return 'not marked selected (filters.selected)';
  const year = yearOf(item);
  if (year !== undefined && filters.since !== undefined && year < filters.since) return `published ${year}, before ${filters.since} (since)`;
  if (year !== undefined && filters.until !== undefined && year > filters.until) return `published ${year}, after ${filters.until} (until)`;
  const kind = entryKind(item);
  if (filters.types.length > 0 && !filters.types.includes(kind)) return `a ${kind} entry, not ${filters.types.join(' or ')} (filters.types)`;
  if (filters.keywords.length > 0) {
    const keywords = keywordsOf(item);
    const wanted = filters.keywords.map((k) => k.toLowerCase());
    if (!wanted.some((k) => keywords.includes(k))) return `no keyword of ${filters.keywords.join(', ')} (filters.keywords)`;
  }
  return undefined;
}

/**
 * The records the filters keep, in the order given. Each one left out is counted as skipped by the
 * build and named in an info diagnostic, so `read = rendered + skipped + merged` still adds up and
 * a short CV says what it left out. Undated entries pass the year filters: they are usually in press.
 */
export function selectRecords(records: readonly SourceRecord[], filters: RecordFilters): Result<SourceRecord[]> {
  const kept: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const record of records) {
    const reason = reasonToDrop(record, filters);
    if (reason === undefined) {
      kept.push(record);
      continue;
    }
    const { file, line, column } = record.source;
    diagnostics.push({
      severity: 'info',
      code: FILTERED_OUT,
      message: `left out: ${reason}`,
      file,
      ...(line !== undefined ? { line } : {}),
      ...(column !== undefined ? { column } : {}),
      entry: record.item.id,
    });
  }
  return { value: kept, diagnostics };
}

/** The code of the note on each entry a filter (or `only-owner`) left out. */
export const FILTERED_OUT = 'filtered-out';

/**
 * How many entries each filter left out, from their notes: each note ends with the filter's name
 * in parentheses ("(since)", "(filters.selected)", "(only-owner)"). In the order first met.
 */
export function filteredCounts(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) {
    if (d.code !== FILTERED_OUT) continue;
    const filter = /\(([^()]+)\)$/.exec(d.message)?.[1] ?? 'filters';
    counts.set(filter, (counts.get(filter) ?? 0) + 1);
  }
  return counts;
}

/** "38 by only-owner, 2 by since". */
export function filteredPhrase(counts: ReadonlyMap<string, number>): string {
  return [...counts].map(([filter, n]) => `${n} by ${filter}`).join(', ');
}
