import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createHttpClient } from '../../src/enrich/http-client.js';
import { arxivQuery, arxivSource, readArxivFeed } from '../../src/enrich/sources/arxiv.js';
import { crossrefSource } from '../../src/enrich/sources/crossref.js';
import { dblpSource } from '../../src/enrich/sources/dblp.js';
import { openalexSource } from '../../src/enrich/sources/openalex.js';
import { reduceTitleMarkup } from '../../src/enrich/sources/title-markup.js';
import type { Candidate, Fetched } from '../../src/enrich/work-source.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { serverError, startFakeScholarlyServer, type FakeScholarlyServer, type SyntheticWork } from '../helpers/fake-scholarly-server.js';

const JOURNAL: SyntheticWork = {
  title: 'A Synthetic Study of <i>in vitro</i> H<sub>2</sub>O Lattices',
  authors: [
    { given: 'Alexa', family: 'Testperson', dblpNumber: '0001' },
    { given: 'Ludo', family: 'van Fixture' },
  ],
  kind: 'journal',
  year: 2021,
  month: 3,
  day: 15,
  venue: 'Journal of Synthetic Test Data',
  volume: '12',
  issue: '3',
  firstPage: '101',
  lastPage: '117',
  doi: '10.5555/synthetic.2021.001',
};
const SOLO: SyntheticWork = {
  title: 'Placeholder Methods for Invented Benchmarks',
  authors: [{ given: 'Bruno', family: 'Exampleman', dblpNumber: '0042' }],
  kind: 'conference',
  year: 2022,
  venue: 'Proceedings of the Workshop on Synthetic Examples',
  firstPage: '5',
  lastPage: '9',
  doi: '10.5555/synthetic.2022.002',
};
const PREPRINT: SyntheticWork = {
  title: 'A Synthetic Preprint on Made-Up Measurements of Nothing in Particular',
  authors: [
    { given: 'Carla', family: 'Mockingbird' },
    { given: 'Alexa', family: 'Testperson' },
  ],
  kind: 'preprint',
  year: 2023,
  month: 6,
  day: 1,
  arxivId: '2306.99999',
};
const PUBLISHED_PREPRINT: SyntheticWork = {
  ...JOURNAL,
  title: 'Synthetic Lattices Revisited at Length for Testing',
  arxivId: '2101.00001',
  doi: '10.5555/synthetic.2021.777',
};
const DATACITE_ONLY: SyntheticWork = {
  ...SOLO,
  title: 'A Synthetic Dataset Known Only to Search',
  doi: '10.5555/synthetic.data.1',
  knownTo: ['openalex', 'dblp'],
};
const UNDATED: SyntheticWork = {
  title: 'An Undated Synthetic Note',
  authors: [{ given: 'Dora', family: 'Nodate' }],
  kind: 'journal',
  doi: '10.5555/synthetic.nodate',
};

const ok = (fetched: Fetched<Candidate[]>): Candidate[] => {
  assert.equal(fetched.ok, true, fetched.ok ? '' : fetched.failure.message);
  return fetched.ok ? fetched.value : [];
};

