import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openNetwork, openSources } from '../../src/enrich/open-sources.js';

/** A fetch that records each URL asked for and answers with an empty OpenAlex result list. */
function recordingFetch(urls: string[]): typeof fetch {
  return (async (input: string | URL | Request) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return new Response(JSON.stringify({ meta: { count: 0 }, results: [] }), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

test('the OpenAlex API key comes from PUBCV_OPENALEX_API_KEY and is sent as api_key', async () => {
  const urls: string[] = [];
  const env = { PUBCV_OPENALEX_URL: 'http://127.0.0.1:9', PUBCV_OPENALEX_API_KEY: ' synthetic-key ' };
  const network = openNetwork({ version: '0.0.0', contact: 'me@example.org', env, fetch: recordingFetch(urls) });
  const [openalex] = openSources(['openalex'], network);
  await openalex!.search({ title: 'A Synthetic Study of Keys', authors: ['Testperson'] });
  const url = new URL(urls[0]!);
  assert.equal(url.searchParams.get('api_key'), 'synthetic-key');
  assert.equal(url.searchParams.get('mailto'), 'me@example.org');
});

test('without the variable no key is sent', async () => {
  const urls: string[] = [];
  const network = openNetwork({ version: '0.0.0', env: { PUBCV_OPENALEX_URL: 'http://127.0.0.1:9' }, fetch: recordingFetch(urls) });
  await openSources(['openalex'], network)[0]!.search({ title: 'A Synthetic Study of Keys', authors: [] });
  assert.equal(new URL(urls[0]!).searchParams.has('api_key'), false);
});
