import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHttpClient, MAX_BODY_BYTES } from '../../src/enrich/http-client.js';

const MB = 2 ** 20;

/** A fetch answering 200 with `total` bytes of JSON-ish text made as read, counting the chunks pulled. */
function streamingFetch(total: number, declare: boolean) {
  const pulled = { chunks: 0 };
  const fetch = (async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        pulled.chunks += 1;
        sent += MB;
        controller.enqueue(new Uint8Array(MB).fill(0x20));
      },
    });
    return new Response(body, { status: 200, headers: declare ? { 'content-length': String(total) } : {} });
  }) as typeof globalThis.fetch;
  return { fetch, pulled };
}

describe('response bodies are capped', () => {
  it(`a 64 MB answer without a length fails as malformed after reading about ${MAX_BODY_BYTES / MB} MB, not all of it`, async () => {
    const { fetch, pulled } = streamingFetch(64 * MB, false);
    const fetched = await createHttpClient({ userAgent: 'pubcv/test', fetch, minIntervalMs: { crossref: 0 } }).getText(
      'crossref',
      'https://api.crossref.org/works',
    );
    assert.equal(fetched.ok, false);
    assert.equal(fetched.ok ? undefined : fetched.failure.kind, 'malformed');
    assert.match(fetched.ok ? '' : fetched.failure.message, /api\.crossref\.org sent more than 16 MB/);
    assert.ok(pulled.chunks <= MAX_BODY_BYTES / MB + 2, `${pulled.chunks} chunks read`);
  });

  it('an answer whose Content-Length is past the cap is not read at all; one under it is', async () => {
    const big = streamingFetch(32 * MB, true);
    const refused = await createHttpClient({ userAgent: 'pubcv/test', fetch: big.fetch, minIntervalMs: { crossref: 0 } }).getText(
      'crossref',
      'https://api.crossref.org/works',
    );
    assert.equal(refused.ok, false);
    assert.ok(big.pulled.chunks <= 1);
    const small = streamingFetch(2 * MB, false);
    const read = await createHttpClient({ userAgent: 'pubcv/test', fetch: small.fetch, minIntervalMs: { crossref: 0 } }).getText(
      'crossref',
      'https://api.crossref.org/works',
    );
    assert.equal(read.ok ? read.value.length : 0, 2 * MB);
  });
});
