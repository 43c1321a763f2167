import type { CslItem } from '../model/record.js';

// The contract between the scholarly-API adapters (one file per API) and `enrich`/`import`:
// an adapter turns one API's documented response into candidate works as CSL-JSON; scoring,
// the lock file and the commands never see an API's own shapes.

/** The open scholarly APIs pubcv can ask, in the default order of `--source`. */
export const SOURCE_NAMES = ['crossref', 'openalex', 'dblp', 'arxiv'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

/** What is known of an entry when looking it up: its title and authors, maybe a year. */
export interface WorkQuery {
  /** Plain text: no LaTeX, no markup. */
  readonly title: string;
  /** Family names in order, plain text. */
  readonly authors: readonly string[];
  readonly year?: number;
  /** When the entry already has one: adapters that can look a DOI up directly do so. */
  readonly doi?: string;
}

/** One work an API returned for a query, as CSL-JSON, with where it came from. */
export interface Candidate {
  readonly source: SourceName;
  /** The API URL the candidate was read from (what a user opens to check it). */
  readonly url: string;
  /** The work as the API describes it, in CSL-JSON fields (title, author, issued, container-title, DOI, URL, volume, issue, page, type, ...). `id` is the API's own id. */
  readonly item: CslItem;
}

/** Why a request gave no answer; `retryable` failures were retried before being reported. */
export type FetchFailureKind = 'offline' | 'timeout' | 'http' | 'rate-limited' | 'malformed';

export interface FetchFailure {
  readonly kind: FetchFailureKind;
  readonly source: SourceName | 'doi' | 'orcid';
  readonly url: string;
  /** One line a user can act on, e.g. "api.crossref.org did not answer within 10 s". */
  readonly message: string;
  readonly status?: number;
}

export type Fetched<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: FetchFailure };

/** An API adapter: one per file under src/enrich/sources/. */
export interface WorkSource {
  readonly name: SourceName;
  /** Candidate works for the query, best first as the API ranks them (at most a handful). */
  search(query: WorkQuery): Promise<Fetched<Candidate[]>>;
}
