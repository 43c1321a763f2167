import { contributionsFromAnnotation } from './contribution-annotation.js';
import type { Contribution, CustomFields, LinkKind } from '../model/record.js';

// Fields al-folio (and jekyll-scholar sites before it) keep on entries; citation-js drops them.
const LINK_FIELDS: readonly LinkKind[] = ['pdf', 'code', 'slides', 'video', 'poster', 'html', 'arxiv', 'website', 'blog', 'supp', 'data', 'tool'];
const TEXT_FIELDS = ['abbr', 'award', 'preview'] as const;

/** A verbatim value: outer braces and TeX escapes (`\_`, `\%`) undone, blank means absent. */
function verbatim(value: string | undefined): string | undefined {
  const text = value
    ?.replace(/^\s*\{([^]*)\}\s*$/, '$1')
    .replace(/\\([_%&#$~])/g, '$1')
    .replace(/[{}]/g, '')
    .trim();
  return text === '' ? undefined : text;
}

/**
 * The pubcv `custom` object of a BibTeX entry (see CustomFields): al-folio's `selected`, `abbr`,
 * `award`, `preview` and link fields, and the author contributions found in its names.
 */
export function customFields(fields: ReadonlyMap<string, string>, contributions: readonly Contribution[]): CustomFields | undefined {
  const custom: CustomFields = {};
  const selected = verbatim(fields.get('selected'))?.toLowerCase();
  if (selected !== undefined) custom.selected = selected === 'true' || selected === 'yes' || selected === '1';
  for (const field of TEXT_FIELDS) {
    const value = verbatim(fields.get(field));
    if (value !== undefined) custom[field] = value;
  }
  const links: Partial<Record<LinkKind, string>> = {};
  for (const kind of LINK_FIELDS) {
    const value = verbatim(fields.get(kind));
    if (value !== undefined) links[kind] = value;
  }
  if (Object.keys(links).length > 0) custom.links = links;
  const annotated = [...contributions, ...contributionsFromAnnotation(fields.get('author+an'))];
  if (annotated.length > 0) custom.contributions = annotated;
  return Object.keys(custom).length > 0 ? custom : undefined;
}
