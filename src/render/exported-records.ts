import type { Document } from '../model/index.js';
import type { CslItem } from '../model/record.js';

/**
 * The records behind the document's entries, in document order, each once (an entry listed in
 * two sections is one record). Entries built without their record (a document made by hand)
 * have nothing to export.
 */
export function exportedRecords(doc: Document): CslItem[] {
  const seen = new Set<string>();
  const records: CslItem[] = [];
  for (const entry of doc.sections.flatMap((s) => s.entries)) {
    if (!entry.csl || seen.has(entry.csl.id)) continue;
    seen.add(entry.csl.id);
    records.push(entry.csl);
  }
  return records;
}
