import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fetchOrcidDois, orcidCheckDigit, parseOrcid } from '../../src/enrich/fetch-orcid.js';
import { createHttpClient } from '../../src/enrich/http-client.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { malformed, rateLimited, startFakeScholarlyServer, type FakeScholarlyServer, type SyntheticWork } from '../helpers/fake-scholarly-server.js';

// 0000-0002-1825-0097 is ORCID's documented example iD (the fictitious Josiah Carberry); here it
// holds synthetic works only.
const ORCID = '0000-0002-1825-0097';

const base = { authors: [{ given: 'Alexa', family: 'Testperson' }], kind: 'journal' as const, year: 2021, venue: 'Journal of Synthetic Test Data' };
const WORKS: SyntheticWork[] = [
  { ...base, title: 'A Synthetic Study One', doi: '10.5555/synthetic.one' },
  { ...base, title: 'A Synthetic Study Without Identifier' },
  { ...base, title: 'A Synthetic Study One, Listed Twice', doi: '10.5555/SYNTHETIC.ONE' },
  { ...base, title: 'A Synthetic Preprint Pointing at Its Published Version', doi: '10.5555/synthetic.published', orcidDoiRelationship: 'version-of' },
  { ...base, title: 'A Synthetic Study Two', doi: '10.5555/synthetic.two' },
];

describe('ORCID iDs', () => {
  it('checks the ISO 7064 11,2 check digit', () => {
    assert.equal(orcidCheckDigit('000000021825009'), '7');
    assert.equal(parseOrcid(ORCID), ORCID);
    assert.equal(parseOrcid(`https://orcid.org/${ORCID}`), ORCID);
    assert.equal(parseOrcid('0000000218250097'), ORCID);
    assert.equal(parseOrcid('0000-0002-1694-233x'), '0000-0002-1694-233X');
    assert.equal(parseOrcid('0000-0002-1825-0098'), undefined);
    assert.equal(parseOrcid('0000-0002-1825-009'), undefined);
    assert.equal(parseOrcid('Testperson'), undefined);
  });
});

describe('fetchOrcidDois', () => {
  let server: FakeScholarlyServer;
  const clock = fakeClock();
  const http = createHttpClient({ userAgent: 'pubcv/test (mailto:test@example.org)', sleep: clock.sleep, now: clock.now, retries: 1 });
  before(async () => {
    server = await startFakeScholarlyServer(WORKS, { orcids: { [ORCID]: WORKS } });
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.faults.clear();
  });

  it('lists each self DOI once, in order, and the works without one', async () => {
    const fetched = await fetchOrcidDois(http, server.urls.orcid, `https://orcid.org/${ORCID}`);
    assert.deepEqual(
      server.requests.map((r) => [r.path, r.accept]),
      [[`/v3.0/${ORCID}/works`, 'application/json']],
    );
    assert.deepEqual(fetched, {
      ok: true,
      value: {
        dois: ['10.5555/synthetic.one', '10.5555/synthetic.two'],
        withoutDoi: [
          { title: 'A Synthetic Study Without Identifier', url: 'https://example.org/synthetic/1' },
          { title: 'A Synthetic Preprint Pointing at Its Published Version' },
        ],
      },
    });
  });

  it('refuses an iD whose check digit is wrong, without asking', async () => {
    const fetched = await fetchOrcidDois(http, server.urls.orcid, '0000-0002-1825-0098');
    assert.equal(fetched.ok, false);
    if (!fetched.ok) assert.match(fetched.failure.message, /is not an ORCID iD/);
    assert.equal(server.requests.length, 0);
  });

  it('says when there is no public record', async () => {
    const fetched = await fetchOrcidDois(http, server.urls.orcid, '0000-0002-1694-233X');
    assert.equal(fetched.ok, false);
    if (!fetched.ok) assert.match(fetched.failure.message, /has no public record 0000-0002-1694-233X \(HTTP 404\)$/);
  });

  it('retries a 429, and reports a malformed answer', async () => {
    server.faults.set('orcid', rateLimited(1, '1'));
    assert.equal((await fetchOrcidDois(http, server.urls.orcid, ORCID)).ok, true);
    server.faults.set('orcid', malformed());
    const fetched = await fetchOrcidDois(http, server.urls.orcid, ORCID);
    assert.equal(fetched.ok, false);
    if (!fetched.ok) assert.equal(fetched.failure.kind, 'malformed');
  });
});
