import { redactSecrets } from './redact-secrets.js';
import type { FetchFailure, FetchFailureKind } from './work-source.js';

// How a failed request becomes a FetchFailure: one line naming the host, so a user running
// `pubcv enrich` sees which service to check, and a kind the caller can act on.

export type RequestSource = FetchFailure['source'];

/** The host (with port, when not the default) of a URL, or the URL itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A FetchFailure with its one-line message; credentials in the URL or message are redacted. */
export function fetchFailure(kind: FetchFailureKind, source: RequestSource, requestUrl: string, text: string, status?: number): FetchFailure {
  const url = redactSecrets(requestUrl);
  const message = redactSecrets(text);
  return status === undefined ? { kind, source, url, message } : { kind, source, url, message, status };
}

// Connection errors Node's fetch (undici) reports in `error.cause.code`; when a name resolves to
// several addresses the cause is an AggregateError whose `errors` carry the codes instead.
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
const CONNECT_TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Turns what `fetch` threw into a failure; never rethrows. */
export function failureFromError(error: unknown, source: RequestSource, url: string, timeoutMs: number): FetchFailure {
  const host = hostOf(url);
  const code = errorCode(error);
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError' || (code !== undefined && CONNECT_TIMEOUT_CODES.has(code))) {
    return fetchFailure('timeout', source, url, `${host} did not answer within ${formatSeconds(timeoutMs)}`);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return fetchFailure('offline', source, url, `${host} could not be found (${code}); are you offline?`);
  }
  if (code !== undefined && UNREACHABLE_CODES.has(code)) {
    return fetchFailure('offline', source, url, `${host} could not be reached (${code}); are you offline, or is the base URL wrong?`);
  }
  // Anything else (a bad URL in the config, a TLS problem) also leaves us without an answer from
  // the host; 'offline' is the kind callers already treat as "this service is unusable now".
  const detail = code ?? firstLine(error instanceof Error ? (errorCause(error) ?? error.message) : String(error));
  return fetchFailure('offline', source, url, `could not connect to ${host} (${detail})`);
}

function errorCode(error: unknown): string | undefined {
  for (const candidate of [errorCauseObject(error), error]) {
    if (candidate === undefined || candidate === null || typeof candidate !== 'object') continue;
    const code = (candidate as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const nested = (candidate as { errors?: unknown }).errors;
    if (Array.isArray(nested)) {
      const inner = nested.map((e: unknown) => (e as { code?: unknown } | null)?.code).find((c) => typeof c === 'string');
      if (typeof inner === 'string') return inner;
    }
  }
  return undefined;
}

function errorCauseObject(error: unknown): unknown {
  return error instanceof Error ? error.cause : undefined;
}

function errorCause(error: Error): string | undefined {
  const cause = error.cause;
  return cause instanceof Error ? cause.message : undefined;
}

/** "10 s", "0.2 s": how long pubcv waited, for messages. */
export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** The first line of a message, short enough for a one-line report. */
export function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

/**
 * Milliseconds a Retry-After header asks for: RFC 9110 allows delay-seconds or an HTTP date
 * (compared with `now`). Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** The failure for an HTTP status that will not be retried (again). */
export function failureFromStatus(source: RequestSource, url: string, status: number, statusText: string, note: string): FetchFailure {
  const host = hostOf(url);
  if (status === 429) {
    return fetchFailure('rate-limited', source, url, `${host} is rate-limiting pubcv (HTTP 429)${note}; try again later`, status);
  }
  const text = statusText.trim() === '' ? '' : ` ${statusText.trim()}`;
  return fetchFailure('http', source, url, `${host} answered HTTP ${status}${text}${note}`, status);
}