describe('source adapters against the fake APIs', () => {
  let server: FakeScholarlyServer;
  const clock = fakeClock();
  const http = createHttpClient({ userAgent: 'pubcv/test (mailto:test@example.org)', sleep: clock.sleep, now: clock.now, retries: 0 });
  before(async () => {
    server = await startFakeScholarlyServer([JOURNAL, SOLO, PREPRINT, PUBLISHED_PREPRINT, DATACITE_ONLY, UNDATED]);
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.faults.clear();
  });

  it('Crossref: searches bibliographically with mailto and maps every field', async () => {
    const source = crossrefSource(http, server.urls.crossref, { mailto: 'test@example.org' });
    const [candidate, ...rest] = ok(await source.search({ title: 'A Synthetic Study of in vitro H2O Lattices', authors: ['Testperson', 'van Fixture'] }));
    assert.equal(rest.length, 0);
    assert.deepEqual(server.requests[0]?.query, {
      'query.bibliographic': 'A Synthetic Study of in vitro H2O Lattices',
      'query.author': 'Testperson van Fixture',
      rows: '5',
      mailto: 'test@example.org',
    });
    assert.equal(candidate?.source, 'crossref');
    assert.equal(candidate?.url, `${server.urls.crossref}/works/10.5555/synthetic.2021.001`);
    assert.deepEqual(candidate?.item, {
      id: '10.5555/synthetic.2021.001',
      type: 'article-journal',
      title: 'A Synthetic Study of <i>in vitro</i> H<sub>2</sub>O Lattices',
      author: [
        { family: 'Testperson', given: 'Alexa' },
        { family: 'van Fixture', given: 'Ludo' },
      ],
      issued: { 'date-parts': [[2021, 3, 15]] },
      'container-title': 'Journal of Synthetic Test Data',
      publisher: 'Synthetic Test Publisher',
      volume: '12',
      issue: '3',
      page: '101-117',
      DOI: '10.5555/synthetic.2021.001',
      URL: 'https://doi.org/10.5555/synthetic.2021.001',
    });
  });

  it('Crossref: looks a DOI up directly, and falls back to searching when Crossref does not know it', async () => {
    const source = crossrefSource(http, server.urls.crossref);
    const [byDoi] = ok(await source.search({ title: 'whatever', authors: [], doi: 'https://doi.org/10.5555/SYNTHETIC.2022.002' }));
    assert.equal(byDoi?.item.type, 'paper-conference');
    assert.equal(byDoi?.item['container-title'], 'Proceedings of the Workshop on Synthetic Examples');
    assert.deepEqual(
      server.requests.map((r) => r.path),
      ['/works/10.5555/synthetic.2022.002'],
    );
    server.requests.length = 0;
    const fallback = ok(await source.search({ title: 'A Synthetic Dataset Known Only to Search', authors: [], doi: '10.5555/synthetic.data.1' }));
    assert.deepEqual(fallback, []);
    assert.deepEqual(
      server.requests.map((r) => r.path),
      ['/works/10.5555/synthetic.data.1', '/works'],
    );
  });

  it('Crossref: an issued date of [[null]] gives no date', async () => {
    const [candidate] = ok(await crossrefSource(http, server.urls.crossref).search({ title: 'An Undated Synthetic Note', authors: [] }));
    assert.equal(candidate?.item.issued, undefined);
    assert.equal(candidate?.item.title, 'An Undated Synthetic Note');
  });

  it('OpenAlex: filters on the title, sends mailto and api_key, and maps every field', async () => {
    const source = openalexSource(http, server.urls.openalex, { mailto: 'test@example.org', apiKey: 'synthetic-key' });
    const [candidate] = ok(await source.search({ title: 'Placeholder Methods, for Invented Benchmarks', authors: ['Exampleman'] }));
    assert.deepEqual(server.requests[0]?.query, {
      filter: 'title.search:Placeholder Methods for Invented Benchmarks',
      'per-page': '5',
      mailto: 'test@example.org',
      api_key: 'synthetic-key',
    });
    assert.equal(candidate?.url, `${server.urls.openalex}/works/W9000000001`);
    assert.deepEqual(candidate?.item, {
      id: 'W9000000001',
      type: 'paper-conference',
      title: 'Placeholder Methods for Invented Benchmarks',
      author: [{ family: 'Exampleman', given: 'Bruno' }],
      issued: { 'date-parts': [[2022, 1, 1]] },
      'container-title': 'Proceedings of the Workshop on Synthetic Examples',
      page: '5-9',
      DOI: '10.5555/synthetic.2022.002',
      URL: 'https://doi.org/10.5555/synthetic.2022.002',
    });
  });

  it('OpenAlex: journal articles, preprints, particles and DOI lookups', async () => {
    const source = openalexSource(http, server.urls.openalex);
    const [journal] = ok(await source.search({ title: 'x', authors: [], doi: 'doi:10.5555/synthetic.2021.001' }));
    assert.equal(server.requests[0]?.path, '/works/doi:10.5555/synthetic.2021.001');
    assert.equal(journal?.item.type, 'article-journal');
    assert.deepEqual(journal?.item.author, [
      { family: 'Testperson', given: 'Alexa' },
      { family: 'van Fixture', given: 'Ludo' },
    ]);
    assert.deepEqual([journal?.item.volume, journal?.item.issue, journal?.item.page], ['12', '3', '101-117']);
    const [preprint] = ok(await source.search({ title: 'A Synthetic Preprint on Made-Up Measurements', authors: [] }));
    assert.equal(preprint?.item.type, 'article');
    assert.equal(preprint?.item.DOI, undefined);
  });

  it('dblp: reads one author given as an object, drops the 0001 suffix and the final period', async () => {
    const source = dblpSource(http, server.urls.dblp);
    const [solo] = ok(await source.search({ title: 'Placeholder Methods for Invented Benchmarks?', authors: [] }));
    assert.deepEqual(server.requests[0]?.query, { q: 'Placeholder Methods for Invented Benchmarks', format: 'json', h: '5' });
    assert.equal(solo?.url, 'https://dblp.org/rec/conf/synth/Synthetic1');
    assert.deepEqual(solo?.item, {
      id: 'conf/synth/Synthetic1',
      type: 'paper-conference',
      title: 'Placeholder Methods for Invented Benchmarks',
      author: [{ family: 'Exampleman', given: 'Bruno' }],
      issued: { 'date-parts': [[2022]] },
      'container-title': 'Proceedings of the Workshop on Synthetic Examples',
      page: '5-9',
      DOI: '10.5555/synthetic.2022.002',
      URL: 'https://doi.org/10.5555/synthetic.2022.002',
    });
    const [journal] = ok(await source.search({ title: 'A Synthetic Study of in vitro H2O Lattices', authors: [] }));
    assert.deepEqual(journal?.item.author, [
      { family: 'Testperson', given: 'Alexa' },
      { family: 'van Fixture', given: 'Ludo' },
    ]);
    assert.deepEqual([journal?.item.type, journal?.item.volume, journal?.item.issue], ['article-journal', '12', '3']);
    const [both] = ok(await source.search({ title: 'Synthetic Lattices Revisited at Length for Testing', authors: [] }));
    assert.equal(both?.item.URL, 'https://doi.org/10.5555/synthetic.2021.777', 'the first of several ee links');
  });

  it('dblp: no hits at all is an empty list', async () => {
    assert.deepEqual(ok(await dblpSource(http, server.urls.dblp).search({ title: 'Nothing Like This Exists', authors: [] })), []);
  });

  it('arXiv: asks a title phrase and first author, and reads the Atom feed', async () => {
    assert.equal(arxivQuery({ title: 'On "Quoted" (Things): A Study', authors: ['del Maestro'] }), 'ti:"On Quoted Things A Study" AND au:del_Maestro');
    const source = arxivSource(http, server.urls.arxiv);
    const [candidate] = ok(await source.search({ title: PREPRINT.title, authors: ['Mockingbird'] }));
    assert.equal(server.requests[0]?.query.search_query, `ti:"${PREPRINT.title}" AND au:Mockingbird`);
    assert.equal(server.requests[0]?.accept, 'application/atom+xml');
    assert.equal(candidate?.url, 'https://arxiv.org/abs/2306.99999');
    assert.deepEqual(candidate?.item, {
      id: '2306.99999',
      type: 'article',
      title: PREPRINT.title,
      publisher: 'arXiv',
      number: 'arXiv:2306.99999',
      author: [
        { family: 'Mockingbird', given: 'Carla' },
        { family: 'Testperson', given: 'Alexa' },
      ],
      issued: { 'date-parts': [[2023, 6, 1]] },
      URL: 'https://arxiv.org/abs/2306.99999',
    });
    const [published] = ok(await source.search({ title: 'Synthetic Lattices Revisited at Length for Testing', authors: [] }));
    assert.equal(published?.item.DOI, '10.5555/synthetic.2021.777');
    assert.equal(published?.item.note, 'Journal of Synthetic Test Data 12 (2021)');
  });

  it('arXiv: an error entry and a throttling text are failures, not candidates', () => {
    const error = readArxivFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#bad</id><title>Error</title><summary>malformed query</summary></entry></feed>',
      'https://export.arxiv.org/api/query?search_query=',
    );
    assert.equal(error.ok, false);
    if (!error.ok) assert.equal(error.failure.message, 'export.arxiv.org rejected the query: malformed query');
    const throttled = readArxivFeed('Rate exceeded.', 'https://export.arxiv.org/api/query');
    assert.equal(throttled.ok, false);
    if (!throttled.ok) assert.equal(throttled.failure.kind, 'malformed');
  });

  it('passes a network failure on as a value', async () => {
    server.faults.set('crossref', serverError(1));
    const fetched = await crossrefSource(http, server.urls.crossref).search({ title: 'x', authors: [] });
    assert.equal(fetched.ok, false);
    if (!fetched.ok) assert.deepEqual([fetched.failure.kind, fetched.failure.status, fetched.failure.source], ['http', 500, 'crossref']);
  });
});

describe('title markup', () => {
  it('keeps the CSL inline subset and reduces JATS, MathML and entities', () => {
    assert.equal(
      reduceTitleMarkup('Synthetic <jats:italic>in vitro</jats:italic> H<sub>2</sub>O &amp; <scp>Dna</scp>'),
      'Synthetic <i>in vitro</i> H<sub>2</sub>O & <span style="font-variant:small-caps;">Dna</span>',
    );
    assert.equal(
      reduceTitleMarkup(
        'On <mml:math><mml:msup><mml:mi>x</mml:mi><mml:mn>2</mml:mn></mml:msup><mml:annotation encoding="application/x-tex">x^2</mml:annotation></mml:math> Synthetic Squares',
      ),
      'On x<sup>2</sup> Synthetic Squares',
    );
    assert.equal(reduceTitleMarkup('A <b>Bold</b>\n   and <font color="red">Wrapped</font>   Title'), 'A <b>Bold</b> and Wrapped Title');
  });
});
