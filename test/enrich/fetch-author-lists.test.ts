import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fetchDblpPersonWorks, parseDblpPid, withoutDisambiguationNumbers } from '../../src/enrich/fetch-dblp-person.js';
import { fetchOpenAlexAuthorWorks, parseOpenAlexAuthor } from '../../src/enrich/fetch-openalex-author.js';
import type { HttpClient } from '../../src/enrich/http-client.js';
import { clockedHttp } from '../helpers/clocked-http.js';
import type { FakeClock } from '../helpers/fake-clock.js';
import {
  afterRequests,
  malformed,
  rateLimited,
  serverError,
  startFakeScholarlyServer,
  type FakeScholarlyServer,
  type SyntheticWork,
} from '../helpers/fake-scholarly-server.js';

// dblp's person BibTeX and OpenAlex's works-by-author listing, against the fake services on
// 127.0.0.1 with a fake clock (waits are recorded, not slept). Invented works and people only.

const person = { given: 'Alexa', family: 'Testperson', dblpNumber: '0001' };
const JOURNAL: SyntheticWork = {
  title: 'Synthetic Lattices in Practice',
  authors: [person, { given: 'Bruno', family: 'Fixturé' }],
  kind: 'journal',
  year: 2022,
  venue: 'Journal of Synthetic Test Data',
  volume: '4',
  doi: '10.5555/lists.journal',
};
const PREPRINT: SyntheticWork = { title: 'Synthetic Lattices in Practice', authors: [person], kind: 'preprint', year: 2021, volume: 'abs/2101.99999' };
const UNCOUNTED: SyntheticWork = { title: 'A Synthetic Work Nobody Counted', authors: [person], kind: 'conference', year: 2023, citedBy: null };
const UNTITLED: SyntheticWork = { title: '', authors: [person], kind: 'journal', year: 2020 };
const MANY: SyntheticWork[] = Array.from({ length: 250 }, (_, i) => ({
  title: `Synthetic Paged Work Number ${i + 1}`,
  authors: [person],
  kind: 'journal' as const,
  year: 2000 + (i % 20),
  venue: 'Journal of Synthetic Paging',
}));
const PID = '00/1234';
const AUTHOR = 'A5000000001';
const PROLIFIC = 'A5000000002';

