import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHttpClient, politeUserAgent } from '../../src/enrich/http-client.js';
import { fetchFailure } from '../../src/enrich/http-failure.js';
import { redactSecrets } from '../../src/enrich/redact-secrets.js';
import { openalexSource } from '../../src/enrich/sources/openalex.js';
import { fakeClock } from '../helpers/fake-clock.js';

const KEY = 'sk-SECRET-123';

test('secret query parameters and URL passwords are replaced, the rest kept', () => {
  assert.equal(
    redactSecrets(`https://api.openalex.org/works?filter=x&api_key=${KEY}&mailto=a%40b.org`),
    'https://api.openalex.org/works?filter=x&api_key=REDACTED&mailto=a%40b.org',
  );
  assert.equal(redactSecrets(`https://user:${KEY}@proxy.example/works?token=${KEY}#f`), 'https://user:REDACTED@proxy.example/works?token=REDACTED#f');
  assert.equal(redactSecrets(`Failed to parse URL from http://x/?apikey=${KEY} here`), 'Failed to parse URL from http://x/?apikey=REDACTED here');
});

test('a failure never carries the key, in its URL or its message', () => {
  const failure = fetchFailure('http', 'openalex', `https://api.openalex.org/works?api_key=${KEY}`, `bad https://api.openalex.org/works?api_key=${KEY}`);
  assert.doesNotMatch(JSON.stringify(failure), new RegExp(KEY));
});

test('an OpenAlex request that fails reports its URL without the API key', async () => {
  const clock = fakeClock();
  const http = createHttpClient({
    userAgent: politeUserAgent('1.0.0'),
    sleep: clock.sleep,
    now: clock.now,
    retries: 0,
    fetch: async () => new Response('no', { status: 403 }),
  });
  const fetched = await openalexSource(http, 'https://api.openalex.org', { apiKey: KEY }).search({ title: 'A title', authors: [] });
  assert.equal(fetched.ok, false);
  assert.doesNotMatch(JSON.stringify(fetched), new RegExp(KEY));
  const unparsable = createHttpClient({ userAgent: 'x', sleep: clock.sleep, now: clock.now });
  const broken = await openalexSource(unparsable, 'not a url', { apiKey: KEY }).search({ title: 'A title', authors: [] });
  assert.doesNotMatch(JSON.stringify(broken), new RegExp(KEY));
});
