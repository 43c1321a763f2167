import type { CslDate, CslItem } from '../model/record.js';

/** CSL 1.0.2 date variables. */
export const DATE_FIELDS = ['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted'] as const;

/** An item with ranges citeproc can render, or the date that cannot be read. */
type DateRepair = { readonly item: CslItem } | { readonly field: string; readonly problem: string };

type Part = number | string;

const WHOLE = /^-?\d+$/;

function isWhole(part: unknown): part is Part {
  return (typeof part === 'number' && Number.isInteger(part)) || (typeof part === 'string' && WHOLE.test(part.trim()));
}

/** An end that is absent, empty or all zeros: BibLaTeX's `2015/` and `2015/..`, CSL's `[2015], [0]`. */
function isOpenEnd(end: unknown): boolean {
  return end === undefined || end === null || (Array.isArray(end) && end.every((part) => Number(part) === 0));
}

/**
 * A range citeproc-js accepts: it throws on ends of different precision ("element mismatch in
 * date range input"), so both ends keep only the parts they share (`2020-05/2021` is 2020–2021),
 * and an open end is zeros of the start's precision (`2015/` is 2015–).
 */
function repairParts(parts: readonly unknown[]): { parts?: Part[][]; problem?: string } {
  const [start, end] = parts;
  if (!Array.isArray(start)) return parts.length === 0 ? { parts: [] } : { problem: 'its start is not a list of numbers' };
  const bad = [start, ...(Array.isArray(end) ? [end] : [])].flat().find((part) => !isWhole(part));
  if (bad !== undefined) return { problem: `${JSON.stringify(bad)} is not a year, month or day` };
  if (parts.length < 2) return { parts: [start as Part[]] };
  if (isOpenEnd(end)) return { parts: [start as Part[], start.map(() => 0)] };
  if (!Array.isArray(end)) return { problem: 'its end is not a list of numbers' };
  const shared = Math.min(start.length, end.length);
  return { parts: [start.slice(0, shared) as Part[], end.slice(0, shared) as Part[]] };
}

/**
 * Makes date ranges renderable (open ends, ends of different precision); a date part that is
 * not a whole number is reported, since no style can print it. The item is copied when changed.
 */
export function normalizeDates(item: CslItem): DateRepair {
  let repaired = item;
  for (const field of DATE_FIELDS) {
    const date = item[field] as CslDate | undefined;
    const parts = date?.['date-parts'];
    if (date === undefined || !Array.isArray(parts)) continue;
    const result = repairParts(parts);
    if (result.parts === undefined) return { field, problem: result.problem ?? 'it cannot be read' };
    if (JSON.stringify(result.parts) === JSON.stringify(parts)) continue;
    repaired = { ...repaired, [field]: { ...date, 'date-parts': result.parts } };
  }
  return { item: repaired };
}
