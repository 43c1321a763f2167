import { resolveEndpoints, type EndpointName, type Endpoints } from './api-endpoints.js';
import { createHttpClient, politeUserAgent, type HttpClient } from './http-client.js';
import { arxivSource } from './sources/arxiv.js';
import { crossrefSource } from './sources/crossref.js';
import { dblpSource } from './sources/dblp.js';
import { openalexSource } from './sources/openalex.js';
import { crossrefCounts, openalexCounts, type CountSource } from './sources/citation-counts.js';
import { assertNever } from '../model/errors.js';
import type { SourceName, WorkSource } from './work-source.js';

/** How `enrich` and `import` reach the APIs: from the config's `enrich:`, the flags and the environment. */
export interface NetworkSettings {
  /** pubcv's version, for the User-Agent. */
  readonly version: string;
  /** An e-mail address for the User-Agent and Crossref's/OpenAlex's `mailto`. */
  readonly contact?: string;
  readonly endpoints?: Partial<Record<EndpointName, string>>;
  /** Per request. Default: the HTTP client's (10 s). */
  readonly timeoutMs?: number;
  readonly env: NodeJS.ProcessEnv;
  /** For tests: no real fetch or sleep. */
  readonly fetch?: typeof fetch;
}

/** An HTTP client with pubcv's manners, and the base URL of each API. */
export interface Network {
  readonly http: HttpClient;
  readonly endpoints: Endpoints;
  readonly contact?: string;
  /** OpenAlex asks for an API key beyond a small daily allowance; from PUBCV_OPENALEX_API_KEY, never from a committed config. */
  readonly openalexKey?: string;
}

/** The HTTP client and base URLs a run uses (environment over config over defaults). */
export function openNetwork(settings: NetworkSettings): Network {
  const http = createHttpClient({
    userAgent: politeUserAgent(settings.version, settings.contact),
    ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
  });
  const openalexKey = settings.env.PUBCV_OPENALEX_API_KEY?.trim();
  return {
    http,
    endpoints: resolveEndpoints(settings.endpoints, settings.env),
    ...(settings.contact ? { contact: settings.contact } : {}),
    ...(openalexKey ? { openalexKey } : {}),
  };
}

function openSource(name: SourceName, network: Network): WorkSource {
  const { http, endpoints, contact, openalexKey } = network;
  const mailto = contact ? { mailto: contact } : {};
  switch (name) {
    case 'crossref':
      return crossrefSource(http, endpoints.crossref, mailto);
    case 'openalex':
      return openalexSource(http, endpoints.openalex, { ...mailto, ...(openalexKey ? { apiKey: openalexKey } : {}) });
    case 'dblp':
      return dblpSource(http, endpoints.dblp);
    case 'arxiv':
      return arxivSource(http, endpoints.arxiv);
    default:
      return assertNever(name);
  }
}

/** The adapters for the sources named, in that order. */
export function openSources(names: readonly SourceName[], network: Network): WorkSource[] {
  return names.map((name) => openSource(name, network));
}

/** The citation-count adapters for the sources named, in that order. */
export function openCountSources(names: ReadonlyArray<'openalex' | 'crossref'>, network: Network): CountSource[] {
  const { http, endpoints, contact, openalexKey } = network;
  const mailto = contact ? { mailto: contact } : {};
  return names.map((name) =>
    name === 'openalex'
      ? openalexCounts(http, endpoints.openalex, { ...mailto, ...(openalexKey ? { apiKey: openalexKey } : {}) })
      : crossrefCounts(http, endpoints.crossref, mailto),
  );
}
