import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createHttpClient, politeUserAgent, type HttpClientOptions } from '../../src/enrich/http-client.js';
import { parseRetryAfter } from '../../src/enrich/http-failure.js';
import { fakeClock } from '../helpers/fake-clock.js';
import {
  closedPortUrl,
  hang,
  malformed,
  rateLimited,
  serverError,
  startFakeScholarlyServer,
  SYNTHETIC_WORKS,
  type FakeScholarlyServer,
} from '../helpers/fake-scholarly-server.js';

const TITLE = 'A Synthetic Study of Imaginary Graph Colourings';

describe('http client', () => {
  let server: FakeScholarlyServer;
  let searchUrl: string;
  before(async () => {
    server = await startFakeScholarlyServer(SYNTHETIC_WORKS);
    searchUrl = `${server.urls.crossref}/works?${new URLSearchParams({ 'query.bibliographic': TITLE })}`;
  });
  after(() => server.close());
  beforeEach(() => {
    server.faults.clear();
    server.requests.length = 0;
  });

  const client = (clock = fakeClock(), extra: Partial<HttpClientOptions> = {}) =>
    createHttpClient({ userAgent: politeUserAgent('9.9.9', 'test@example.org'), sleep: clock.sleep, now: clock.now, minIntervalMs: { crossref: 0 }, ...extra });

  it('builds the polite User-Agent and sends it with the Accept header', async () => {
    assert.equal(politeUserAgent('1.2.3', 'me@example.org'), 'pubcv/1.2.3 (mailto:me@example.org)');
    assert.equal(politeUserAgent('1.2.3', 'mailto:me@example.org'), 'pubcv/1.2.3 (mailto:me@example.org)');
    assert.equal(politeUserAgent('1.2.3'), 'pubcv/1.2.3');
    const fetched = await client().getJson('crossref', searchUrl);
    assert.equal(fetched.ok, true);
    assert.equal(server.requests[0]?.userAgent, 'pubcv/9.9.9 (mailto:test@example.org)');
    assert.equal(server.requests[0]?.accept, 'application/json');
  });

  it('retries a 429 after the Retry-After seconds, then succeeds', async () => {
    server.faults.set('crossref', rateLimited(2, '2'));
    const clock = fakeClock();
    const fetched = await client(clock).getJson('crossref', searchUrl);
    assert.equal(fetched.ok, true);
    assert.equal(server.requests.length, 3);
    assert.deepEqual(clock.sleeps, [2000, 2000]);
  });

  it('reads a Retry-After HTTP date against its clock', async () => {
    server.faults.set('crossref', rateLimited(1, 'Thu, 01 Jan 2026 00:00:05 GMT'));
    const clock = fakeClock(Date.parse('2026-01-01T00:00:00Z'));
    const fetched = await client(clock).getJson('crossref', searchUrl);
    assert.equal(fetched.ok, true);
    assert.deepEqual(clock.sleeps, [5000]);
    assert.equal(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', Date.parse('2026-01-01T00:00:00Z')), 0);
    assert.equal(parseRetryAfter('soon', 0), undefined);
  });

  it('backs off exponentially on 5xx without Retry-After, then succeeds', async () => {
    server.faults.set('crossref', serverError(2, 503));
    const clock = fakeClock();
    const fetched = await client(clock).getJson('crossref', searchUrl);
    assert.equal(fetched.ok, true);
    assert.deepEqual(clock.sleeps, [1000, 2000]);
  });

  it('reports rate-limited once the retries are spent', async () => {
    server.faults.set('crossref', rateLimited(10, '1'));
    const fetched = await client(fakeClock(), { retries: 2 }).getJson('crossref', searchUrl);
    assert.equal(fetched.ok, false);
    if (fetched.ok) return;
    assert.equal(fetched.failure.kind, 'rate-limited');
    assert.equal(fetched.failure.status, 429);
    assert.equal(fetched.failure.source, 'crossref');
    assert.match(fetched.failure.message, /^127\.0\.0\.1:\d+ is rate-limiting pubcv \(HTTP 429\), still after 2 retries; try again later$/);
    assert.equal(server.requests.length, 3);
  });

  it('gives up at once when Retry-After asks for more than the cap', async () => {
    server.faults.set('crossref', rateLimited(1, '3600'));
    const clock = fakeClock();
    const fetched = await client(clock).getJson('crossref', searchUrl);
    assert.equal(fetched.ok, false);
    if (fetched.ok) return;
    assert.equal(fetched.failure.kind, 'rate-limited');
    assert.match(fetched.failure.message, /asks to wait 3600 s/);
    assert.deepEqual(clock.sleeps, []);
    assert.equal(server.requests.length, 1);
  });

  it('reports a 5xx that outlasts the retries as an http failure', async () => {
    server.faults.set('crossref', serverError(10, 502));
    const fetched = await client(fakeClock(), { retries: 1 }).getJson('crossref', searchUrl);
    assert.equal(fetched.ok, false);
    if (fetched.ok) return;
    assert.equal(fetched.failure.kind, 'http');
    assert.equal(fetched.failure.status, 502);
    assert.match(fetched.failure.message, /answered HTTP 502 Bad Gateway, still after 1 retry$/);
  });

  it('does not retry a 404', async () => {
    const fetched = await client().getJson('crossref', `${server.urls.crossref}/works/10.5555/unknown`);
    assert.equal(fetched.ok, false);
    if (fetched.ok) return;
    assert.equal(fetched.failure.kind, 'http');
    assert.equal(fetched.failure.status, 404);
    assert.equal(server.requests.length, 1);
  });

  it('times out a request that hangs longer than the timeout', async () => {
    server.faults.set('crossref', hang(2000));
    const fetched = await client(fakeClock(), { timeoutMs: 100 }).getJson('crossref', searchUrl);
    assert.equal(fetched.ok, false);
    if (fetched.ok) return;
    assert.equal(fetched.failure.kind, 'timeout');
    assert.match(fetched.failure.message, /^127\.0\.0\.1:\d+ did not answer within 0\.1 s$/);
  });

  it('reports a body that is not JSON as malformed', async () => {
    server.faults.set('crossref', malformed());
    const fetched = await client().getJson('crossref', searchUrl);
    assert.equal(fetched.ok, false);
    if (fetched.ok) return;
    assert.equal(fetched.failure.kind, 'malformed');
    assert.match(fetched.failure.message, /^127\.0\.0\.1:\d+ sent a response that is not JSON \(.+\)$/);
    assert.doesNotMatch(fetched.failure.message, /\n/);
  });

  it('reports a server that is down as offline, naming the host', async () => {
    const down = await closedPortUrl();
    const fetched = await client().getText('dblp', `${down}/search/publ/api?q=x`);
    assert.equal(fetched.ok, false);
    if (fetched.ok) return;
    assert.equal(fetched.failure.kind, 'offline');
    assert.match(fetched.failure.message, /^127\.0\.0\.1:\d+ could not be reached \(ECONNREFUSED\)/);
  });

  it('reports DNS failures (as Node reports them) as offline, without throwing', async () => {
    const dnsFailure =
      (code: string, aggregate: boolean): typeof fetch =>
      async () => {
        const cause = aggregate
          ? Object.assign(new AggregateError([Object.assign(new Error('x'), { code })]), {})
          : Object.assign(new Error('getaddrinfo'), { code });
        throw new TypeError('fetch failed', { cause });
      };
    for (const [code, aggregate] of [
      ['ENOTFOUND', false],
      ['EAI_AGAIN', true],
    ] as const) {
      const fetched = await client(fakeClock(), { fetch: dnsFailure(code, aggregate) }).getJson('openalex', 'https://api.openalex.org/works');
      assert.equal(fetched.ok, false);
      if (fetched.ok) return;
      assert.equal(fetched.failure.kind, 'offline');
      assert.equal(fetched.failure.message, `api.openalex.org could not be found (${code}); are you offline?`);
    }
    const odd = await client(fakeClock(), { fetch: async () => Promise.reject(new Error('something odd')) }).getJson('orcid', 'not a url');
    assert.equal(odd.ok, false);
  });

  it('spaces requests to one API by its minimum interval (dblp 1 s, arXiv 3 s)', async () => {
    const clock = fakeClock();
    const http = createHttpClient({ userAgent: 'pubcv/test', sleep: clock.sleep, now: clock.now });
    for (let i = 0; i < 3; i++) await http.getText('dblp', `${server.urls.dblp}/search/publ/api?q=x&format=json`);
    assert.deepEqual(clock.sleeps, [1000, 1000]);
    // Concurrent callers queue up: with time standing still, the third waits for the slot after
    // the second's.
    const frozen = fakeClock(Date.parse('2026-01-01T00:00:00Z'), { advance: false });
    const arxiv = createHttpClient({ userAgent: 'pubcv/test', sleep: frozen.sleep, now: frozen.now });
    await Promise.all([0, 1, 2].map(() => arxiv.getText('arxiv', `${server.urls.arxiv}/api/query?search_query=ti:x`)));
    assert.deepEqual(frozen.sleeps, [3000, 6000]);
  });

  it('takes a per-host interval over the per-source default', async () => {
    const clock = fakeClock();
    const host = new URL(server.urls.dblp).host;
    const http = createHttpClient({ userAgent: 'pubcv/test', sleep: clock.sleep, now: clock.now, minIntervalMs: { [host]: 250 } });
    await http.getText('dblp', `${server.urls.dblp}/search/publ/api?q=x&format=json`);
    await http.getText('dblp', `${server.urls.dblp}/search/publ/api?q=x&format=json`);
    assert.deepEqual(clock.sleeps, [250]);
  });
});
