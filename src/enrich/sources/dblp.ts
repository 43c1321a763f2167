import type { CslItem } from '../../model/record.js';
import type { HttpClient } from '../http-client.js';
import { fetchFailure, hostOf } from '../http-failure.js';
import { normalizeDoi } from '../normalize-doi.js';
import type { Candidate, Fetched, WorkSource } from '../work-source.js';
import { asList, asObject, asText, cslDate, normalizePages, readObjects, splitPersonName, type JsonObject } from './api-fields.js';
import { reduceTitleMarkup } from './title-markup.js';

// dblp publication search (https://dblp.org/faq/13501473, "How to use the dblp search API?"):
// `/search/publ/api?q=...&format=json&h=N` answers `{result: {hits: {@total, hit: [{info}]}}}`.
// Quirks, as dblp's JSON is converted from XML: `hit` is absent when nothing matched;
// `info.authors.author` is an OBJECT for a single author and an array otherwise, each
// `{"@pid", "text"}`; `venue` and `ee` may be a string or an array; a name shared by several
// people carries a 4-digit disambiguation number ("Jane Doe 0001"); titles end with a period.

interface DblpOptions {
  /** Candidates to ask for. Default 5. */
  readonly hits?: number;
}

/** The dblp adapter: a search on the title's words. */
export function dblpSource(http: HttpClient, baseUrl: string, options: DblpOptions = {}): WorkSource {
  return {
    name: 'dblp',
    async search(query) {
      // dblp's query language gives `|`, `-`, `$`, `*` and `:` a meaning; plain words match best.
      const words = query.title
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      const params = new URLSearchParams({ q: words, format: 'json', h: String(options.hits ?? 5) });
      const url = `${baseUrl}/search/publ/api?${params.toString()}`;
      const fetched = await http.getJson('dblp', url);
      if (!fetched.ok) return fetched;
      const hits = asObject(asObject(asObject(fetched.value)?.result)?.hits);
      if (hits === undefined) return malformed(url);
      const candidates = readObjects(hits.hit, (hit) => {
        const info = asObject(hit.info);
        return info === undefined ? undefined : dblpCandidate(info, url);
      });
      return { ok: true, value: candidates };
    },
  };
}

function malformed(url: string): Fetched<Candidate[]> {
  return { ok: false, failure: fetchFailure('malformed', 'dblp', url, `${hostOf(url)} answered with something that is not a dblp search result`) };
}

function dblpCandidate(info: JsonObject, requestUrl: string): Candidate | undefined {
  const item = dblpInfoToCsl(info);
  // dblp's record page is what a user opens to check a match; the request URL if it is missing.
  return item === undefined ? undefined : { source: 'dblp', url: asText(info.url) ?? requestUrl, item };
}

/** A dblp hit's `info` as CSL-JSON; undefined without a title. `id` is the dblp key. */
function dblpInfoToCsl(info: JsonObject): CslItem | undefined {
  const rawTitle = asText(info.title);
  const title = rawTitle === undefined ? undefined : reduceTitleMarkup(rawTitle).replace(/(?<!\.\.)\.$/, '');
  if (!title) return undefined;
  const item: CslItem = { id: asText(info.key) ?? title, type: cslTypeOfDblp(asText(info.type)), title };
  const author = asList(asObject(info.authors)?.author)
    .map((entry) => asText(entry) ?? asText(asObject(entry)?.text))
    .filter((name): name is string => name !== undefined)
    .map((name) => splitPersonName(name.replace(/\s+\d{4}$/, '')));
  if (author.length > 0) item.author = author;
  const issued = cslDate(info.year);
  if (issued !== undefined) item.issued = issued;
  const electronicEditions = asList(info.ee)
    .map(asText)
    .filter((ee): ee is string => ee !== undefined);
  const fields: Array<[string, string | undefined]> = [
    ['container-title', asList(info.venue).map(asText).find(Boolean)],
    ['volume', asText(info.volume)],
    ['issue', asText(info.number)],
    ['page', normalizePages(info.pages)],
    ['DOI', normalizeDoi(asText(info.doi) ?? '')],
    ['URL', electronicEditions[0] ?? asText(info.url)],
  ];
  for (const [field, value] of fields) if (value !== undefined) item[field] = value;
  return item;
}

/** dblp's publication types (the facets of its search page) as CSL types. */
const DBLP_TO_CSL: Readonly<Record<string, string>> = {
  'Journal Articles': 'article-journal',
  'Conference and Workshop Papers': 'paper-conference',
  'Informal and Other Publications': 'article',
  'Informal Publications': 'article',
  'Books and Theses': 'book',
  'Parts in Books or Collections': 'chapter',
  Editorship: 'book',
  'Reference Works': 'entry',
  'Data and Artifacts': 'dataset',
};

function cslTypeOfDblp(type: string | undefined): string {
  return type === undefined ? 'document' : (DBLP_TO_CSL[type] ?? 'document');
}
