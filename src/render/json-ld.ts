import type { Document, Entry, WorkMetadata } from '../model/index.js';
import { isSafeHref } from './runs-to-html.js';

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** schema.org types by CSL item type; anything else is a plain CreativeWork. */
const SCHEMA_TYPES: Readonly<Record<string, string>> = {
  article: 'ScholarlyArticle',
  'article-journal': 'ScholarlyArticle',
  'article-magazine': 'Article',
  'article-newspaper': 'NewsArticle',
  'paper-conference': 'ScholarlyArticle',
  book: 'Book',
  chapter: 'Chapter',
  thesis: 'Thesis',
  report: 'Report',
  dataset: 'Dataset',
  software: 'SoftwareSourceCode',
  webpage: 'WebPage',
  'post-weblog': 'BlogPosting',
  speech: 'PresentationDigitalDocument',
  patent: 'CreativeWork',
};

/** What the container of a work is called in schema.org: a journal is a Periodical, a chapter's is a Book. */
function containerType(type: string): string {
  if (type === 'article-journal' || type === 'article-magazine' || type === 'article-newspaper') return 'Periodical';
  if (type === 'chapter') return 'Book';
  return 'CreativeWork';
}

/** The schema.org node of one entry; its @id is the fragment of the entry's element on the page. */
function describeEntry(work: WorkMetadata, elementId: string): { [key: string]: JsonValue } {
  const node: { [key: string]: JsonValue } = {
    '@type': SCHEMA_TYPES[work.type] ?? 'CreativeWork',
    '@id': `#${elementId}`,
  };
  if (work.title) node.name = work.title;
  if (work.authors.length > 0) node.author = work.authors.map((name) => ({ '@type': 'Person', name }));
  if (work.issued) node.datePublished = work.issued;
  if (work.container) node.isPartOf = { '@type': containerType(work.type), name: work.container };
  if (work.publisher) node.publisher = { '@type': 'Organization', name: work.publisher };
  if (work.volume) node.volumeNumber = work.volume;
  if (work.issue) node.issueNumber = work.issue;
  if (work.pages) node.pagination = work.pages;
  if (work.doi) {
    node.identifier = { '@type': 'PropertyValue', propertyID: 'DOI', value: work.doi };
    const resolver = `https://doi.org/${work.doi}`;
    if (isSafeHref(resolver)) node.sameAs = resolver;
  }
  if (work.url && isSafeHref(work.url) && !work.url.startsWith('mailto:')) node.url = work.url;
  return node;
}

/**
 * JSON that is safe as the text of a <script> element: every `<`, `>` and `&` is written as a
 * \u escape, so no datum can close the element ("</script>") or open a comment ("<!--"); the line
 * separators U+2028/U+2029 are escaped for older JavaScript parsers.
 */
export function serializeForScript(value: JsonValue): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The document's entries as a schema.org @graph, ready for a <script type="application/ld+json">;
 * `elementId` gives the HTML id of an entry's element. Undefined when no entry carries work metadata.
 */
export function documentJsonLd(doc: Document, elementId: (entry: Entry) => string): string | undefined {
  const nodes = doc.sections.flatMap((section) => section.entries.flatMap((entry) => (entry.work ? [describeEntry(entry.work, elementId(entry))] : [])));
  if (nodes.length === 0) return undefined;
  return serializeForScript({ '@context': 'https://schema.org', '@graph': nodes });
}
