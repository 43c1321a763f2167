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
 * Model entries from citeproc's HTML, one per item in the same order; an item citeproc failed
 * on is left out with a `format-failed` error naming it.
 */
export function entriesFromHtml(items: readonly CslItem[], htmls: readonly EntryHtml[]): Result<FormattedEntry[]> {
  const diagnostics: Diagnostic[] = [];
  const value = items.flatMap((item, i): FormattedEntry[] => {
    const html = htmls[i] ?? '';
    if (typeof html !== 'string') {
      diagnostics.push({ severity: 'error', code: 'format-failed', entry: item.id, message: `the style could not format this entry (${html.error}); skipped` });
      return [];
    }
    const parsed = cslHtmlToRuns(dropDoubledDelimiters(html), item.id);
    diagnostics.push(...parsed.diagnostics);
    return [{ id: item.id, ...(parsed.label ? { label: parsed.label } : {}), runs: tidyRuns(joinOwnerParts(parsed.runs)) }];
  });
  return { value, diagnostics };
}

/**
 * Formats items with citeproc in the given style, in the order given (a CV decides its own
 * order, so the style's bibliography sort is not applied), as model runs.
 */
export function formatEntries(items: readonly CslItem[], style: CslStyle, options: FormatOptions = {}): Result<FormattedEntry[]> {
  return entriesFromHtml(items, formatHtml(items, style, options));
}
