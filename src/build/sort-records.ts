import type { SourceRecord } from '../input/record.js';

function yearOf(record: SourceRecord): number | undefined {
  const first = record.item.issued?.['date-parts']?.[0]?.[0];
  const year = typeof first === 'string' ? Number.parseInt(first, 10) : first;
  return typeof year === 'number' && Number.isFinite(year) ? year : undefined;
}

function datePartsOf(record: SourceRecord): number[] {
  const parts = record.item.issued?.['date-parts']?.[0] ?? [];
  return parts.map((p) => (typeof p === 'string' ? Number.parseInt(p, 10) : p)).map((n) => (Number.isFinite(n) ? n : 0));
}

/**
 * Newest first, as CVs list publications. Undated entries keep their input order after the
 * dated ones: with nothing to sort by, the order the user wrote is the best guess.
 */
export function sortRecords(records: readonly SourceRecord[]): SourceRecord[] {
  const indexed = records.map((record, index) => ({ record, index, year: yearOf(record), parts: datePartsOf(record) }));
  indexed.sort((a, b) => {
    if (a.year === undefined || b.year === undefined) {
      if (a.year !== b.year) return a.year === undefined ? 1 : -1;
      return a.index - b.index;
    }
    for (let i = 0; i < 3; i += 1) {
      const d = (b.parts[i] ?? 0) - (a.parts[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.index - b.index;
  });
  return indexed.map((x) => x.record);
}
