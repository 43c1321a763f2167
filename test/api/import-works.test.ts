import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { importWorks, UserError, type NetworkSettings } from '../../src/index.js';
import { afterRequests, closedPortUrl, startFakeScholarlyServer, type FakeScholarlyServer, type SyntheticWork } from '../helpers/fake-scholarly-server.js';
import { tempDir } from '../helpers/temp-dir.js';

// importWorks() as a library call against the fake doi.org, ORCID, dblp and OpenAlex on 127.0.0.1.
// 0000-0002-1825-0097 is ORCID's documented example iD; here it lists invented works.
const ORCID = '0000-0002-1825-0097';
const base = { authors: [{ given: 'Ada', family: 'Okonkwo' }], kind: 'journal' as const, year: 2099, venue: 'Synthetic Venue for pubcv tests' };
const WORKS: SyntheticWork[] = [
  { ...base, title: 'Synthetic Import One', doi: '10.5555/pubcv-api-import.1' },
  { ...base, title: 'Synthetic Import Without a DOI' },
  { ...base, title: 'Synthetic Import Two', doi: '10.5555/pubcv-api-import.2' },
];

// A dblp person and an OpenAlex author with a published paper, its CoRR/arXiv preprint and one more.
const person = [{ given: 'Ada', family: 'Okonkwo' }];
const PAPER: SyntheticWork = {
  title: 'Synthetic Listed Lattices',
  authors: person,
  kind: 'conference',
  year: 2098,
  venue: 'Proc. Synthetic',
  doi: '10.5555/pubcv-api-list.1',
};
const PREPRINT: SyntheticWork = { title: 'Synthetic Listed Lattices', authors: person, kind: 'preprint', year: 2097, arxivId: '2097.00001' };
const OTHER: SyntheticWork = {
  title: 'Another Synthetic Listed Result',
  authors: person,
  kind: 'journal',
  year: 2099,
  venue: 'J. Synthetic',
  doi: '10.5555/pubcv-api-list.2',
};
const PID = '00/4242';
const AUTHOR = 'A5000004242';
const MANY: SyntheticWork[] = Array.from({ length: 150 }, (_, i) => ({
  title: `Synthetic Paged Result Number ${i}`,
  authors: person,
  kind: 'journal' as const,
  year: 2050,
}));

let server: FakeScholarlyServer;
let network: NetworkSettings;
before(async () => {
  server = await startFakeScholarlyServer(WORKS, {
    orcids: { [ORCID]: WORKS },
    dblpPersons: { [PID]: [PREPRINT, PAPER, OTHER] },
    openalexAuthors: { [AUTHOR]: [PAPER, PREPRINT, OTHER], A5000000150: MANY },
  });
  const env = {
    PUBCV_DOI_URL: server.urls.doi,
    PUBCV_ORCID_URL: server.urls.orcid,
    PUBCV_DBLP_URL: server.urls.dblp,
    PUBCV_OPENALEX_URL: server.urls.openalex,
  };
  network = { version: '0.0.0-test', env };
});
after(async () => server.close());

test('importWorks writes the works fetched by DOI, in any written form, and reports the ones that failed', async () => {
  const out = join(tempDir('api-import'), 'works.json');
  const report = await importWorks({ dois: ['doi:10.5555/pubcv-api-import.1', '10.5555/pubcv-api-import.404'], out, format: 'json', network });
  assert.equal(report.written, out);
  assert.deepEqual(
    report.works.map((w) => w.id),
    ['okonkwo2099synthetic'],
  );
  assert.equal(report.failures.length, 1);
  assert.match(report.failures[0]?.message ?? '', /HTTP 404/);
  assert.deepEqual(
    JSON.parse(readFileSync(out, 'utf8')).map((i: { id: string }) => i.id),
    ['okonkwo2099synthetic'],
  );
});

