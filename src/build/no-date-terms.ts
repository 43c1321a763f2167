import { bundledLocaleXml } from './csl-style.js';
import type { CslStyle } from './csl-style.js';

const NO_DATE_TERM = /<term\s+name="no date"(?:\s+form="(?:short|long)")?\s*>([^<]+)<\/term>/g;

/** The texts ("n.d.", "no date") a style prints for a missing date, in its own and its locale's terms. */
export function noDateTerms(style: CslStyle, lang: string | undefined): string[] {
  const locale = lang ?? /default-locale="([^"]+)"/.exec(style.xml)?.[1] ?? 'en-US';
  const sources = [style.xml, bundledLocaleXml(locale) ?? bundledLocaleXml('en-US') ?? ''];
  const terms = new Set<string>();
  for (const xml of sources) for (const match of xml.matchAll(NO_DATE_TERM)) if (match[1]?.trim()) terms.add(match[1].trim());
  return [...terms];
}
