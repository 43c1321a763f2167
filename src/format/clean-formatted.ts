import type { SourceRecord } from '../model/record.js';
import { dropNoDate } from './drop-no-date.js';
import { dropConnectorBeforeEtAl, listsEndingInEtAl } from '../owner/literal-et-al.js';
import type { CslStyle } from './csl-style.js';
import type { FormattedEntry } from './format-entries.js';
import { localeTerms } from './locale-terms.js';

function hasDate(record: SourceRecord): boolean {
  const issued = record.item.issued;
  return Boolean(issued && ((issued['date-parts']?.[0]?.length ?? 0) > 0 || issued.literal || issued.raw));
}

/**
 * Removes what citeproc prints for data a CV does not have: the "n.d." of an undated entry and
 * the connector before a literal "et al." name, in every name list.
 */
export function cleanFormattedEntries(
  records: readonly SourceRecord[],
  entries: readonly FormattedEntry[],
  style: CslStyle,
  lang: string | undefined,
): FormattedEntry[] {
  const byId = new Map(records.map((r) => [r.item.id, r]));
  const noDate = localeTerms(style, lang, 'no date');
  const and = localeTerms(style, lang, 'and');
  return entries.map((entry) => {
    const record = byId.get(entry.id);
    if (!record) return entry;
    let runs = entry.runs;
    if (!hasDate(record)) runs = dropNoDate(runs, noDate);
    const etAl = listsEndingInEtAl(record.item);
    if (etAl > 0) runs = dropConnectorBeforeEtAl(runs, and, etAl);
    return runs === entry.runs ? entry : { ...entry, runs };
  });
}
