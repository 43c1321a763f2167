import { DomUtils, parseDocument } from 'htmlparser2';
import type { CslItem } from '../../model/record.js';
import type { HttpClient } from '../http-client.js';
import { fetchFailure, hostOf } from '../http-failure.js';
import { normalizeDoi } from '../normalize-doi.js';
import type { Candidate, Fetched, WorkQuery, WorkSource } from '../work-source.js';
import { cslDateFromIso, splitPersonName } from './api-fields.js';
import { reduceTitleMarkup } from './title-markup.js';

// arXiv API (https://info.arxiv.org/help/api/user-manual.html): `/api/query?search_query=...`
// answers an Atom 1.0 feed, one <entry> per e-print with <id> (the abstract page URL, version
// included), <title> (hard-wrapped), <published> (first version), <author><name>, and the
// extension elements <arxiv:doi> and <arxiv:journal_ref> when the authors supplied them. Errors
// come back as a feed whose single entry has the title "Error" and an id under /api/errors.

interface ArxivOptions {
  /** Candidates to ask for. Default 5. */
  readonly maxResults?: number;
}

/** The arXiv adapter: a title phrase search, narrowed by the first author's family name. */
export function arxivSource(http: HttpClient, baseUrl: string, options: ArxivOptions = {}): WorkSource {
  return {
    name: 'arxiv',
    async search(query) {
      const params = new URLSearchParams({ search_query: arxivQuery(query), max_results: String(options.maxResults ?? 5) });
      const url = `${baseUrl}/api/query?${params.toString()}`;
      const fetched = await http.getText('arxiv', url, { Accept: 'application/atom+xml' });
      if (!fetched.ok) return fetched;
      return readArxivFeed(fetched.value, url);
    },
  };
}

/** `ti:"words of the title" AND au:family`, the field-prefixed form the user manual describes. */
export function arxivQuery(query: WorkQuery): string {
  // Quotes and brackets would end the phrase or open a group; only words are kept.
  const words = query.title
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const family = query.authors[0]
    ?.replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .trim()
    .replace(/\s+/g, '_');
  return family ? `ti:"${words}" AND au:${family}` : `ti:"${words}"`;
}

/** The candidates of an arXiv Atom feed; a failure for an error entry or something not a feed. */
export function readArxivFeed(xml: string, url: string): Fetched<Candidate[]> {
  const document = parseDocument(xml, { xmlMode: true });
  const feed = DomUtils.findOne((element) => localName(element) === 'feed', document.children, true);
  if (feed === null) {
    // Throttled clients get a plain-text "Rate exceeded." instead of a feed.
    const text = xml.trim().split('\n')[0]?.slice(0, 80) ?? '';
    return { ok: false, failure: fetchFailure('malformed', 'arxiv', url, `${hostOf(url)} did not answer with an Atom feed ("${text}")`) };
  }
  const entries = children(feed, 'entry');
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    const id = childText(entry, 'id');
    if (id.includes('/api/errors')) {
      const reason = childText(entry, 'summary') || 'error';
      return { ok: false, failure: fetchFailure('http', 'arxiv', url, `${hostOf(url)} rejected the query: ${reason}`) };
    }
    const item = arxivEntryToCsl(entry);
    if (item !== undefined) candidates.push({ source: 'arxiv', url: `https://arxiv.org/abs/${item.id}`, item });
  }
  return { ok: true, value: candidates };
}

/** One Atom entry as CSL-JSON (an arXiv preprint); `id` is the arXiv id without its version. */
function arxivEntryToCsl(entry: Element): CslItem | undefined {
  const title = reduceTitleMarkup(childText(entry, 'title'));
  const match = /arxiv\.org\/abs\/(.+?)(?:v\d+)?$/.exec(childText(entry, 'id'));
  if (!title || match?.[1] === undefined) return undefined;
  const arxivId = match[1];
  // Zotero's convention for preprints in CSL: type article, the server as publisher, the
  // identifier as number.
  const item: CslItem = { id: arxivId, type: 'article', title, publisher: 'arXiv', number: `arXiv:${arxivId}` };
  const author = children(entry, 'author')
    .map((person) => childText(person, 'name'))
    .filter((name) => name !== '')
    .map(splitPersonName);
  if (author.length > 0) item.author = author;
  const issued = cslDateFromIso(childText(entry, 'published'));
  if (issued !== undefined) item.issued = issued;
  // The DOI and journal reference are the published version's, as its authors supplied them.
  const doi = normalizeDoi(childText(entry, 'doi'));
  if (doi !== undefined) item.DOI = doi;
  const journalRef = childText(entry, 'journal_ref');
  if (journalRef !== '') item.note = journalRef;
  item.URL = `https://arxiv.org/abs/${arxivId}`;
  return item;
}

// htmlparser2's element type, named without importing its domhandler dependency directly.
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

// Matching on local names keeps the reader independent of the prefix a feed binds to the arXiv
// namespace (the manual's examples declare it on each element, the live feed on <feed>).
function localName(element: Element): string {
  const colon = element.name.lastIndexOf(':');
  return colon === -1 ? element.name : element.name.slice(colon + 1);
}

function children(parent: Element, name: string): Element[] {
  return DomUtils.getElementsByTagName((tag) => tag === name || tag.endsWith(`:${name}`), parent.children, false);
}

function childText(parent: Element, name: string): string {
  const child = children(parent, name)[0];
  return child === undefined ? '' : DomUtils.textContent(child).replace(/\s+/g, ' ').trim();
}
