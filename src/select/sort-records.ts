import type { SourceRecord } from '../model/record.js';
import type { SectionRules } from '../model/settings.js';

/** How to order the entries of one section. */
type SortRules = Pick<SectionRules, 'sort' | 'undated'>;

// A fixed locale, so the order does not depend on the machine's.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function datePartsOf(record: SourceRecord): number[] | undefined {
  const parts = record.item.issued?.['date-parts']?.[0] ?? [];
  const numbers = parts.map((p) => (typeof p === 'string' ? Number.parseInt(p, 10) : p)).map((n) => (Number.isFinite(n) ? n : 0));
  return numbers.length > 0 && numbers[0] !== 0 ? numbers : undefined;
}

/**
 * The title as read, without CSL's inline markup: "<i>E. coli</i> in ..." sorts under E. Not
 * stripMarkup: an empty "<>" is no tag and stays in the key, as it always has.
 */
function titleKey(record: SourceRecord): string {
  const title = record.item.title;
  return typeof title === 'string' ? title.replace(/<[^>]+>/g, '') : '';
}

/**
 * Most cited first (the counts the lock gave the records); equal counts, and entries without one
 * after them, newest first.
 */
function byCitations(records: readonly SourceRecord[], rules: SortRules): SourceRecord[] {
  const dated = sortRecords(records, { ...rules, sort: 'newest' });
  const rank = new Map(dated.map((record, index) => [record, index]));
  const count = (record: SourceRecord) => record.citations?.count ?? -1;
  return [...dated].sort((a, b) => count(b) - count(a) || rank.get(a)! - rank.get(b)!);
}

/**
 * Orders records by date, newest first (or oldest first), then by title, as CVs list publications;
 * `sort: 'input'` keeps the order they were written in. Undated entries keep their input order
 * before or after the dated ones: with nothing to sort by, the order the user wrote is the best guess.
 */
export function sortRecords(records: readonly SourceRecord[], rules: SortRules = { sort: 'newest', undated: 'last' }): SourceRecord[] {
  if (rules.sort === 'input') return [...records];
  if (rules.sort === 'citations') return byCitations(records, rules);
  const sign = rules.sort === 'newest' ? 1 : -1;
  const indexed = records.map((record, index) => ({ record, index, parts: datePartsOf(record), title: titleKey(record) }));
  indexed.sort((a, b) => {
    if (a.parts === undefined || b.parts === undefined) {
      if (a.parts !== b.parts) return (a.parts === undefined ? 1 : -1) * (rules.undated === 'last' ? 1 : -1);
      return a.index - b.index;
    }
    for (let i = 0; i < 3; i += 1) {
      const d = (b.parts[i] ?? 0) - (a.parts[i] ?? 0);
      if (d !== 0) return sign * d;
    }
    return collator.compare(a.title, b.title) || a.index - b.index;
  });
  return indexed.map((x) => x.record);
}
