import { createHash } from 'node:crypto';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { styleProblem } from './check-style.js';
import { childNamed, parseCslXml, textOf, type CslNode } from './csl-tree.js';
import { dependentStyle, dependentStyles } from './dependent-styles.js';
import { matchRank } from '../text/did-you-mean.js';
import { foldAccents } from '../text/fold-accents.js';
import { hasRepositoryStyle, repositoryLocale, repositoryLocales, repositoryStyle, repositoryStyles } from './style-repository.js';

/** A CSL style ready to format with. */
export interface CslStyle {
  /** The short name or file path the user gave. */
  readonly name: string;
  /** The style as citeproc reads it; for a dependent style, its parent in the dependent's locale. */
  readonly root: CslNode;
}

/** One line of `pubcv styles`. */
export interface StyleListing {
  readonly name: string;
  readonly title: string;
  /** For a dependent style, the independent style it formats with. */
  readonly parent?: string;
}

const cslConfig = plugins.config.get('@csl');

// citation-js bundles apa, vancouver and harvard1; the repository has newer apa and vancouver,
// but harvard1 only lives on here. Read the lists before pubcv registers styles of its own.
const CITATION_JS_STYLES: readonly string[] = cslConfig.styles.list();
const CITATION_JS_LOCALES: readonly string[] = cslConfig.locales.list();

function citationJsStyle(name: string): CslNode | undefined {
  if (!CITATION_JS_STYLES.includes(name) || hasRepositoryStyle(name)) return undefined;
  const xml: unknown = cslConfig.styles.get(name);
  return typeof xml === 'string' ? parseCslXml(xml) : undefined;
}

function inLocale(root: CslNode, locale: string | undefined): CslNode {
  return locale ? { ...root, attrs: { ...root.attrs, 'default-locale': locale } } : root;
}

/** A style by short name: the repository's independent styles, its dependent styles, or harvard1. */
export function bundledStyle(name: string): CslStyle | undefined {
  const independent = repositoryStyle(name) ?? citationJsStyle(name);
  if (independent) return { name, root: independent };
  const dependent = dependentStyle(name);
  const parent = dependent && repositoryStyle(dependent.parent);
  return parent ? { name, root: inLocale(parent, dependent.locale) } : undefined;
}

