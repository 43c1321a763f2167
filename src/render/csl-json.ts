import type { CslItem } from '../model/record.js';
import { CSL_ITEM_KEYS, CSL_TYPES, type Document } from '../model/index.js';
import { exportedRecords } from './exported-records.js';
import type { Writer } from './writer.js';

/** A copy with object keys sorted (id and type first), so the file diffs cleanly between builds. */
function sortKeys(value: unknown, top = false): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v));
  if (value === null || typeof value !== 'object') return value;
  const rank = (key: string): number => (top ? ['id', 'type'].indexOf(key) : -1);
  const keys = Object.keys(value).sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    if (ra !== rb) return (ra === -1 ? 2 : ra) - (rb === -1 ? 2 : rb);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const record = value as Record<string, unknown>;
  return Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, sortKeys(record[k])]));
}

/**
 * The record as valid CSL-JSON (the CSL 1.0.2 input schema allows no other keys): what is not a CSL
 * variable (a Zotero export's `license`) moves into `custom`, CSL's place for other data, and a
 * type CSL does not know is written as `document`, the type styles already formatted it as.
 */
function validCslItem(record: CslItem): CslItem {
  const extra = Object.entries(record).filter(([key]) => !CSL_ITEM_KEYS.has(key));
  const knownType = CSL_TYPES.has(record.type);
  if (extra.length === 0 && knownType) return record;
  const custom = typeof record.custom === 'object' && record.custom !== null && !Array.isArray(record.custom) ? record.custom : {};
  const item: Record<string, unknown> = Object.fromEntries(Object.entries(record).filter(([key]) => CSL_ITEM_KEYS.has(key)));
  item.custom = { ...Object.fromEntries(extra), ...(knownType ? {} : { type: record.type }), ...custom };
  if (!knownType) item.type = 'document';
  return item as CslItem;
}

/** Exports the document's normalised records, in document order, as a CSL-JSON array. */
export function renderCslJson(doc: Document): string {
  const records = exportedRecords(doc).map((record: CslItem) => sortKeys(validCslItem(record), true));
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** The CSL-JSON writer; the file is publications.json. */
export const cslJsonWriter: Writer = { render: async (doc) => new TextEncoder().encode(renderCslJson(doc)) };
