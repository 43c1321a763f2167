import type { Result } from '../model/errors.js';
import type { CslItem } from '../model/record.js';
import { fillCitationNumber, type EntryHtml } from './csl-engine.js';
import type { CslStyle } from './csl-style.js';
import { cvModeStyle, entriesAreIndependent } from './cv-mode-style.js';
import { EntryCache } from './entry-cache.js';
import { entriesFromHtml, formatEntries, type FormatOptions, type FormattedEntry } from './format-entries.js';
import { renderEntriesInParallel } from './render-parallel.js';

interface CachedFormatOptions extends FormatOptions {
  /** Entries formatted before; new ones are added to it. Default: an empty cache in memory. */
  readonly cache?: EntryCache;
  /** Threads to format with, this one included. Default: one per core. */
  readonly threads?: number;
}

/**
 * `formatEntries`, reusing cached entries and formatting the rest on several threads. The
 * result is the same as `formatEntries` gives. Styles whose entries depend on each other
 * (year suffixes, "———" for repeated authors) are formatted together, the plain way.
 */
export async function formatEntriesCached(items: readonly CslItem[], style: CslStyle, options: CachedFormatOptions = {}): Promise<Result<FormattedEntry[]>> {
  const cvStyle = cvModeStyle(style, options);
  if (!entriesAreIndependent(cvStyle)) return formatEntries(items, style, options);
  const cache = options.cache ?? EntryCache.inMemory();
  const context = EntryCache.contextKey({ style: cvStyle, lang: options.lang });
  const keys = items.map((item) => EntryCache.itemKey(context, item));
  const htmls: Array<EntryHtml | undefined> = keys.map((key) => cache.get(key));
  const missing = htmls.flatMap((html, i) => (html === undefined ? [i] : []));
  const fresh = await renderEntriesInParallel(
    missing.map((i) => items[i] as CslItem),
    cvStyle,
    options.lang,
    options.threads,
  );
  missing.forEach((index, j) => {
    const html = fresh[j] ?? '';
    htmls[index] = html;
    // A failure is not kept: the next build tries the entry again (and reports it again).
    if (typeof html === 'string') cache.set(keys[index] as string, html);
  });
  return entriesFromHtml(
    items,
    htmls.map((html = '', i) => (typeof html === 'string' ? fillCitationNumber(html, options.numbers?.[i] ?? i + 1) : html)),
  );
}
