import type { CslDate, CslItem, CslName } from '../../model/record.js';
import type { HttpClient } from '../http-client.js';
import { fetchFailure, hostOf } from '../http-failure.js';
import { doiPath, normalizeDoi } from '../normalize-doi.js';
import type { Candidate, Fetched, WorkQuery, WorkSource } from '../work-source.js';
import { asInteger, asList, asObject, asText, normalizePages, readObjects, type JsonObject } from './api-fields.js';
import { reduceTitleMarkup } from './title-markup.js';
import { CSL_TYPES } from '../../model/csl-variables.js';

// Crossref REST API (https://github.com/CrossRef/rest-api-doc/blob/master/api_format.md, and
// https://www.crossref.org/documentation/retrieve-metadata/rest-api/): `/works?query.bibliographic=`
// answers `{status, message-type: "work-list", message: {items: [Work]}}`, `/works/{doi}` answers
// `{message-type: "work", message: Work}`. A Work's title and container-title are ARRAYS of strings,
// authors are `{given, family}` or `{name}` for organisations, and dates are `{date-parts: [[y, m, d]]}`.

interface CrossrefOptions {
  /** Contact address sent as `mailto=`, which puts requests in Crossref's polite pool. */
  readonly mailto?: string;
  /** Candidates to ask for. Default 5. */
  readonly rows?: number;
}

/** The Crossref adapter: a DOI lookup when the query has a DOI, else a bibliographic search. */
export function crossrefSource(http: HttpClient, baseUrl: string, options: CrossrefOptions = {}): WorkSource {
  const polite = (params: URLSearchParams) => {
    if (options.mailto) params.set('mailto', options.mailto);
    return params.size === 0 ? '' : `?${params.toString()}`;
  };

  async function byDoi(doi: string): Promise<Fetched<Candidate[]> | undefined> {
    const url = `${baseUrl}/works/${doiPath(doi)}${polite(new URLSearchParams())}`;
    const fetched = await http.getJson('crossref', url);
    // An unknown DOI (404) may be registered elsewhere (DataCite, say): fall back to searching.
    if (!fetched.ok) return fetched.failure.status === 404 ? undefined : fetched;
    const envelope = asObject(fetched.value);
    const work = asObject(envelope?.message);
    if (envelope?.['message-type'] !== 'work' || work === undefined) return malformed(url);
    const candidate = crossrefCandidate(work, baseUrl);
    return { ok: true, value: candidate === undefined ? [] : [candidate] };
  }

  async function bySearch(query: WorkQuery): Promise<Fetched<Candidate[]>> {
    const params = new URLSearchParams({ 'query.bibliographic': query.title });
    if (query.authors.length > 0) params.set('query.author', query.authors.join(' '));
    params.set('rows', String(options.rows ?? 5));
    const url = `${baseUrl}/works${polite(params)}`;
    const fetched = await http.getJson('crossref', url);
    if (!fetched.ok) return fetched;
    const envelope = asObject(fetched.value);
    const message = asObject(envelope?.message);
    if (envelope?.['message-type'] !== 'work-list' || message === undefined) return malformed(url);
    return { ok: true, value: readObjects(message.items, (work) => crossrefCandidate(work, baseUrl)) };
  }

  return {
    name: 'crossref',
    async search(query) {
      const doi = query.doi === undefined ? undefined : normalizeDoi(query.doi);
      return (doi === undefined ? undefined : await byDoi(doi)) ?? bySearch(query);
    },
  };
}

function malformed(url: string): Fetched<Candidate[]> {
  return { ok: false, failure: fetchFailure('malformed', 'crossref', url, `${hostOf(url)} answered with something that is not a Crossref works message`) };
}

function crossrefCandidate(work: JsonObject, baseUrl: string): Candidate | undefined {
  const item = crossrefWorkToCsl(work);
  if (item === undefined) return undefined;
  const url = item.DOI === undefined ? `${baseUrl}/works` : `${baseUrl}/works/${doiPath(item.DOI)}`;
  return { source: 'crossref', url, item };
}

