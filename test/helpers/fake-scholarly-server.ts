import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EndpointName } from '../../src/enrich/api-endpoints.js';
import { crossrefSingle, crossrefWorkList, openalexCursorPage, openalexId, openalexList, openalexWork } from './fake-crossref-openalex.js';
import { arxivErrorFeed, arxivFeed, dblpPersonBib, dblpResult } from './fake-dblp-arxiv.js';
import { doiCsl, orcidWorks } from './fake-doi-orcid.js';
import { knownTo, matchesTitle, type SyntheticWork } from './fake-scholarly-works.js';

export type { SyntheticAuthor, SyntheticKind, SyntheticWork } from './fake-scholarly-works.js';
export { SYNTHETIC_WORKS } from './fake-scholarly-works.js';

// A local stand-in for Crossref, OpenAlex, dblp, arXiv, doi.org and ORCID on 127.0.0.1, answering
// in each API's documented format about synthetic works, with faults to inject per service.
// Each service lives under its own path prefix (`urls.crossref` = http://127.0.0.1:PORT/crossref),
// which is why pubcv's base URLs may carry a path.

/** What a service does to its next `times` requests (after `after` answered normally) instead of answering normally. */
export type Fault = (
  | { readonly kind: 'status'; readonly status: number; readonly times: number; readonly retryAfter?: string }
  | { readonly kind: 'hang'; readonly times: number; readonly ms: number }
  | { readonly kind: 'malformed'; readonly times: number }
) & { readonly after?: number };

/** The fault, once `requests` requests have been answered normally (the second page of a list, say). */
export const afterRequests = (requests: number, fault: Fault): Fault => ({ ...fault, after: requests });

/** HTTP 429 `times` times, with a Retry-After header (seconds or an HTTP date). */
export const rateLimited = (times: number, retryAfter?: string): Fault => ({
  kind: 'status',
  status: 429,
  times,
  ...(retryAfter === undefined ? {} : { retryAfter }),
});
/** HTTP 500 (or another status) `times` times. */
export const serverError = (times: number, status = 500): Fault => ({ kind: 'status', status, times });
/** No answer for `ms` milliseconds (longer than the client's timeout), `times` times. */
export const hang = (ms: number, times = 1): Fault => ({ kind: 'hang', times, ms });
/** A cut-off body with status 200, `times` times. */
export const malformed = (times = 1): Fault => ({ kind: 'malformed', times });

export interface RecordedRequest {
  readonly route: EndpointName | 'unknown';
  /** Path below the service's prefix, e.g. "/works" or "/works/10.5555/x". */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly userAgent?: string;
  readonly accept?: string;
}

export interface FakeScholarlyServer {
  readonly urls: Readonly<Record<EndpointName, string>>;
  readonly requests: RecordedRequest[];
  readonly faults: { set(route: EndpointName, fault: Fault): void; clear(route?: EndpointName): void };
  close(): Promise<void>;
}

export interface FakeScholarlyOptions {
  /** Public ORCID records: iD -> the works listed on it, in order. */
  readonly orcids?: Readonly<Record<string, readonly SyntheticWork[]>>;
  /** OpenAlex authors: id ("A5023888391") -> their works, for `/authors/{id}` and `/works?filter=author.id:…`. */
  readonly openalexAuthors?: Readonly<Record<string, readonly SyntheticWork[]>>;
  /** dblp persons: pid ("00/1234") -> their works, for `/pid/{pid}.bib`. */
  readonly dblpPersons?: Readonly<Record<string, readonly SyntheticWork[]>>;
}

const ROUTES: readonly EndpointName[] = ['crossref', 'openalex', 'dblp', 'arxiv', 'doi', 'orcid'];
const MALFORMED: Record<EndpointName, string> = {
  crossref: '{"status":"ok","message-type":"work-list","message":{"items":[{"DOI":',
  openalex: '{"meta":{"count":1},"results":[{"id":',
  dblp: '{"result":{"hits":{"@total":"1","hit":[',
  // arXiv throttles with a bare text answer, not a feed.
  arxiv: 'Rate exceeded.',
  doi: '{"type":"article-journal","title":',
  orcid: '{"group":[{"external-ids":',
};