test("importWorks with an ORCID iD writes the record's works as BibTeX and names those without a DOI", async () => {
  const out = join(tempDir('api-import'), 'mine.bib');
  const report = await importWorks({ orcid: ORCID, out, format: 'bib', network });
  assert.equal(report.works.length, 2);
  assert.deepEqual(
    report.withoutDoi.map((w) => w.title),
    ['Synthetic Import Without a DOI'],
  );
  assert.equal(readFileSync(out, 'utf8').match(/^@article\{/gm)?.length, 2);
});

test('importWorks writes nothing when no work could be fetched, and refuses a text that is not a DOI or an ORCID iD before fetching', async () => {
  const dir = tempDir('api-import');
  const down = await closedPortUrl();
  const none = await importWorks({
    dois: ['10.5555/pubcv-api-import.1'],
    out: join(dir, 'none.json'),
    format: 'json',
    network: { version: '0.0.0-test', env: { PUBCV_DOI_URL: down } },
  });
  assert.equal(none.written, undefined);
  assert.equal(none.failures[0]?.kind, 'offline');
  assert.ok(!existsSync(join(dir, 'none.json')));

  const asked = server.requests.length;
  await assert.rejects(importWorks({ dois: ['hello'], out: join(dir, 'x.json'), format: 'json', network }), (error: unknown) => {
    assert.ok(error instanceof UserError);
    assert.equal(error.exitCode, 2);
    assert.equal(error.diagnostic.code, 'not-a-doi');
    return true;
  });
  await assert.rejects(importWorks({ orcid: '0000-0002-1825-0098', out: join(dir, 'x.json'), format: 'json', network }), /not an ORCID iD/);
  assert.equal(server.requests.length, asked);
});

test('importWorks reports an unreadable ORCID record as its one failure, and writes nothing', async () => {
  const out = join(tempDir('api-import'), 'x.json');
  const report = await importWorks({ orcid: '0000-0001-5109-3700', out, format: 'json', network });
  assert.ok(report.failure);
  assert.equal(report.written, undefined);
  assert.ok(!existsSync(out));
});

test("a dblp person's works: the CoRR preprint of a paper imported with it is left out, and what the user's files hold is skipped with its place", async () => {
  const dir = tempDir('api-import');
  const refs = join(dir, 'refs.bib');
  const broken = '@article{broken,\n  title = {Never closed\n';
  writeFileSync(
    refs,
    `@article{mine,\n  title = {Another synthetic listed result},\n  author = {Okonkwo, Ada},\n  year = {2099},\n  doi = {10.5555/PUBCV-API-LIST.2}\n}\n${broken}`,
  );
  const out = join(dir, 'dblp.bib');
  const report = await importWorks({ dblp: PID, inputs: [refs], out, format: 'bib', network });
  assert.equal(report.written, out);
  // The entry that cannot be read is counted: a work it holds would not be recognised.
  assert.equal(report.unreadInputs, 1);
  assert.deepEqual(
    report.works.map((w) => [w.id, w.type, w['container-title']]),
    [['okonkwo2098synthetic', 'paper-conference', 'Proc. Synthetic']],
  );
  assert.deepEqual(
    report.skipped.map((s) => [s.title, s.by, s.heldBy]),
    [
      ['Synthetic listed lattices', 'preprint', { id: 'okonkwo2098synthetic', imported: true }],
      ['Another synthetic listed result', 'doi', { id: 'mine', file: refs, line: 1, imported: false }],
    ],
  );
  const bib = readFileSync(out, 'utf8');
  assert.equal(bib.match(/^@/gm)?.length, 1);
  // dblp's bookkeeping is not kept: its key, timestamp, biburl and bibsource.
  assert.doesNotMatch(bib, /DBLP:|timestamp|biburl|bibsource/);
});

test('the DOIs the lock found for entries count, and a dry run writes nothing', async () => {
  const dir = tempDir('api-import');
  const refs = join(dir, 'refs.bib');
  writeFileSync(refs, '@article{mine,\n  title = {Synthetic Listed Lattices (the talk)},\n  author = {Okonkwo, Ada}\n}\n');
  const lock = {
    version: 2,
    entries: {
      mine: {
        title: 'Synthetic Listed Lattices (the talk)',
        fields: { DOI: '10.5555/pubcv-api-list.1' },
        source: 'crossref',
        url: 'u',
        retrieved: '2026-01-01',
        score: 0.9,
      },
    },
  };
  writeFileSync(join(dir, 'pubcv.lock.json'), JSON.stringify(lock));
  const out = join(dir, 'new.json');
  const report = await importWorks({ openalexAuthor: `https://openalex.org/${AUTHOR}`, inputs: [refs], out, format: 'json', dryRun: true, network });
  assert.equal(report.written, undefined);
  assert.ok(!existsSync(out));
  assert.deepEqual(
    report.works.map((w) => w.title),
    ['Another Synthetic Listed Result'],
  );
  assert.deepEqual(
    report.skipped.map((s) => [s.by, s.heldBy.id]),
    [
      ['doi', 'mine'],
      ['preprint', 'mine'],
    ],
  );
});

test('a list that fails part-way (a 5xx on its second page) writes nothing at all', async () => {
  const out = join(tempDir('api-import'), 'half.json');
  // Retry-After: 0 keeps the client's retries from waiting out its backoff in real time.
  server.faults.set('openalex', afterRequests(2, { kind: 'status', status: 502, times: 10, retryAfter: '0' }));
  try {
    const report = await importWorks({ openalexAuthor: 'A5000000150', out, format: 'json', network });
    assert.match(report.failure?.message ?? '', /HTTP 502.*\(page 2 of the works of A5000000150, after 100 works\)/);
    assert.equal(report.written, undefined);
    assert.deepEqual(report.works, []);
    assert.ok(!existsSync(out));
  } finally {
    server.faults.clear();
  }
});

test('a malformed dblp PID or OpenAlex author id is a usage error before anything is asked', async () => {
  const dir = tempDir('api-import');
  const asked = server.requests.length;
  for (const [options, code] of [
    [{ dblp: 'John Smith' }, 'not-a-dblp-pid'],
    [{ openalexAuthor: 'W2741809807' }, 'not-an-openalex-author'],
  ] as const) {
    await assert.rejects(importWorks({ ...options, out: join(dir, 'x.json'), format: 'json', network }), (error: unknown) => {
      assert.ok(error instanceof UserError);
      assert.equal(error.exitCode, 2);
      assert.equal(error.diagnostic.code, code);
      return true;
    });
  }
  assert.equal(server.requests.length, asked);
});
