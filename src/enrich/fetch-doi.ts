import type { CslDate, CslItem, CslName } from '../model/record.js';
import type { HttpClient } from './http-client.js';
import { fetchFailure, hostOf } from './http-failure.js';
import { doiPath, normalizeDoi } from './normalize-doi.js';
import { asInteger, asList, asObject, asText, normalizePages, type JsonObject } from './sources/api-fields.js';
import { cslTypeOfCrossref } from './sources/crossref.js';
import { reduceTitleMarkup } from './sources/title-markup.js';
import type { Fetched } from './work-source.js';

// DOI content negotiation (https://citation.crosscite.org/docs.html): asking the resolver for a DOI
// with `Accept: application/vnd.citationstyles.csl+json` redirects to the registration agency
// (Crossref, DataCite, mEDRA), which answers CSL-JSON. Crossref's answer carries much more than
// CSL (references, licences, funders, affiliations, `container-title` sometimes as an array), so it
// is cut down to the CSL variables a publication list uses.

/** The media type DOI resolvers answer with CSL-JSON. */
const CSL_JSON_MEDIA_TYPE = 'application/vnd.citationstyles.csl+json';

/** The work a DOI names, as a CslItem whose `id` is the DOI. */
export async function fetchDoiWork(http: HttpClient, doiBaseUrl: string, doi: string): Promise<Fetched<CslItem>> {
  const bare = normalizeDoi(doi);
  if (bare === undefined) {
    return { ok: false, failure: fetchFailure('malformed', 'doi', doi, `"${doi}" is not a DOI (a DOI looks like 10.1234/abc)`) };
  }
  const url = `${doiBaseUrl}/${doiPath(bare)}`;
  const fetched = await http.getJson('doi', url, { Accept: CSL_JSON_MEDIA_TYPE });
  if (!fetched.ok) {
    if (fetched.failure.status !== 404) return fetched;
    return { ok: false, failure: { ...fetched.failure, message: `${hostOf(url)} does not know the DOI ${bare} (HTTP 404)` } };
  }
  const item = cleanResolverCsl(fetched.value, bare);
  if (item === undefined) {
    return { ok: false, failure: fetchFailure('malformed', 'doi', url, `${hostOf(url)} did not answer DOI ${bare} with a CSL-JSON work`) };
  }
  return { ok: true, value: item };
}

const TEXT_FIELDS = [
  'container-title',
  'container-title-short',
  'collection-title',
  'collection-number',
  'publisher',
  'publisher-place',
  'volume',
  'issue',
  'number',
  'edition',
  'event-title',
  'genre',
  'language',
  'medium',
  'section',
  'chapter-number',
  'number-of-pages',
  'version',
  'ISBN',
  'ISSN',
  'URL',
] as const;
const NAME_FIELDS = ['author', 'editor', 'translator', 'container-author', 'collection-editor', 'chair', 'compiler'] as const;
const NAME_PARTS = ['family', 'given', 'suffix', 'literal', 'non-dropping-particle', 'dropping-particle'] as const;

/** What a DOI resolver answered, cut down to CSL-JSON; undefined when it is not a titled work. */
export function cleanResolverCsl(answer: unknown, doi: string): CslItem | undefined {
  const work = asObject(Array.isArray(answer) ? answer[0] : answer);
  const rawTitle = firstText(work?.title);
  const title = rawTitle === undefined ? undefined : reduceTitleMarkup(rawTitle);
  if (work === undefined || !title) return undefined;
  const item: CslItem = { id: doi, type: cslTypeOfCrossref(asText(work.type)), title };
  for (const field of NAME_FIELDS) {
    const names = cleanNames(work[field]);
    if (names.length > 0) item[field] = names;
  }
  // Crossref puts the print and online dates next to `issued`, which it sometimes leaves empty.
  const issued = [work.issued, work['published-print'], work['published-online'], work.published].map(cleanDate).find(Boolean);
  if (issued !== undefined) item.issued = issued;
  for (const field of TEXT_FIELDS) {
    const value = firstText(work[field]);
    if (value !== undefined) item[field] = field.includes('title') ? reduceTitleMarkup(value) : value;
  }
  // CSL 1.0.1 called the conference `event`; 1.0.2 renamed it `event-title`.
  const event = asText(work.event);
  if (event !== undefined && item['event-title'] === undefined) item['event-title'] = event;
  const page = normalizePages(work.page);
  if (page !== undefined) item.page = page;
  item.DOI = normalizeDoi(asText(work.DOI) ?? '') ?? doi;
  return item;
}

function firstText(value: unknown): string | undefined {
  return asList(value)
    .map(asText)
    .find((text) => text !== undefined);
}

function cleanNames(value: unknown): CslName[] {
  const names: CslName[] = [];
  for (const entry of asList(value)) {
    const person = asObject(entry);
    if (person === undefined) continue;
    const name: Record<string, string> = {};
    for (const part of NAME_PARTS) {
      const text = asText(person[part]);
      if (text !== undefined) name[part] = text;
    }
    // Some agencies give only a `name` for organisations.
    const literal = asText(person.name);
    if (name.family === undefined && name.literal === undefined && literal !== undefined) name.literal = literal;
    if (name.family !== undefined || name.literal !== undefined) names.push(name as CslName);
  }
  return names;
}

function cleanDate(value: unknown): CslDate | undefined {
  const date: JsonObject | undefined = asObject(value);
  const parts = asList(asList(date?.['date-parts'])[0]).map(asInteger);
  const year = parts[0];
  if (year !== undefined) {
    const cut = parts.indexOf(undefined);
    return { 'date-parts': [(cut === -1 ? parts : parts.slice(0, cut)) as number[]] };
  }
  const literal = asText(date?.literal) ?? asText(date?.raw);
  return literal === undefined ? undefined : { literal };
}
