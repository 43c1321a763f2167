import type { CslItem, SourceRecord } from '../../src/model/record.js';

/** A record with the fields selection looks at: kind, year, keywords, selected. */
export function rec(id: string, type: string, year: number | undefined, extra: Partial<CslItem> = {}, line = 1): SourceRecord {
  return {
    item: { id, type, title: extra.title ?? id, ...(year !== undefined ? { issued: { 'date-parts': [[year]] } } : {}), ...extra },
    source: { file: 'refs.bib', line },
  };
}

/** The ids of records, in order. */
export const ids = (records: readonly SourceRecord[]): string[] => records.map((r) => r.item.id);
