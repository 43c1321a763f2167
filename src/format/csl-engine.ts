import { createRequire } from 'node:module';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from '../model/record.js';
import { installCiteprocFastPaths } from './citeproc-fast-paths.js';
import { installCiteprocNameScripts } from './citeproc-name-scripts.js';
import { ensureLocale, registerStyle, retireEngine, styleLocale, type CslStyle } from './csl-style.js';

// The one module that drives citeproc-js engines. citation-js keeps one engine per style and
// locale for the life of the process, so building APA's (the costliest step of a small build)
// happens once however many times entries are formatted.

const cslConfig = plugins.config.get('@csl');
installCiteprocFastPaths();
installCiteprocNameScripts();

/**
 * Printed in place of the citation number while an entry is formatted alone: a private-use
 * character no style or record prints, swapped for the entry's number afterwards. Entries
 * formatted without their number can be cached and reused when papers are added above them.
 */
export const NUMBER_SLUG = '\uE000';

/** The citeproc-js version, part of every cache key: a new citeproc may format differently. */
export const CITEPROC_VERSION: string = (() => {
  const fromCsl = createRequire(createRequire(import.meta.url).resolve('@citation-js/plugin-csl'));
  return (fromCsl('citeproc/package.json') as { version: string }).version;
})();

interface CiteprocEngine {
  opt: { development_extensions: { wrap_url_and_doi: boolean } };
  updateItems(ids: string[], nosort?: boolean): string[];
  makeBibliography(slug?: string): false | [unknown, string[]];
}

/** The locale entries are formatted in, made available to citeproc. */
function useLocale(style: CslStyle, lang: string | undefined): string {
  const locale = lang ?? styleLocale(style);
  ensureLocale(locale);
  return locale;
}

/** The engine for `style` and `lang`, able to look up every one of `items`. */
function engineFor(items: readonly CslItem[], style: CslStyle, lang: string | undefined): CiteprocEngine {
  const locale = useLocale(style, lang);
  const engine = cslConfig.engine([...items], registerStyle(style), lang === undefined ? undefined : locale, 'html') as CiteprocEngine;
  engine.opt.development_extensions.wrap_url_and_doi = true;
  return engine;
}

/** What citeproc made of one entry: its HTML, or why it could not format it. */
export type EntryHtml = string | { readonly error: string };

/** citeproc-js throws strings and objects as well as Errors: the first line of whatever it threw. */
function citeprocReason(thrown: unknown): string {
  const message = thrown instanceof Error ? thrown.message : typeof thrown === 'string' ? thrown : (JSON.stringify(thrown) ?? String(thrown));
  return (message.split('\n')[0] ?? '').replace(/^citeproc-js error:\s*/i, '').trim() || 'citeproc failed';
}

/**
 * Formats each item as a bibliography of one, in the order given, as citeproc's HTML with
 * `NUMBER_SLUG` for the citation number. Only for styles whose entries do not depend on each
 * other (see `entriesAreIndependent`); each engine call then sees one entry, so the time is
 * linear in the number of entries. An item citeproc throws on gets its reason instead, and the
 * engine is reset, so one entry never takes down the others.
 */
export function renderEntriesAlone(items: readonly CslItem[], style: CslStyle, lang: string | undefined): EntryHtml[] {
  if (items.length === 0) return [];
  let engine = engineFor(items, style, lang);
  return items.map((item): EntryHtml => {
    try {
      engine.updateItems([item.id], true);
      const result = engine.makeBibliography(NUMBER_SLUG);
      return result ? (result[1][0] ?? '') : '';
    } catch (thrown) {
      retireEngine(style);
      engine = engineFor(items, style, lang);
      return { error: citeprocReason(thrown) };
    }
  });
}

/** The entry's HTML with its citation number in place of `NUMBER_SLUG`. */
export function fillCitationNumber(html: string, number: number): string {
  return html.includes(NUMBER_SLUG) ? html.replaceAll(NUMBER_SLUG, String(number)) : html;
}

/**
 * Formats the items together as one bibliography, in the order given (a CV decides its own
 * order), as one HTML per item: for styles whose entries depend on each other. When citeproc
 * throws, the items it throws on alone get their reason and the others are formatted together.
 */
export function renderEntriesTogether(items: readonly CslItem[], style: CslStyle, lang: string | undefined): EntryHtml[] {
  if (items.length === 0) return [];
  try {
    return formatTogether(items, style, lang).map(([, html]) => html);
  } catch {
    retireEngine(style);
    const alone = renderEntriesAlone(items, style, lang);
    const good = items.filter((_, i) => typeof alone[i] === 'string');
    if (good.length === items.length) return alone;
    const together = good.length > 0 ? renderEntriesTogether(good, style, lang) : [];
    let next = 0;
    return alone.map((html) => (typeof html === 'string' ? (together[next++] ?? '') : html));
  }
}

/** citation-js's bibliography of the items as [id, html] pairs; throws what citeproc throws. */
function formatTogether(items: readonly CslItem[], style: CslStyle, lang: string | undefined): Array<[string, string]> {
  const locale = useLocale(style, lang);
  return plugins.output.format('bibliography', [...items], {
    format: 'html',
    template: registerStyle(style),
    lang: lang === undefined ? undefined : locale,
    nosort: true,
    asEntryArray: true,
    hyperlinks: true,
  }) as Array<[string, string]>;
}