/** Starts the fake services on 127.0.0.1 at a free port. */
export async function startFakeScholarlyServer(works: readonly SyntheticWork[], options: FakeScholarlyOptions = {}): Promise<FakeScholarlyServer> {
  const requests: RecordedRequest[] = [];
  const faults = new Map<EndpointName, { fault: Fault; left: number; pass: number }>();
  const timers = new Set<NodeJS.Timeout>();
  const indexed = works.map((work, index) => [work, index] as const);
  // A work listed only under an author or person still gets an index of its own, after the shared ones.
  const extra = [...Object.values(options.openalexAuthors ?? {}), ...Object.values(options.dblpPersons ?? {})].flat().filter((w) => !works.includes(w));
  const indexOf = (work: SyntheticWork) => (works.includes(work) ? works.indexOf(work) : works.length + extra.indexOf(work));
  let base = '';

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [, first = '', ...rest] = url.pathname.split('/');
    const route = (ROUTES as readonly string[]).includes(first) ? (first as EndpointName) : 'unknown';
    const path = `/${rest.join('/')}`;
    const query = Object.fromEntries(url.searchParams);
    requests.push({ route, path, query, userAgent: request.headers['user-agent'], accept: request.headers.accept });
    if (route === 'unknown') return send(response, 404, 'no such service', 'text/plain');
    const active = faults.get(route);
    if (active !== undefined && active.pass > 0) active.pass -= 1;
    else if (active !== undefined && active.left > 0) {
      active.left -= 1;
      const { fault } = active;
      if (fault.kind === 'status') {
        const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter };
        return send(response, fault.status, `synthetic HTTP ${fault.status}`, 'text/plain', headers);
      }
      if (fault.kind === 'malformed') return send(response, 200, MALFORMED[route], route === 'arxiv' ? 'text/plain' : 'application/json');
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer(route, path, query, request, response);
      }, fault.ms);
      timers.add(timer);
      return;
    }
    answer(route, path, query, request, response);
  });

  function answer(route: EndpointName, path: string, query: Record<string, string>, request: IncomingMessage, response: ServerResponse): void {
    const byDoi = (doi: string) => works.find((work) => work.doi !== undefined && work.doi.toLowerCase() === decodeURIComponent(doi).toLowerCase());
    const found = (service: 'crossref' | 'openalex' | 'dblp' | 'arxiv', title: string) =>
      indexed.filter(([work]) => knownTo(work, service) && matchesTitle(work, title));
    switch (route) {
      case 'crossref': {
        if (path === '/works') {
          const hits = found('crossref', query['query.bibliographic'] ?? query.query ?? '').filter(([work]) => work.doi !== undefined);
          return json(
            response,
            200,
            crossrefWorkList(
              hits.map(([work]) => work),
              Number(query.rows ?? 20),
            ),
          );
        }
        const work = path.startsWith('/works/') ? byDoi(path.slice('/works/'.length)) : undefined;
        if (work === undefined || !knownTo(work, 'crossref')) return send(response, 404, 'Resource not found.', 'text/plain');
        return json(response, 200, crossrefSingle(work));
      }
      case 'openalex': {
        const author = /^author\.id:(?:https:\/\/openalex\.org\/)?(A\d+)$/.exec(query.filter ?? '')?.[1];
        if (path === '/works' && author !== undefined) {
          const listed = (options.openalexAuthors?.[author] ?? []).map((work) => [work, indexOf(work)] as const);
          if (query.cursor === undefined) return json(response, 200, openalexList(listed, Number(query['per-page'] ?? 25)));
          return json(response, 200, openalexCursorPage(listed, Number(query['per-page'] ?? 25), query.cursor));
        }
        const authorPath = /^\/authors\/(A\d+)$/.exec(path)?.[1];
        if (authorPath !== undefined) {
          const listed = options.openalexAuthors?.[authorPath];
          if (listed === undefined) return json(response, 404, { error: 'Not Found', message: 'The requested author was not found.' });
          return json(response, 200, { id: `https://openalex.org/${authorPath}`, display_name: 'Synthetic Author', works_count: listed.length });
        }
        if (path === '/works') {
          const title = /(?:title|display_name)\.search:(.*)/.exec(query.filter ?? '')?.[1] ?? query.search ?? '';
          return json(response, 200, openalexList(found('openalex', title), Number(query['per-page'] ?? query.per_page ?? 25)));
        }
        const byId = /^\/works\/(W\d+)$/.exec(path)?.[1];
        const work = path.startsWith('/works/doi:')
          ? byDoi(path.slice('/works/doi:'.length))
          : byId === undefined
            ? undefined
            : works.find((candidate) => openalexId(indexOf(candidate)) === byId);
        if (work === undefined || !knownTo(work, 'openalex')) return json(response, 404, { error: 'Not Found', message: 'The requested work was not found.' });
        return json(response, 200, openalexWork(work, indexOf(work)));
      }
      case 'dblp': {
        const pid = /^\/pid\/(.+)\.bib$/.exec(path)?.[1];
        if (pid !== undefined) {
          const listed = options.dblpPersons?.[pid];
          if (listed === undefined) return send(response, 404, 'Error 404: Not Found', 'text/html');
          return send(response, 200, dblpPersonBib(listed.map((work) => [work, indexOf(work)] as const)), 'application/x-bibtex; charset=utf-8');
        }
        if (path !== '/search/publ/api' || query.format !== 'json') return send(response, 400, 'synthetic dblp: only format=json', 'text/plain');
        return json(response, 200, dblpResult(found('dblp', query.q ?? ''), query.q ?? '', Number(query.h ?? 30)));
      }
      case 'arxiv': {
        const search = query.search_query ?? '';
        if (path !== '/api/query' || search === '')
          return send(response, 200, arxivErrorFeed(search, 'search_query is empty'), 'application/atom+xml; charset=utf-8');
        const title = /ti:"([^"]*)"/.exec(search)?.[1] ?? /ti:(\S+)/.exec(search)?.[1] ?? '';
        const hits = found('arxiv', title)
          .map(([work]) => work)
          .filter((work) => work.arxivId !== undefined);
        return send(response, 200, arxivFeed(hits, search, Number(query.max_results ?? 10)), 'application/atom+xml; charset=utf-8');
      }
      case 'doi': {
        // doi.org redirects content-negotiated requests to the registration agency.
        if (path.startsWith('/agency/')) {
          const work = byDoi(path.slice('/agency/'.length));
          if (work === undefined) return send(response, 404, 'not found', 'text/plain');
          return send(response, 200, JSON.stringify(doiCsl(work)), 'application/vnd.citationstyles.csl+json; charset=utf-8');
        }
        const work = byDoi(path.slice(1));
        if (work === undefined || !knownTo(work, 'doi')) return send(response, 404, '<html><body>DOI Not Found</body></html>', 'text/html');
        if (!(request.headers.accept ?? '').includes('application/vnd.citationstyles.csl+json')) {
          return send(response, 200, '<html><body>A synthetic landing page</body></html>', 'text/html');
        }
        return send(response, 303, '', 'text/plain', { Location: `${base}/doi/agency${path}` });
      }
      case 'orcid': {
        const orcid = /^\/v3\.0\/([\dX-]{19})\/works$/.exec(path)?.[1];
        const listed = orcid === undefined ? undefined : options.orcids?.[orcid];
        if (orcid === undefined || listed === undefined) {
          return json(response, 404, {
            'response-code': 404,
            'developer-message': 'Not found',
            'user-message': 'The resource was not found.',
            'error-code': 9016,
          });
        }
        return json(response, 200, orcidWorks(orcid, listed));
      }
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const urls = Object.fromEntries(ROUTES.map((route) => [route, `${base}/${route}`])) as Record<EndpointName, string>;
  return {
    urls,
    requests,
    faults: {
      set: (route, fault) => faults.set(route, { fault, left: fault.times, pass: fault.after ?? 0 }),
      clear: (route) => (route === undefined ? faults.clear() : faults.delete(route)),
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A base URL on 127.0.0.1 where nothing listens: a server that is down. */
export async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, JSON.stringify(body), 'application/json; charset=utf-8');
}

function send(response: ServerResponse, status: number, body: string, contentType: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': contentType, ...headers });
  response.end(body);
}
