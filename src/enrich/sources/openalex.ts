import type { CslItem } from '../../model/record.js';
import type { HttpClient } from '../http-client.js';
import { fetchFailure, hostOf } from '../http-failure.js';
import { doiPath, normalizeDoi } from '../normalize-doi.js';
import type { Candidate, Fetched, WorkQuery, WorkSource } from '../work-source.js';
import { asObject, asText, cslDate, cslDateFromIso, pageRange, readObjects, splitPersonName, type JsonObject } from './api-fields.js';
import { cslTypeOfCrossref } from './crossref.js';
import { reduceTitleMarkup } from './title-markup.js';

// OpenAlex (https://docs.openalex.org/api-entities/works/work-object): lists answer
// `{meta, results: [Work]}`, `/works/doi:{doi}` one Work. A Work gives `doi` as a URL
// ("https://doi.org/10.7717/peerj.4375"), authors as `authorships[].author.display_name` (one
// string, not split), the venue as `primary_location.source.display_name`, pages in
// `biblio.first_page`/`last_page` (strings), and a coarse `type` ("article" covers journal,
// conference and preprint, told apart by `primary_location.source.type` and `.version`).

export interface OpenAlexOptions {
  /** Contact address sent as `mailto=` (OpenAlex's polite pool). */
  readonly mailto?: string;
  /** An OpenAlex API key (`api_key=`); OpenAlex gives keyless use only a small daily allowance. */
  readonly apiKey?: string;
  /** Candidates to ask for. Default 5. */
  readonly perPage?: number;
}

/** The OpenAlex adapter: a DOI lookup when the query has a DOI, else a title search. */
export function openalexSource(http: HttpClient, baseUrl: string, options: OpenAlexOptions = {}): WorkSource {
  const withAccess = (params: URLSearchParams) => {
    if (options.mailto) params.set('mailto', options.mailto);
    if (options.apiKey) params.set('api_key', options.apiKey);
    return params.size === 0 ? '' : `?${params.toString()}`;
  };

  async function byDoi(doi: string): Promise<Fetched<Candidate[]> | undefined> {
    const url = `${baseUrl}/works/doi:${doiPath(doi)}${withAccess(new URLSearchParams())}`;
    const fetched = await http.getJson('openalex', url);
    if (!fetched.ok) return fetched.failure.status === 404 ? undefined : fetched;
    const work = asObject(fetched.value);
    if (work === undefined) return malformed(url);
    const candidate = openalexCandidate(work, baseUrl);
    return { ok: true, value: candidate === undefined ? [] : [candidate] };
  }

  async function byTitle(query: WorkQuery): Promise<Fetched<Candidate[]>> {
    // In a filter, commas separate filters and pipes mean OR, so neither may stay in the title.
    const title = query.title.replace(/[,|]/g, ' ').replace(/\s+/g, ' ').trim();
    const params = new URLSearchParams({ filter: `title.search:${title}`, 'per-page': String(options.perPage ?? 5) });
    const url = `${baseUrl}/works${withAccess(params)}`;
    const fetched = await http.getJson('openalex', url);
    if (!fetched.ok) return fetched;
    const results = asObject(fetched.value)?.results;
    if (!Array.isArray(results)) return malformed(url);
    return { ok: true, value: readObjects(results, (work) => openalexCandidate(work, baseUrl)) };
  }

  return {
    name: 'openalex',
    async search(query) {
      const doi = query.doi === undefined ? undefined : normalizeDoi(query.doi);
      return (doi === undefined ? undefined : await byDoi(doi)) ?? byTitle(query);
    },
  };
}

function malformed(url: string): Fetched<Candidate[]> {
  return { ok: false, failure: fetchFailure('malformed', 'openalex', url, `${hostOf(url)} answered with something that is not an OpenAlex work list`) };
}

function openalexCandidate(work: JsonObject, baseUrl: string): Candidate | undefined {
  const item = openalexWorkToCsl(work);
  return item === undefined ? undefined : { source: 'openalex', url: `${baseUrl}/works/${item.id}`, item };
}

/** An OpenAlex Work as CSL-JSON; undefined without a title. `id` is the short OpenAlex id ("W2741809807"). */
export function openalexWorkToCsl(work: JsonObject): CslItem | undefined {
  const rawTitle = asText(work.title) ?? asText(work.display_name);
  const title = rawTitle === undefined ? undefined : reduceTitleMarkup(rawTitle);
  if (!title) return undefined;
  const location = asObject(work.primary_location);
  const source = asObject(location?.source);
  const id = (asText(work.id) ?? '').replace(/^https?:\/\/openalex\.org\//, '');
  const item: CslItem = { id: id || title, type: openalexType(work, location, source), title };
  const author = readObjects(work.authorships, (authorship) => asText(asObject(authorship.author)?.display_name) ?? asText(authorship.raw_author_name)).map(
    splitPersonName,
  );
  if (author.length > 0) item.author = author;
  const issued = cslDateFromIso(work.publication_date) ?? cslDate(work.publication_year);
  if (issued !== undefined) item.issued = issued;
  const venue = asText(source?.display_name);
  if (venue !== undefined) item['container-title'] = venue;
  const biblio = asObject(work.biblio);
  const fields: Array<[string, string | undefined]> = [
    ['volume', asText(biblio?.volume)],
    ['issue', asText(biblio?.issue)],
    ['page', pageRange(biblio?.first_page, biblio?.last_page)],
    ['DOI', normalizeDoi(asText(work.doi) ?? '')],
    ['URL', asText(location?.landing_page_url) ?? asText(work.doi)],
  ];
  for (const [field, value] of fields) if (value !== undefined) item[field] = value;
  return item;
}

/** OpenAlex types (https://api.openalex.org/works?group_by=type) as CSL types. */
const OPENALEX_TO_CSL: Readonly<Record<string, string>> = {
  preprint: 'article',
  'book-chapter': 'chapter',
  book: 'book',
  dissertation: 'thesis',
  dataset: 'dataset',
  report: 'report',
  review: 'article-journal',
  letter: 'article-journal',
  editorial: 'article-journal',
  erratum: 'article-journal',
  retraction: 'article-journal',
  'reference-entry': 'entry',
  standard: 'standard',
  'peer-review': 'review',
  grant: 'document',
  paratext: 'document',
  other: 'document',
};

function openalexType(work: JsonObject, location: JsonObject | undefined, source: JsonObject | undefined): string {
  const type = asText(work.type);
  if (type !== undefined && type !== 'article') return OPENALEX_TO_CSL[type] ?? 'document';
  // "article" is told apart by where it lives, as the Work object documentation describes.
  const sourceType = asText(source?.type);
  if (sourceType === 'conference') return 'paper-conference';
  if (asText(location?.version) === 'submittedVersion' || sourceType === 'repository') return 'article';
  if (sourceType === 'journal') return 'article-journal';
  const crossrefType = asText(work.type_crossref);
  return crossrefType === undefined ? 'article-journal' : cslTypeOfCrossref(crossrefType);
}
