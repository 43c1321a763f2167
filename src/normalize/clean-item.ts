import type { CslItem } from '../model/record.js';
import { cleanText } from './clean-text.js';
import { repairText } from './repair-text.js';

// Most values are short ASCII with single spaces: those are clean already, and skipping them is
// most of the time normalizing a large bibliography takes. A space just inside markup at either
// end of the value is one to trim too.
const NEEDS_CLEANING = /[^ !-%'-~]|^ | $| {2}|^<[^<>]*> | <\/[a-z]+>$/;

/**
 * Cleans one JSON value and returns undefined when nothing is left: strings are repaired (HTML
 * entities, mojibake), trimmed, collapsed and NFC-normalized; empty strings, null, empty arrays
 * and empty objects vanish. Because it recurses, name parts (`given: ""`) and whole empty names go
 * the same way. Arrays and objects that need no change are returned as they are, not copied.
 */
function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') {
    if (!NEEDS_CLEANING.test(value)) return value === '' ? undefined : value;
    const text = cleanText(repairText(value));
    return text === '' ? undefined : text;
  }
  if (Array.isArray(value)) {
    let changed = false;
    const items: unknown[] = [];
    for (const item of value) {
      const cleaned = cleanValue(item);
      changed ||= cleaned !== item;
      if (cleaned !== undefined) items.push(cleaned);
    }
    if (items.length === 0) return undefined;
    return changed ? items : value;
  }
  if (typeof value === 'object' && value !== null) {
    let changed = false;
    const entries: Array<[string, unknown]> = [];
    for (const [key, field] of Object.entries(value)) {
      const cleaned = cleanValue(field);
      changed ||= cleaned !== field;
      if (cleaned !== undefined) entries.push([key, cleaned]);
    }
    if (entries.length === 0) return undefined;
    return changed ? Object.fromEntries(entries) : value;
  }
  return value ?? undefined;
}

/**
 * A note cleaned line by line: Zotero's "Extra" holds one `key: value` per line (`ISSN: …`,
 * `original-date: …`), which citeproc-js reads as fields and takes out of the note only while
 * each stays on its own line.
 */
function cleanNote(note: string): string | undefined {
  const lines = note
    .split(/\r\n?|\n/)
    .map((line) => cleanText(repairText(line)))
    .filter((line) => line !== '');
  return lines.length === 0 ? undefined : lines.join('\n');
}

/** Returns a cleaned copy of an item (see cleanValue); the input is left untouched. */
export function cleanItem(item: CslItem): CslItem {
  const { note, ...fields } = item;
  const cleaned = (cleanValue(fields) ?? {}) as Partial<CslItem>;
  const cleanedNote = typeof note === 'string' ? cleanNote(note) : undefined;
  if (cleanedNote !== undefined) cleaned.note = cleanedNote;
  // Readers guarantee a non-blank type; the fallback only keeps the type checker honest.
  return { ...cleaned, id: cleaned.id ?? '', type: cleaned.type ?? 'document' };
}
