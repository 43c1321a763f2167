import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { cleanResolverCsl, fetchDoiWork } from '../../src/enrich/fetch-doi.js';
import { createHttpClient } from '../../src/enrich/http-client.js';
import { normalizeDoi } from '../../src/enrich/normalize-doi.js';
import { fakeClock } from '../helpers/fake-clock.js';
import {
  closedPortUrl,
  rateLimited,
  startFakeScholarlyServer,
  SYNTHETIC_WORKS,
  type FakeScholarlyServer,
  type SyntheticWork,
} from '../helpers/fake-scholarly-server.js';

/** The first synthetic work: a dated journal article with volume, issue, pages and DOI. */
const WORK = SYNTHETIC_WORKS[0] as SyntheticWork;

describe('fetchDoiWork', () => {
  let server: FakeScholarlyServer;
  const clock = fakeClock();
  const http = createHttpClient({ userAgent: 'pubcv/test (mailto:test@example.org)', sleep: clock.sleep, now: clock.now });
  before(async () => {
    server = await startFakeScholarlyServer([WORK]);
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.faults.clear();
  });

  it('asks the resolver for CSL-JSON, follows its redirect, and keeps only CSL variables', async () => {
    const fetched = await fetchDoiWork(http, server.urls.doi, 'https://doi.org/10.5555/SYNTHETIC.2021.001');
    assert.equal(fetched.ok, true);
    assert.deepEqual(
      server.requests.map((r) => [r.path, r.accept]),
      [
        ['/10.5555/synthetic.2021.001', 'application/vnd.citationstyles.csl+json'],
        ['/agency/10.5555/synthetic.2021.001', 'application/vnd.citationstyles.csl+json'],
      ],
    );
    if (!fetched.ok) return;
    assert.deepEqual(fetched.value, {
      id: '10.5555/synthetic.2021.001',
      type: 'article-journal',
      title: 'A Synthetic Study of <i>Imaginary</i> Graph Colourings',
      author: [
        { family: 'Testperson', given: 'Alexa' },
        { family: 'Fixturé', given: 'Bruno' },
      ],
      issued: { 'date-parts': [[2021, 3, 15]] },
      'container-title': 'Journal of Synthetic Test Data',
      publisher: 'Synthetic Test Publisher',
      volume: '12',
      issue: '3',
      URL: 'https://doi.org/10.5555/synthetic.2021.001',
      page: '101-117',
      DOI: '10.5555/synthetic.2021.001',
    });
  });

  it('retries a rate-limited resolver', async () => {
    server.faults.set('doi', rateLimited(1, '1'));
    const fetched = await fetchDoiWork(http, server.urls.doi, 'doi:10.5555/synthetic.2021.001');
    assert.equal(fetched.ok, true);
  });

  it('says which DOI the resolver does not know', async () => {
    const fetched = await fetchDoiWork(http, server.urls.doi, '10.5555/synthetic.missing');
    assert.equal(fetched.ok, false);
    if (fetched.ok) return;
    assert.equal(fetched.failure.kind, 'http');
    assert.equal(fetched.failure.status, 404);
    assert.match(fetched.failure.message, /^127\.0\.0\.1:\d+ does not know the DOI 10\.5555\/synthetic\.missing \(HTTP 404\)$/);
  });

  it('refuses something that is not a DOI without asking', async () => {
    const fetched = await fetchDoiWork(http, server.urls.doi, 'not-a-doi');
    assert.equal(fetched.ok, false);
    if (!fetched.ok) assert.equal(fetched.failure.kind, 'malformed');
    assert.equal(server.requests.length, 0);
  });

  it('reports a resolver that is down as offline', async () => {
    const fetched = await fetchDoiWork(http, await closedPortUrl(), '10.5555/synthetic.2021.001');
    assert.equal(fetched.ok, false);
    if (!fetched.ok) assert.equal(fetched.failure.kind, 'offline');
  });
});

describe('normalizeDoi and cleanResolverCsl', () => {
  it('strips resolver prefixes and lower-cases', () => {
    assert.equal(normalizeDoi('https://doi.org/10.5555/ABC.1'), '10.5555/abc.1');
    assert.equal(normalizeDoi('http://dx.doi.org/10.5555/abc%2F2'), '10.5555/abc/2');
    assert.equal(normalizeDoi('doi: 10.5555/abc.3'), '10.5555/abc.3');
    assert.equal(normalizeDoi('DOI:10.5555/abc.4'), '10.5555/abc.4');
    assert.equal(normalizeDoi('11.5555/abc'), undefined);
    assert.equal(normalizeDoi('10.5555'), undefined);
  });

  it('takes the first of array values, organisation names, and dates with gaps', () => {
    const item = cleanResolverCsl(
      {
        type: 'journal-article',
        title: ['An Array-Titled <jats:italic>Synthetic</jats:italic> Work'],
        'container-title': ['Journal of Synthetic Test Data', 'J. Synth. Test Data'],
        author: [
          { name: 'The Synthetic Consortium', sequence: 'first', affiliation: [] },
          { family: 'Testperson', given: 'Alexa', ORCID: 'https://orcid.org/0000-0002-1825-0097' },
        ],
        issued: { 'date-parts': [[null]] },
        'published-online': { 'date-parts': [[2020, 5, null]] },
        ISSN: ['0000-0000', '1111-1111'],
        reference: [{ key: 'r1' }],
        abstract: '<jats:p>Not kept.</jats:p>',
      },
      '10.5555/array',
    );
    assert.deepEqual(item, {
      id: '10.5555/array',
      type: 'article-journal',
      title: 'An Array-Titled <i>Synthetic</i> Work',
      author: [{ literal: 'The Synthetic Consortium' }, { family: 'Testperson', given: 'Alexa' }],
      issued: { 'date-parts': [[2020, 5]] },
      'container-title': 'Journal of Synthetic Test Data',
      ISSN: '0000-0000',
      DOI: '10.5555/array',
    });
    assert.equal(cleanResolverCsl({ type: 'dataset' }, '10.5555/untitled'), undefined);
    assert.equal(cleanResolverCsl('<html></html>', '10.5555/html'), undefined);
  });
});
