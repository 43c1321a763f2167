import type { Diagnostic, Result } from '../model/errors.js';
import type { CslItem } from '../model/record.js';
import type { Run } from '../model/index.js';
import { joinOwnerParts } from './join-owner-parts.js';
import { tidyRuns } from '../model/tidy-runs.js';
import { fillCitationNumber, renderEntriesAlone, renderEntriesTogether, type EntryHtml } from './csl-engine.js';
import { cslHtmlToRuns } from './csl-html-to-runs.js';
import { dropDoubledDelimiters } from './doubled-delimiters.js';
import type { CslStyle } from './csl-style.js';
import { cvModeStyle, entriesAreIndependent } from './cv-mode-style.js';
import { MAX_KEPT_ENTRIES, StringMemo } from '../text/string-memo.js';

/** One entry formatted by the CSL style. */
export interface FormattedEntry {
  readonly id: string;
  readonly label?: string;
  readonly runs: Run[];
}

export interface FormatOptions {
  /** CSL locale, e.g. en-US; citeproc falls back to the style's default. */
  readonly lang?: string;
  /** Keep the style's year suffixes ("2025a"); see `CvModeOptions`. */
  readonly yearSuffix?: boolean;
  /** Each item's citation number when the items are part of a longer list; default 1, 2, 3... */
  readonly numbers?: readonly number[];
}

/** citeproc's HTML for each item (same order) in the CV-mode style: the plain, single-threaded way. */
function formatHtml(items: readonly CslItem[], style: CslStyle, options: FormatOptions = {}): EntryHtml[] {
  const cvStyle = cvModeStyle(style, options);
  const htmls = entriesAreIndependent(cvStyle) ? renderEntriesAlone(items, cvStyle, options.lang) : renderEntriesTogether(items, cvStyle, options.lang);
  return htmls.map((html, i) => (typeof html === 'string' ? fillCitationNumber(html, options.numbers?.[i] ?? i + 1) : html));
}

/**
 * Entries read from citeproc's HTML, by id and HTML, kept from one build to the next in a process
 * that stays (`--watch`, a library's second `build()`): a rebuild gets the same HTML back from
 * the entry cache for every entry but the edited one. Entries are never changed in place (later
 * stages copy what they change), so the kept ones themselves are handed on.
 */
const entriesRead = new StringMemo<{ readonly entry: FormattedEntry; readonly diagnostics: readonly Diagnostic[] }>(MAX_KEPT_ENTRIES);

/**
 * Model entries from citeproc's HTML, one per item in the same order; an item citeproc failed
 * on is left out with a `format-failed` error naming it.
 */
export function entriesFromHtml(items: readonly CslItem[], htmls: readonly EntryHtml[]): Result<FormattedEntry[]> {
  const diagnostics: Diagnostic[] = [];
  const keep = items.length <= MAX_KEPT_ENTRIES;
  const value = items.flatMap((item, i): FormattedEntry[] => {
    const html = htmls[i] ?? '';
    if (typeof html !== 'string') {
      diagnostics.push({ severity: 'error', code: 'format-failed', entry: item.id, message: `the style could not format this entry (${html.error}); skipped` });
      return [];
    }
    const parsed = keep ? entriesRead.get(`${item.id}\n${html}`, () => entryFromHtml(item.id, html)) : entryFromHtml(item.id, html);
    diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d })));
    return [parsed.entry];
  });
  return { value, diagnostics };
}

/** One entry's runs from its HTML, with what reading it found. */
function entryFromHtml(id: string, html: string): { readonly entry: FormattedEntry; readonly diagnostics: readonly Diagnostic[] } {
  const parsed = cslHtmlToRuns(dropDoubledDelimiters(html), id);
  return { entry: { id, ...(parsed.label ? { label: parsed.label } : {}), runs: tidyRuns(joinOwnerParts(parsed.runs)) }, diagnostics: parsed.diagnostics };
}

/**
 * Formats items with citeproc in the given style, in the order given (a CV decides its own
 * order, so the style's bibliography sort is not applied), as model runs.
 */
export function formatEntries(items: readonly CslItem[], style: CslStyle, options: FormatOptions = {}): Result<FormattedEntry[]> {
  return entriesFromHtml(items, formatHtml(items, style, options));
}
