import { failureFromError, failureFromStatus, fetchFailure, firstLine, formatSeconds, hostOf, parseRetryAfter, type RequestSource } from './http-failure.js';
import type { Fetched } from './work-source.js';

// The one place pubcv's enrichment touches the network: polite (User-Agent with a contact address,
// a minimum interval per API, backoff on 429/5xx that honours Retry-After), bounded (a timeout per
// request, a cap on waits) and failure-as-value (nothing here throws for a network problem).

/**
 * Minimum milliseconds between two requests to one API, from each service's published terms:
 * arXiv's API terms ask for "no more than one request every three seconds"
 * (https://info.arxiv.org/help/api/tou.html); Crossref's polite pool and OpenAlex allow several
 * requests a second (https://www.crossref.org/documentation/retrieve-metadata/rest-api/access-and-authentication/,
 * https://docs.openalex.org/how-to-use-the-api/rate-limits-and-authentication); ORCID's public API
 * allows 24 a second; dblp publishes no figure but answers bursts with 429, so one a second.
 */
const DEFAULT_MIN_INTERVAL_MS: Readonly<Record<RequestSource, number>> = {
  crossref: 100,
  openalex: 100,
  dblp: 1000,
  arxiv: 3000,
  doi: 100,
  orcid: 100,
};

export interface HttpClientOptions {
  /** Sent with every request; build it with `politeUserAgent`. */
  readonly userAgent: string;
  /** Per attempt, including reading the body. Default 10 000. */
  readonly timeoutMs?: number;
  /** Further attempts after a 429 or 5xx answer. Default 3. */
  readonly retries?: number;
  /** Minimum interval between requests, by host ("dblp.org") or source ("dblp"); host wins. */
  readonly minIntervalMs?: Partial<Record<string, number>>;
  /** Longest single wait pubcv accepts; a Retry-After asking for more fails at once. Default 30 000. */
  readonly maxRetryWaitMs?: number;
  /** Largest response body read, in bytes; a longer one fails as malformed. Default MAX_BODY_BYTES. */
  readonly maxBodyBytes?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** The clock for rate limiting and Retry-After dates. Default Date.now. */
  readonly now?: () => number;
  readonly fetch?: typeof fetch;
}

export interface HttpClient {
  /** GET a JSON document (Accept: application/json unless `headers` say otherwise). */
  getJson(source: RequestSource, url: string, headers?: Readonly<Record<string, string>>): Promise<Fetched<unknown>>;
  /** GET a text document (an Atom feed, say). */
  getText(source: RequestSource, url: string, headers?: Readonly<Record<string, string>>): Promise<Fetched<string>>;
}

/** "pubcv/0.1.0 (mailto:me@example.org)": the form Crossref and OpenAlex ask for to reach their polite pools. */
export function politeUserAgent(version: string, contact?: string): string {
  const mail = contact?.trim().replace(/^mailto:/i, '');
  return mail ? `pubcv/${version} (mailto:${mail})` : `pubcv/${version}`;
}

const BACKOFF_BASE_MS = 1000;

/**
 * 16 MiB: the largest answer any lookup needs is an ORCID works list or a Crossref page of 20
 * works, well under 1 MiB. A body is read as it arrives and dropped past the cap, so a broken or
 * hostile server cannot fill the memory (a 600 MB body once took pubcv to 1.35 GB).
 */
export const MAX_BODY_BYTES = 16 * 2 ** 20;

/** The body as text, or undefined (the stream cancelled) once it grows past `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (response.body === null) return '';
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 2 ** 20) * 10) / 10} MB`;
}

/** An HTTP client with pubcv's network manners; see HttpClientOptions for the defaults. */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 3;
  const maxWait = options.maxRetryWaitMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? globalThis.fetch;
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const nextFree = new Map<RequestSource, number>();

  async function waitTurn(source: RequestSource, url: string): Promise<void> {
    const interval = options.minIntervalMs?.[hostOf(url)] ?? options.minIntervalMs?.[source] ?? DEFAULT_MIN_INTERVAL_MS[source];
    // Reserve the slot before sleeping, so that concurrent callers queue up instead of all
    // waking at once.
    const current = now();
    const slot = Math.max(current, nextFree.get(source) ?? current);
    nextFree.set(source, slot + interval);
    if (slot > current) await sleep(slot - current);
  }

  async function getBody(source: RequestSource, url: string, headers: Record<string, string>): Promise<Fetched<string>> {
    for (let attempt = 0; ; attempt++) {
      await waitTurn(source, url);
      let response: Response;
      try {
        response = await doFetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
        if (response.ok) {
          const body = await readCapped(response, maxBody);
          if (body !== undefined) return { ok: true, value: body };
          const message = `${hostOf(url)} sent more than ${formatMegabytes(maxBody)}, more than any answer pubcv asks for; it was not read`;
          return { ok: false, failure: fetchFailure('malformed', source, url, message) };
        }
        await response.body?.cancel().catch(() => undefined);
      } catch (error) {
        // Time-outs and refused connections are not retried: a service that is down or hanging
        // would only make the user wait several times as long for the same answer.
        return { ok: false, failure: failureFromError(error, source, url, timeoutMs) };
      }
      const { status, statusText } = response;
      if (status !== 429 && status < 500) {
        return { ok: false, failure: failureFromStatus(source, url, status, statusText, '') };
      }
      if (attempt >= retries) {
        const note = retries === 0 ? '' : `, still after ${retries} ${retries === 1 ? 'retry' : 'retries'}`;
        return { ok: false, failure: failureFromStatus(source, url, status, statusText, note) };
      }
      // Exponential backoff (1 s, 2 s, 4 s, ...) unless the server says how long to wait.
      const wait = parseRetryAfter(response.headers.get('retry-after'), now()) ?? BACKOFF_BASE_MS * 2 ** attempt;
      if (wait > maxWait) {
        const note = ` and asks to wait ${formatSeconds(wait)}`;
        return { ok: false, failure: failureFromStatus(source, url, status, statusText, note) };
      }
      if (wait > 0) await sleep(wait);
    }
  }

  function headersFor(accept: string, extra: Readonly<Record<string, string>> | undefined): Record<string, string> {
    const headers: Record<string, string> = { 'User-Agent': options.userAgent, Accept: accept };
    for (const [name, value] of Object.entries(extra ?? {})) {
      const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
      if (existing !== undefined) delete headers[existing];
      headers[name] = value;
    }
    return headers;
  }

  return {
    async getJson(source, url, headers) {
      const fetched = await getBody(source, url, headersFor('application/json', headers));
      if (!fetched.ok) return fetched;
      try {
        return { ok: true, value: JSON.parse(fetched.value) as unknown };
      } catch (error) {
        const reason = firstLine(error instanceof Error ? error.message : String(error));
        return { ok: false, failure: fetchFailure('malformed', source, url, `${hostOf(url)} sent a response that is not JSON (${reason})`) };
      }
    },
    getText(source, url, headers) {
      return getBody(source, url, headersFor('*/*', headers));
    },
  };
}
