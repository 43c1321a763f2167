import type { CslItem } from '../model/record.js';
import type { HttpClient } from './http-client.js';
import { fetchFailure, hostOf } from './http-failure.js';
import { asObject, asText } from './sources/api-fields.js';
import { openalexWorkToCsl, type OpenAlexOptions } from './sources/openalex.js';
import type { Fetched } from './work-source.js';

// OpenAlex (https://docs.openalex.org/api-entities/authors/get-a-single-author,
// https://docs.openalex.org/how-to-use-the-api/get-lists-of-entities/paging): `/authors/{id}`
// answers the Author (404 when there is none; a merged author's old id leads to the one kept), and
// `/works?filter=author.id:{id}&cursor=*` the works, a page at a time: each answer's
// `meta.next_cursor` asks for the next page, and is null after the last.

/** The works of an OpenAlex author. */
interface OpenAlexAuthorWorks {
  /** The author's name as OpenAlex gives it, and the id the works were listed by. */
  readonly author: { readonly id: string; readonly name?: string };
  readonly items: CslItem[];
  /** Works OpenAlex lists without a title, which cannot be entries. */
  readonly untitled: number;
}

/**
 * Works per page: the largest page every version of OpenAlex's documentation allows (older pages
 * say 200, the current ones 100).
 */
const PER_PAGE = 100;
/** Pages read at most: 20,000 works, more than any one person's list; a server paging on forever stops here. */
const MAX_PAGES = 200;

/** "A5023888391" from an OpenAlex author id or URL (`https://openalex.org/A5023888391`); undefined when it is neither. */
export function parseOpenAlexAuthor(input: string): string | undefined {
  const id = input
    .trim()
    .replace(/^(?:https?:\/\/)?(?:api\.)?openalex\.org\/(?:authors\/)?/i, '')
    .replace(/\/$/, '');
  return /^a\d+$/i.test(id) ? id.toUpperCase() : undefined;
}

/** Every work OpenAlex attributes to the author; fails as a whole when any page fails, so a list is never cut short unseen. */
export async function fetchOpenAlexAuthorWorks(
  http: HttpClient,
  baseUrl: string,
  input: string,
  options: Omit<OpenAlexOptions, 'perPage'> = {},
): Promise<Fetched<OpenAlexAuthorWorks>> {
  const asked = parseOpenAlexAuthor(input);
  if (asked === undefined) {
    return { ok: false, failure: fetchFailure('malformed', 'openalex', input, `"${input}" is not an OpenAlex author id (A and digits, like A5023888391)`) };
  }
  const query = (params: Record<string, string>) => {
    const search = new URLSearchParams(params);
    if (options.mailto) search.set('mailto', options.mailto);
    if (options.apiKey) search.set('api_key', options.apiKey);
    return search.size === 0 ? '' : `?${search.toString()}`;
  };
  const authorUrl = `${baseUrl}/authors/${asked}${query({})}`;
  const author = await http.getJson('openalex', authorUrl);
  if (!author.ok) {
    if (author.failure.status !== 404) return author;
    return { ok: false, failure: { ...author.failure, message: `${hostOf(authorUrl)} has no author ${asked} (HTTP 404)` } };
  }
  const id = (asText(asObject(author.value)?.id) ?? '').replace(/^https?:\/\/openalex\.org\//i, '');
  if (!/^A\d+$/.test(id))
    return { ok: false, failure: fetchFailure('malformed', 'openalex', authorUrl, `${hostOf(authorUrl)} did not answer with an OpenAlex author`) };
  const name = asText(asObject(author.value)?.display_name);

  const items: CslItem[] = [];
  let untitled = 0;
  let cursor = '*';
  for (let page = 1; page <= MAX_PAGES; page++) {
    const url = `${baseUrl}/works${query({ filter: `author.id:${id}`, 'per-page': String(PER_PAGE), cursor })}`;
    const fetched = await http.getJson('openalex', url);
    const answer = fetched.ok ? asObject(fetched.value) : undefined;
    const results = answer?.results;
    if (!fetched.ok || !Array.isArray(results)) {
      const failure = fetched.ok ? fetchFailure('malformed', 'openalex', url, `${hostOf(url)} did not answer with a list of works`) : fetched.failure;
      const read = items.length + untitled;
      return {
        ok: false,
        failure: { ...failure, message: `${failure.message} (page ${page} of the works of ${id}, after ${read} ${read === 1 ? 'work' : 'works'})` },
      };
    }
    for (const result of results) {
      const work = asObject(result);
      const item = work === undefined ? undefined : openalexWorkToCsl(work);
      if (item === undefined) untitled += 1;
      else items.push(item);
    }
    const next = asText(asObject(answer?.meta)?.next_cursor);
    if (next === undefined || results.length === 0) return { ok: true, value: { author: name === undefined ? { id } : { id, name }, items, untitled } };
    cursor = next;
  }
  const url = `${baseUrl}/works${query({ filter: `author.id:${id}` })}`;
  return {
    ok: false,
    failure: fetchFailure('malformed', 'openalex', url, `${hostOf(url)} kept paging past ${MAX_PAGES * PER_PAGE} works of ${id}; nothing was read`),
  };
}