/** Every style available by short name, sorted by name. */
export function listStyles(): StyleListing[] {
  const listed: StyleListing[] = repositoryStyles().map(([name, title]) => ({ name, title }));
  for (const d of dependentStyles()) if (!CITATION_JS_STYLES.includes(d.name)) listed.push({ name: d.name, title: d.title, parent: d.parent });
  for (const name of CITATION_JS_STYLES) {
    const root = citationJsStyle(name);
    const info = root && childNamed(root, 'info');
    const title = info && childNamed(info, 'title');
    if (root) listed.push({ name, title: title ? textOf(title) : name });
  }
  return listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Short names of every style available without a file. */
export function bundledStyleNames(): string[] {
  return listStyles().map((s) => s.name);
}

/** The short name a dependent style's `independent-parent` link points to. */
function parentOf(root: CslNode): string | undefined {
  const info = childNamed(root, 'info');
  const link = info?.children.find((c): c is CslNode => typeof c !== 'string' && c.name === 'link' && c.attrs.rel === 'independent-parent');
  return link?.attrs.href?.replace(/\/+$/, '').split('/').pop();
}

/**
 * A style from the text of a `.csl` file, named `name`. A dependent style is resolved to its
 * bundled parent. Returns a message instead when the text is not a usable style.
 */
export function styleFromCsl(name: string, xml: string): CslStyle | string {
  const root = parseCslXml(xml);
  if (root?.name !== 'style') return 'not a CSL style (no <style> element, or elements nested more than 64 levels deep)';
  if (childNamed(root, 'bibliography')) return styleProblem(root) ?? { name, root };
  const parentName = parentOf(root);
  if (!parentName) return 'the style has no bibliography and no independent parent';
  const parent = bundledStyle(parentName);
  if (!parent) return `the style depends on "${parentName}", which is not among the bundled styles`;
  return { name, root: inLocale(parent.root, root.attrs['default-locale']) };
}

const registered = new WeakMap<CslNode, string>();

/** How often each registered style's engine was left broken (see `retireEngine`). */
const retired = new Map<string, number>();

/**
 * Registers `style` with citation-js under a name derived from its content and returns that
 * name, so two styles with one display name never share a cached citeproc engine.
 */
export function registerStyle(style: CslStyle): string {
  let base = registered.get(style.root);
  if (base === undefined) {
    base = `pubcv-${createHash('sha256').update(JSON.stringify(style.root)).digest('hex').slice(0, 16)}`;
    registered.set(style.root, base);
  }
  const generation = retired.get(base) ?? 0;
  const id = generation === 0 ? base : `${base}-${generation}`;
  // citeproc adds nodes to the tree it builds an engine from; give it a copy.
  if (!cslConfig.styles.has(id)) cslConfig.styles.add(id, structuredClone(style.root));
  return id;
}

/**
 * Stops using the cached citeproc engine of `style`: a citeproc-js engine that threw mid-entry
 * keeps half-built state and fails every entry after. The style is registered afresh under a
 * new name, so citation-js builds a new engine for it.
 */
export function retireEngine(style: CslStyle): void {
  const base = registered.get(style.root);
  if (base !== undefined) retired.set(base, (retired.get(base) ?? 0) + 1);
}

/** The locale the style formats in when none is asked for. */
export function styleLocale(style: CslStyle): string {
  return style.root.attrs['default-locale'] ?? 'en-US';
}

/** A test of whether a style's name and title, or a locale code, hold every word of `query`, case and accents ignored. */
export function holdsEveryWord(query: string): (text: string) => boolean {
  const fold = (text: string): string => foldAccents(text).toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  return (text) => words.every((w) => fold(text).includes(w));
}

/**
 * The bundled styles whose name or title holds every word of `query` (case and accents ignored),
 * the names that are or begin with the query first ("ams" -> ams-review before ain-shams-...), then the rest by name.
 */
export function findStyles(query = ''): StyleListing[] {
  const matches = holdsEveryWord(query);
  return listStyles()
    .filter((s) => matches(`${s.name} ${s.title}`))
    .map((s) => ({ s, rank: matchRank(query, s.name) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ s }) => s);
}

/** The bundled locale codes holding every word of `query`, sorted. */
export function findLocales(query = ''): string[] {
  return bundledLocales().filter(holdsEveryWord(query));
}

/** Locale codes available offline, sorted. */
export function bundledLocales(): string[] {
  return [...new Set([...repositoryLocales(), ...CITATION_JS_LOCALES])].sort();
}

// The CSL locales' primary dialects, where a language's code is not simply xx-XX.
const PRIMARY_DIALECTS: Readonly<Record<string, string>> = {
  af: 'af-ZA',
  ca: 'ca-AD',
  cs: 'cs-CZ',
  cy: 'cy-GB',
  da: 'da-DK',
  el: 'el-GR',
  en: 'en-US',
  et: 'et-EE',
  fa: 'fa-IR',
  he: 'he-IL',
  hi: 'hi-IN',
  ja: 'ja-JP',
  km: 'km-KH',
  ko: 'ko-KR',
  nb: 'nb-NO',
  nn: 'nn-NO',
  pa: 'pa-PK',
  sl: 'sl-SI',
  sv: 'sv-SE',
  uk: 'uk-UA',
  vi: 'vi-VN',
  zh: 'zh-CN',
};

/** The bundled locale a user's code means (`de` -> de-DE, `en_gb` -> en-GB), if there is one. */
export function localeCode(spec: string): string | undefined {
  const all = bundledLocales();
  const wanted = spec.trim().replace('_', '-').toLowerCase();
  const exact = all.find((code) => code.toLowerCase() === wanted);
  if (exact) return exact;
  if (wanted.includes('-')) return undefined;
  const primary = PRIMARY_DIALECTS[wanted] ?? `${wanted}-${wanted.toUpperCase()}`;
  return all.find((code) => code === primary) ?? all.find((code) => code.toLowerCase().startsWith(`${wanted}-`));
}

/** Makes a bundled locale available to citeproc; citation-js's own five stay as they are. */
export function ensureLocale(code: string): void {
  if (cslConfig.locales.has(code)) return;
  const tree = repositoryLocale(code);
  if (tree) cslConfig.locales.add(code, tree);
}

const localeTrees = new Map<string, CslNode | undefined>();

/** A bundled locale as a tree, for reading its terms. */
export function localeTree(code: string): CslNode | undefined {
  if (!localeTrees.has(code)) {
    const xml: unknown = CITATION_JS_LOCALES.includes(code) ? cslConfig.locales.get(code) : undefined;
    localeTrees.set(code, typeof xml === 'string' ? parseCslXml(xml) : repositoryLocale(code));
  }
  return localeTrees.get(code);
}