describe('importing a dblp person and an OpenAlex author', () => {
  let server: FakeScholarlyServer;
  let clock: FakeClock;
  let http: HttpClient;

  before(async () => {
    server = await startFakeScholarlyServer([], {
      dblpPersons: { [PID]: [JOURNAL, PREPRINT], 's/AlexaTestperson': [] },
      openalexAuthors: { [AUTHOR]: [JOURNAL, UNCOUNTED, UNTITLED], [PROLIFIC]: MANY },
    });
  });
  after(() => server.close());
  beforeEach(() => {
    server.faults.clear();
    server.requests.length = 0;
    ({ clock, http } = clockedHttp());
  });

  it('reads dblp PIDs and person addresses, and nothing else', () => {
    for (const [input, pid] of [
      ['123/4567', '123/4567'],
      ['123/4567-1', '123/4567-1'],
      ['s/JohnSmith', 's/JohnSmith'],
      ['https://dblp.org/pid/123/4567.html', '123/4567'],
      ['dblp.uni-trier.de/pid/s/JohnSmith.bib', 's/JohnSmith'],
    ])
      assert.equal(parseDblpPid(input ?? ''), pid, input);
    for (const input of ['', '1234567', 'John Smith', '123/', '../../etc/passwd', 'https://dblp.org/rec/conf/icse/Smith21', '12/34/56'])
      assert.equal(parseDblpPid(input), undefined, input);
  });

  it('reads OpenAlex author ids and addresses, and nothing else', () => {
    for (const input of ['A5023888391', 'a5023888391', 'https://openalex.org/A5023888391', 'https://api.openalex.org/authors/A5023888391'])
      assert.equal(parseOpenAlexAuthor(input), 'A5023888391', input);
    for (const input of ['', 'W2741809807', 'A', 'A12x', '5023888391', 'https://openalex.org/W2741809807'])
      assert.equal(parseOpenAlexAuthor(input), undefined, input);
  });

  it('drops dblp disambiguation numbers from names only', () => {
    const bib = '@article{DBLP:x,\n  author = {Wei Wang 0001 and\n                  Ana Lee 0002},\n  title = {Advances of 2021 and Beyond},\n}\n';
    assert.equal(
      withoutDisambiguationNumbers(bib),
      '@article{DBLP:x,\n  author = {Wei Wang and\n                  Ana Lee},\n  title = {Advances of 2021 and Beyond},\n}\n',
    );
  });

  it("reads a dblp person's BibTeX: names without dblp's numbers, the CoRR preprint as an article in CoRR", async () => {
    const fetched = await fetchDblpPersonWorks(http, server.urls.dblp, `https://dblp.org/pid/${PID}.html`);
    assert.ok(fetched.ok);
    const [journal, preprint] = fetched.value.items;
    assert.equal(journal?.title, 'Synthetic lattices in practice');
    assert.deepEqual(journal?.author?.[0], { given: 'Alexa', family: 'Testperson' });
    assert.equal(journal?.DOI, '10.5555/lists.journal');
    assert.equal(journal?.id, 'DBLP:journals/synth/Synthetic0');
    assert.equal(preprint?.['container-title'], 'CoRR');
    assert.deepEqual(fetched.value.unreadable, []);
    assert.deepEqual(
      server.requests.map((r) => r.path),
      [`/pid/${PID}.bib`],
    );
  });

  it('a dblp person without publications has none; an unknown one is a 404 named as such', async () => {
    const empty = await fetchDblpPersonWorks(http, server.urls.dblp, 's/AlexaTestperson');
    assert.ok(empty.ok);
    assert.equal(empty.value.items.length, 0);
    const unknown = await fetchDblpPersonWorks(http, server.urls.dblp, '99/9999');
    assert.equal(unknown.ok, false);
    if (!unknown.ok) assert.match(unknown.failure.message, /^127\.0\.0\.1:\d+ has no person 99\/9999 \(HTTP 404\)$/);
  });

  it('waits as dblp asks on a 429 (Retry-After), then reads; a body that is not BibTeX fails', async () => {
    server.faults.set('dblp', rateLimited(1, '3'));
    const fetched = await fetchDblpPersonWorks(http, server.urls.dblp, PID);
    assert.ok(fetched.ok);
    assert.ok(clock.sleeps.includes(3000), `slept ${clock.sleeps.join(', ')}`);
    server.faults.set('dblp', malformed(1));
    const broken = await fetchDblpPersonWorks(http, server.urls.dblp, PID);
    assert.equal(broken.ok, false);
    if (!broken.ok) assert.match(broken.failure.message, /did not answer with BibTeX for 00\/1234/);
  });

  it("reads an OpenAlex author's works page by page with a cursor and the mailto; a work with no count is still a work, one without a title is counted", async () => {
    const fetched = await fetchOpenAlexAuthorWorks(http, server.urls.openalex, `https://openalex.org/${AUTHOR}`, { mailto: 'me@example.org' });
    assert.ok(fetched.ok);
    assert.deepEqual(
      fetched.value.items.map((item) => item.title),
      [JOURNAL.title, UNCOUNTED.title],
    );
    assert.equal(fetched.value.author.name, 'Synthetic Author');
    assert.equal(fetched.value.untitled, 1);
    const [first, second] = server.requests;
    assert.equal(first?.path, `/authors/${AUTHOR}`);
    assert.deepEqual(second?.query, { filter: `author.id:${AUTHOR}`, 'per-page': '100', cursor: '*', mailto: 'me@example.org' });
  });

  it('follows next_cursor to the last page', async () => {
    const fetched = await fetchOpenAlexAuthorWorks(http, server.urls.openalex, PROLIFIC);
    assert.ok(fetched.ok);
    assert.equal(fetched.value.items.length, 250);
    assert.equal(new Set(fetched.value.items.map((item) => item.title)).size, 250);
    const cursors = server.requests.filter((r) => r.path === '/works').map((r) => r.query.cursor);
    assert.equal(cursors.length, 3);
    assert.equal(cursors[0], '*');
  });

  it('a 429 on a later page is waited out as Retry-After asks; a page that keeps failing fails the whole list, saying where', async () => {
    server.faults.set('openalex', afterRequests(2, rateLimited(1, '5')));
    const waited = await fetchOpenAlexAuthorWorks(http, server.urls.openalex, PROLIFIC);
    assert.ok(waited.ok);
    assert.equal(waited.value.items.length, 250);
    assert.ok(clock.sleeps.includes(5000), `slept ${clock.sleeps.join(', ')}`);

    server.faults.set('openalex', afterRequests(2, serverError(10, 503)));
    const partial = await fetchOpenAlexAuthorWorks(http, server.urls.openalex, PROLIFIC);
    assert.equal(partial.ok, false);
    if (!partial.ok) assert.match(partial.failure.message, /answered HTTP 503.*still after 3 retries \(page 2 of the works of A5000000002, after 100 works\)$/);
  });

  it('an unknown author is a 404 named as such, before any works are asked for', async () => {
    const fetched = await fetchOpenAlexAuthorWorks(http, server.urls.openalex, 'A999');
    assert.equal(fetched.ok, false);
    if (!fetched.ok) assert.match(fetched.failure.message, /has no author A999 \(HTTP 404\)$/);
    assert.equal(server.requests.filter((r) => r.path === '/works').length, 0);
  });
});
