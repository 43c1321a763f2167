import type { CslDate, CslName } from '../../model/record.js';

// Small readers for untyped API JSON, shared by the adapters: each adapter checks the shape it was
// given field by field instead of trusting a cast, so a changed API yields fewer fields, not a crash.

export type JsonObject = Readonly<Record<string, unknown>>;

/** The value as an object, or undefined. */
export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** A list from a value that may be a list, one item, or absent (dblp and ORCID do all three). */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** What `read` makes of each object in a list (see `asList`); non-objects and undefined results are skipped. */
export function readObjects<T>(value: unknown, read: (object: JsonObject) => T | undefined): T[] {
  const results: T[] = [];
  for (const item of asList(value)) {
    const object = asObject(item);
    const result = object === undefined ? undefined : read(object);
    if (result !== undefined) results.push(result);
  }
  return results;
}

/** A non-empty trimmed string, or undefined; numbers are written out. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** An integer from a number or a numeric string, or undefined. */
export function asInteger(value: unknown): number | undefined {
  const text = asText(value);
  if (text === undefined || !/^-?\d+$/.test(text)) return undefined;
  return Number(text);
}

/** A CSL date from year, month and day parts; undefined without a year. */
export function cslDate(year: unknown, month?: unknown, day?: unknown): CslDate | undefined {
  const y = asInteger(year);
  if (y === undefined) return undefined;
  const m = asInteger(month);
  const d = m === undefined ? undefined : asInteger(day);
  const parts = [y, ...(m === undefined ? [] : [m]), ...(d === undefined ? [] : [d])];
  return { 'date-parts': [parts] };
}

/** A CSL date from an ISO 8601 date or date-time ("2018-02-13", "2003-07-07T13:46:39-04:00"). */
export function cslDateFromIso(iso: unknown): CslDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(asText(iso) ?? '');
  return match === null ? undefined : cslDate(match[1], match[2], match[3]);
}

/** "437-440" from a first and last page; the first page alone when there is no last. */
export function pageRange(first: unknown, last: unknown): string | undefined {
  const from = asText(first);
  const to = asText(last);
  if (from === undefined) return undefined;
  return to === undefined || to === from ? from : `${from}-${to}`;
}

/** A page field with its dash normalised to "first-last" (publishers deposit en dashes too). */
export function normalizePages(page: unknown): string | undefined {
  return asText(page)?.replace(/\s*[\u2010-\u2015-]+\s*/g, '-');
}

// Lower-case particles that belong to the family name ("Ludwig van Beethoven"); APIs that give
// one display string (OpenAlex, dblp, arXiv) leave the split to us.
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'del',
  'della',
  'da',
  'di',
  'du',
  'dos',
  'das',
  'la',
  'le',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
]);
const GROUP_WORDS = /\b(collaboration|consortium|group|team|project|committee|network|initiative)\b/i;

/** A CSL name from one display string: "Given Family", "Family, Given", or a group as a literal. */
export function splitPersonName(display: string): CslName {
  const name = display.replace(/\s+/g, ' ').trim();
  if (GROUP_WORDS.test(name)) return { literal: name };
  const comma = name.indexOf(',');
  if (comma !== -1) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    return given === '' ? { family } : { family, given };
  }
  const words = name.split(' ');
  if (words.length === 1) return { family: name };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1] ?? '')) start -= 1;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' ') };
}
