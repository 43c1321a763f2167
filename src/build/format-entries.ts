import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Diagnostic, Result } from '../errors.js';
import type { CslItem } from '../input/record.js';
import type { Run } from '../model/index.js';
import { joinOwnerParts } from '../transform/join-owner-parts.js';
import { tidyRuns } from '../transform/tidy-runs.js';
import { cslHtmlToRuns } from './csl-html-to-runs.js';
import { registerStyle, type CslStyle } from './csl-style.js';

/** One entry formatted by the CSL style. */
export interface FormattedEntry {
  readonly id: string;
  readonly label?: string;
  readonly runs: Run[];
}

export interface FormatOptions {
  /** CSL locale, e.g. en-US; citeproc falls back to the style's default. */
  readonly lang?: string;
}

/**
 * Formats items with citeproc in the given style, in the order given (a CV decides its own
 * order, so the style's bibliography sort is not applied), as model runs.
 */
export function formatEntries(items: readonly CslItem[], style: CslStyle, options: FormatOptions = {}): Result<FormattedEntry[]> {
  if (items.length === 0) return { value: [], diagnostics: [] };
  const template = registerStyle(style);
  const pairs: Array<[string, string]> = plugins.output.format('bibliography', [...items], {
    format: 'html',
    template,
    lang: options.lang,
    nosort: true,
    asEntryArray: true,
    hyperlinks: true,
  });
  const diagnostics: Diagnostic[] = [];
  const value = pairs.map(([id, html]) => {
    const parsed = cslHtmlToRuns(html, id);
    diagnostics.push(...parsed.diagnostics);
    return { id, ...(parsed.label ? { label: parsed.label } : {}), runs: tidyRuns(joinOwnerParts(parsed.runs)) };
  });
  return { value, diagnostics };
}
