import type { HttpClient } from '../http-client.js';
import { fetchFailure, hostOf } from '../http-failure.js';
import { doiPath } from '../normalize-doi.js';
import type { Fetched } from '../work-source.js';
import { asObject, asText } from './api-fields.js';

// Citation counts, one work at a time, from the two open sources that publish them:
// OpenAlex's Work `cited_by_count` (https://docs.openalex.org/api-entities/works/work-object:
// "the number of citations to this work"; `/works/doi:{doi}` or `/works/{W id}`), and Crossref's
// `message.is-referenced-by-count` on `/works/{doi}` (https://api.crossref.org/swagger-ui: the
// count of DOIs registered with Crossref whose reference lists cite this one).

/** What a source says about one work's count; `count` is absent when it knows the work but gives no count. */
interface CountAnswer {
  readonly count?: number;
  /** The API address the count was read from (a user opens it to check). */
  readonly url: string;
  /** OpenAlex's short work id ("W2741809807"); OpenAlex only. */
  readonly work?: string;
}

/** Which work to count: by DOI, else (OpenAlex only) by the OpenAlex id a match recorded. */
export interface CountKey {
  readonly doi?: string;
  readonly work?: string;
}

/** A count-reading adapter; an unknown work (404) is `undefined`, not a failure. */
export interface CountSource {
  readonly name: 'openalex' | 'crossref';
  count(key: CountKey): Promise<Fetched<CountAnswer | undefined>>;
}

/** A whole number ≥ 0, or undefined (null, absent, negative or not a number). */
function countOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** The query string of OpenAlex's access parameters (`mailto`, `api_key`), or ''. */
function openalexAccess(options: { readonly mailto?: string; readonly apiKey?: string }): string {
  const params = new URLSearchParams();
  if (options.mailto) params.set('mailto', options.mailto);
  if (options.apiKey) params.set('api_key', options.apiKey);
  return params.size === 0 ? '' : `?${params.toString()}`;
}

/** OpenAlex's `cited_by_count` of one work. */
export function openalexCounts(http: HttpClient, baseUrl: string, options: { readonly mailto?: string; readonly apiKey?: string } = {}): CountSource {
  return {
    name: 'openalex',
    async count(key) {
      const path = key.doi !== undefined ? `doi:${doiPath(key.doi)}` : key.work;
      if (path === undefined) return { ok: true, value: undefined };
      const url = `${baseUrl}/works/${path}${openalexAccess(options)}`;
      const fetched = await http.getJson('openalex', url);
      if (!fetched.ok) return fetched.failure.status === 404 ? { ok: true, value: undefined } : fetched;
      const work = asObject(fetched.value);
      const id = asText(work?.id)?.replace(/^https?:\/\/openalex\.org\//, '');
      if (id === undefined || !/^W\d+$/.test(id)) {
        return { ok: false, failure: fetchFailure('malformed', 'openalex', url, `${hostOf(url)} answered with something that is not an OpenAlex work`) };
      }
      const count = countOf(work?.cited_by_count);
      return { ok: true, value: { url: `${baseUrl}/works/${path}`, work: id, ...(count === undefined ? {} : { count }) } };
    },
  };
}

/** Crossref's `is-referenced-by-count` of one work (a DOI is needed). */
export function crossrefCounts(http: HttpClient, baseUrl: string, options: { readonly mailto?: string } = {}): CountSource {
  return {
    name: 'crossref',
    async count(key) {
      if (key.doi === undefined) return { ok: true, value: undefined };
      const base = `${baseUrl}/works/${doiPath(key.doi)}`;
      const url = options.mailto ? `${base}?${new URLSearchParams({ mailto: options.mailto }).toString()}` : base;
      const fetched = await http.getJson('crossref', url);
      if (!fetched.ok) return fetched.failure.status === 404 ? { ok: true, value: undefined } : fetched;
      const envelope = asObject(fetched.value);
      const message = asObject(envelope?.message);
      if (envelope?.['message-type'] !== 'work' || message === undefined) {
        return { ok: false, failure: fetchFailure('malformed', 'crossref', url, `${hostOf(url)} answered with something that is not a Crossref work`) };
      }
      const count = countOf(message['is-referenced-by-count']);
      return { ok: true, value: { url: base, ...(count === undefined ? {} : { count }) } };
    },
  };
}
