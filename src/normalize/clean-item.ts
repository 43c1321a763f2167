import type { CslItem } from '../input/record.js';
import { cleanText } from './clean-text.js';

/**
 * Cleans one JSON value and returns undefined when nothing is left: strings are trimmed,
 * collapsed and NFC-normalized; empty strings, null, empty arrays and empty objects vanish.
 * Because it recurses, name parts (`given: ""`) and whole empty names go the same way.
 */
function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') {
    const text = cleanText(value);
    return text === '' ? undefined : text;
  }
  if (Array.isArray(value)) {
    const items = value.map(cleanValue).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([key, field]) => [key, cleanValue(field)] as const)
      .filter(([, field]) => field !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value ?? undefined;
}

/** Returns a cleaned copy of an item (see cleanValue); the input is left untouched. */
export function cleanItem(item: CslItem): CslItem {
  const cleaned = (cleanValue(item) ?? {}) as Partial<CslItem>;
  // Readers guarantee a non-blank type; the fallback only keeps the type checker honest.
  return { ...cleaned, id: cleaned.id ?? '', type: cleaned.type ?? 'document' };
}
