import type { Diagnostic } from '../model/errors.js';
import type { CslItem, SourceRecord } from '../model/record.js';
import { linkOf, plainText, type Messages, type Run } from '../model/index.js';
import { isSafeLink } from './parse-markup.js';
import type { ShownLinkKind } from '../model/settings.js';

/** One labelled link of an entry, as templates see it. */
export interface EntryLink {
  readonly kind: ShownLinkKind;
  readonly label: string;
  readonly href: string;
}

/** Which links to show and how to resolve site-relative files (the settings `links` and `linkBase`), and what they are labelled. */
export interface LinkSettings {
  /** The kinds to show, in the order shown; empty: none. */
  readonly links: readonly ShownLinkKind[];
  /** Base URL that site-relative files (al-folio's `pdf = {paper.pdf}`) are resolved against; undefined: such links are left out. */
  readonly linkBase: string | undefined;
  /** The catalogue the labels come from (`link.<kind>`: "PDF", "Code"). */
  readonly messages: Messages;
}

/** The web address of a DOI; the path is encoded per segment, as doi.org expects. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

const ARXIV_ID = /^(?:arxiv:\s*)?((?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?)$/i;

/** An absolute http(s) address for a link field's value, or undefined when it cannot be made one. */
function resolveHref(kind: ShownLinkKind, value: string, base: string | undefined): string | undefined {
  const text = value.trim();
  const arxiv = kind === 'arxiv' ? ARXIV_ID.exec(text) : null;
  if (arxiv) return `https://arxiv.org/abs/${arxiv[1]}`;
  if (isSafeLink(text)) return text;
  if (text.startsWith('//')) return `https:${text}`;
  if (/^www\./i.test(text)) return `https://${text}`;
  if (base === undefined) return undefined;
  try {
    const href = new URL(text, base).href;
    return isSafeLink(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

/** True when the formatted reference already shows this link, as text or as a link target. */
function alreadyShown(runs: readonly Run[], kind: ShownLinkKind, value: string, href: string): boolean {
  const text = plainText(runs).toLowerCase();
  const bare = value.trim().toLowerCase().replace(/\/+$/, '');
  if ((kind === 'doi' || kind === 'url') && bare !== '' && text.includes(bare)) return true;
  return runs.some((run) => linkOf(run.marks) === href);
}

/** The raw value of a link kind on an item: DOI and URL from CSL, the rest from `custom.links`. */
function linkValue(item: CslItem, kind: ShownLinkKind): string | undefined {
  const custom: Readonly<Record<string, unknown>> = item.custom?.links ?? {};
  const value = kind === 'doi' ? item.DOI : kind === 'url' ? item.URL : custom[kind];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The labelled links of an entry: those the settings ask for, each once, resolved to absolute
 * http(s) addresses (a DOI becomes https://doi.org/..., an arXiv id its abstract page), and not
 * the DOI or URL the CSL style already printed, nor the URL of an entry that has a DOI. A value that cannot be made a web address is
 * left out with a warning.
 */
export function entryLinks(record: SourceRecord, reference: readonly Run[], settings: LinkSettings): { links: EntryLink[]; diagnostics: Diagnostic[] } {
  const links: EntryLink[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const kind of settings.links) {
    const value = linkValue(record.item, kind);
    // A DOI is the work's lasting address; the URL beside it is almost always its landing page.
    if (value === undefined || (kind === 'url' && linkValue(record.item, 'doi') !== undefined)) continue;
    const href = kind === 'doi' ? doiUrl(value.trim()) : resolveHref(kind, value, settings.linkBase);
    if (href === undefined) {
      diagnostics.push({
        severity: 'warning',
        code: 'link-not-web',
        message: `${kind} link "${value}" is not a web address: left out (--link-base URL resolves site-relative files)`,
        file: record.source.file,
        ...(record.source.line !== undefined ? { line: record.source.line } : {}),
        entry: record.item.id,
      });
      continue;
    }
    if (links.some((l) => l.href === href) || alreadyShown(reference, kind, value, href)) continue;
    links.push({ kind, label: settings.messages[`link.${kind}`], href });
  }
  return { links, diagnostics };
}
