import { fileURLToPath } from 'node:url';
import {
  blockShownIn,
  documentDirection,
  documentMessages,
  fillMessage,
  headingRuns,
  type Messages,
  type BlockKind,
  type Document,
  type Entry,
  type HighlightStyle,
  type Section,
} from '../model/index.js';
import { compileTheme, readThemeCss, themeDirs } from './html-theme.js';
import { documentJsonLd } from './json-ld.js';
import { runsToHtml } from './runs-to-html.js';
import type { Writer, WriterOptions } from './writer.js';

/** The bundled templates root; same depth from src/render/ (tsx) and dist/render/ (tsc). */
export const defaultTemplatesDir: string = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The <body> class that tells the stylesheet how to draw `.owner`. */
const HIGHLIGHT_CLASS = {
  bold: 'highlight-bold',
  italic: 'highlight-italic',
  underline: 'highlight-underline',
  'bold-underline': 'highlight-bold-underline',
} as const satisfies Record<HighlightStyle, string>;

/** An extra paragraph of an entry; an abstract is drawn folded, in <details>. */
interface PageBlockView {
  readonly kind: BlockKind;
  readonly html: string;
  readonly abstract: boolean;
}

interface PageEntryView {
  readonly id: string;
  readonly label: string | undefined;
  readonly badge: string | undefined;
  readonly html: string;
  readonly blocks: readonly PageBlockView[];
}

interface PageSectionView {
  readonly id: string;
  readonly title: string;
  /** The heading as inline HTML, from the section template; empty: no heading. */
  readonly heading: string;
  readonly labelled: boolean;
  /** Gutter width wide enough for the section's longest label. */
  readonly gutter: string;
  readonly entries: readonly PageEntryView[];
}

/** The values page.hbs and its partials see. */
interface PageView {
  readonly lang: string;
  /** True for a document in a right-to-left language (Arabic, Hebrew, Persian, ...): the page is `dir="rtl"`. */
  readonly rtl: boolean;
  readonly title: string;
  readonly owner: string | undefined;
  readonly subtitle: string | undefined;
  /** "Updated 15 January 2026", or undefined when the header has no such line. */
  readonly updated: string | undefined;
  /** The citation summary's two lines (figures, "as of"), or undefined when it is not shown. */
  readonly citationSummary: { readonly figures: string; readonly asOf: string } | undefined;
  readonly style: string;
  readonly date: string;
  readonly highlightClass: string;
  readonly css: string;
  readonly sections: readonly PageSectionView[];
  /** The legend's lines as inline HTML; empty when the document has none. */
  readonly legend: readonly string[];
  /** 'font-serif' or 'font-sans', the layout's typeface, a class on <html>. */
  readonly fontClass: string;
  /** The paper and margin the page prints on: `@page { size: A4; margin: 20mm }`. */
  readonly print: { readonly size: string; readonly margin: string };
  /** schema.org JSON-LD of the entries, escaped for a <script> element; absent unless asked for. */
  readonly jsonLd: string | undefined;
  /** The texts pubcv writes, in the document's language: `{{@root.messages.[entry.abstract]}}`. */
  readonly messages: Messages;
  /** The footer line as the catalogue words it, split around its date (which the page puts in a <time>). */
  readonly generated: { readonly before: string; readonly after: string };
}

/** HTML ids may not hold whitespace; citation keys rarely do, but user ids might. */
function toHtmlId(id: string): string {
  return id.trim().replace(/\s+/g, '-');
}

/** The template view of one entry: runs and extra paragraphs rendered to inline HTML. */
function viewEntry(entry: Entry): PageEntryView {
  const blocks = (entry.blocks ?? []).filter((b) => blockShownIn(b, 'html'));
  return {
    id: toHtmlId(entry.id),
    label: entry.label,
    badge: entry.badge,
    html: runsToHtml(entry.runs),
    blocks: blocks.map((b) => ({ kind: b.kind, html: runsToHtml(b.runs), abstract: b.kind === 'abstract' })),
  };
}

/** The template view of one section, entries rendered to inline HTML. */
function viewSection(section: Section): PageSectionView {
  const longest = Math.max(0, ...section.entries.map((e) => [...(e.label ?? '')].length));
  return {
    id: toHtmlId(section.id),
    title: section.title,
    heading: runsToHtml(headingRuns(section)),
    labelled: longest > 0,
    gutter: `${longest}ch`,
    entries: section.entries.map(viewEntry),
  };
}

/** A message's text before and after its `{date}` placeholder (all of it before, when it has none). */
function aroundDate(text: string): { before: string; after: string } {
  const at = text.indexOf('{date}');
  return at < 0 ? { before: text, after: '' } : { before: text.slice(0, at), after: text.slice(at + '{date}'.length) };
}

/** Renders the document as one standalone HTML5 page with its stylesheet inline. */
export async function renderHtml(doc: Document, options: WriterOptions): Promise<string> {
  const dirs = themeDirs(options);
  const template = await compileTheme<PageView>(dirs);
  const layout = doc.layout;
  return template({
    lang: doc.lang,
    rtl: documentDirection(doc.lang) === 'rtl',
    title: doc.title,
    owner: doc.owner,
    subtitle: doc.subtitle,
    updated: doc.updated,
    citationSummary: doc.citationSummary,
    style: doc.style,
    date: doc.date,
    highlightClass: HIGHLIGHT_CLASS[doc.highlight],
    css: await readThemeCss(dirs),
    sections: doc.sections.map(viewSection),
    legend: (doc.legend ?? []).map(runsToHtml),
    fontClass: `font-${layout.font}`,
    print: { size: layout.pageSize, margin: `${layout.marginMm}mm` },
    jsonLd: options.jsonLd ? documentJsonLd(doc, (entry) => toHtmlId(entry.id)) : undefined,
    messages: documentMessages(doc),
    generated: aroundDate(fillMessage(documentMessages(doc)['document.generated'], { style: doc.style })),
  });
}

/** The HTML writer for the writer registry. */
export const htmlWriter: Writer = {
  render: async (doc, o) => new TextEncoder().encode(await renderHtml(doc, o)),
};