/** A Crossref Work as CSL-JSON; undefined when it has no title. `id` is the DOI. */
function crossrefWorkToCsl(work: JsonObject): CslItem | undefined {
  const title = firstOf(work.title);
  if (title === undefined) return undefined;
  const subtitle = firstOf(work.subtitle);
  const doi = normalizeDoi(asText(work.DOI) ?? '');
  const item: CslItem = {
    id: doi ?? title,
    type: cslTypeOfCrossref(asText(work.type)),
    title: subtitle === undefined ? title : `${title}${/[:?!.]$/.test(title) ? '' : ':'} ${subtitle}`,
  };
  const author = crossrefNames(work.author);
  if (author.length > 0) item.author = author;
  const editor = crossrefNames(work.editor);
  if (editor.length > 0) item.editor = editor;
  // `issued` is the earlier of print and online publication; it is sometimes `[[null]]`, so the
  // print and online dates are the fallbacks.
  const issued = [work.issued, work['published-print'], work['published-online'], work.published].map(crossrefDate).find(Boolean);
  if (issued !== undefined) item.issued = issued;
  setText(item, 'container-title', firstOf(work['container-title']));
  setText(item, 'container-title-short', firstOf(work['short-container-title']));
  setText(item, 'publisher', asText(work.publisher));
  setText(item, 'volume', asText(work.volume));
  setText(item, 'issue', asText(work.issue));
  setText(item, 'page', normalizePages(work.page));
  setText(item, 'number', asText(work['article-number']));
  if (doi !== undefined) item.DOI = doi;
  setText(item, 'URL', asText(work.URL));
  return item;
}

function setText(item: CslItem, field: string, value: string | undefined): void {
  if (value !== undefined) item[field] = value;
}

/** The first string of one of Crossref's string arrays, markup reduced. */
function firstOf(value: unknown): string | undefined {
  const text = asList(value)
    .map(asText)
    .find((entry) => entry !== undefined);
  return text === undefined ? undefined : reduceTitleMarkup(text) || undefined;
}

function crossrefNames(value: unknown): CslName[] {
  const names: CslName[] = [];
  for (const entry of asList(value)) {
    const person = asObject(entry);
    const family = asText(person?.family);
    const given = asText(person?.given);
    const literal = asText(person?.name);
    if (family !== undefined) {
      const suffix = asText(person?.suffix);
      names.push({ family, ...(given === undefined ? {} : { given }), ...(suffix === undefined ? {} : { suffix }) });
    } else if (literal !== undefined) {
      names.push({ literal });
    }
  }
  return names;
}

function crossrefDate(value: unknown): CslDate | undefined {
  const parts = asList(asObject(value)?.['date-parts'])[0];
  const numbers = asList(parts).map(asInteger);
  const year = numbers[0];
  if (year === undefined) return undefined;
  const rest = numbers.slice(1);
  const cut = rest.indexOf(undefined);
  const defined = (cut === -1 ? rest : rest.slice(0, cut)) as number[];
  return { 'date-parts': [[year, ...defined]] };
}

/** Crossref's work types (https://api.crossref.org/types) as CSL types. */
const CROSSREF_TO_CSL: Readonly<Record<string, string>> = {
  'journal-article': 'article-journal',
  'proceedings-article': 'paper-conference',
  'posted-content': 'article',
  'book-chapter': 'chapter',
  'book-section': 'chapter',
  'book-part': 'chapter',
  'book-track': 'chapter',
  book: 'book',
  monograph: 'book',
  'edited-book': 'book',
  'reference-book': 'book',
  'book-set': 'book',
  'book-series': 'book',
  'reference-entry': 'entry',
  dissertation: 'thesis',
  report: 'report',
  'report-component': 'report',
  'report-series': 'report',
  dataset: 'dataset',
  database: 'dataset',
  standard: 'standard',
  'peer-review': 'review',
  proceedings: 'book',
  'proceedings-series': 'book',
  journal: 'periodical',
  'journal-issue': 'periodical',
  'journal-volume': 'periodical',
  component: 'article',
  grant: 'document',
  other: 'document',
};

/** A CSL type from a Crossref type, passing CSL types through; "document" when unknown. */
export function cslTypeOfCrossref(type: string | undefined): string {
  if (type === undefined) return 'document';
  return CROSSREF_TO_CSL[type] ?? (CSL_TYPES.has(type) ? type : 'document');
}
