import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { importWorks, UserError, type NetworkSettings } from '../../src/index.js';
import { closedPortUrl, startFakeScholarlyServer, type FakeScholarlyServer, type SyntheticWork } from '../helpers/fake-scholarly-server.js';
import { tempDir } from '../helpers/temp-dir.js';

// importWorks() as a library call against the fake doi.org and ORCID on 127.0.0.1.
// 0000-0002-1825-0097 is ORCID's documented example iD; here it lists invented works.
const ORCID = '0000-0002-1825-0097';
const base = { authors: [{ given: 'Ada', family: 'Okonkwo' }], kind: 'journal' as const, year: 2099, venue: 'Synthetic Venue for pubcv tests' };
const WORKS: SyntheticWork[] = [
  { ...base, title: 'Synthetic Import One', doi: '10.5555/pubcv-api-import.1' },
  { ...base, title: 'Synthetic Import Without a DOI' },
  { ...base, title: 'Synthetic Import Two', doi: '10.5555/pubcv-api-import.2' },
];

let server: FakeScholarlyServer;
let network: NetworkSettings;
before(async () => {
  server = await startFakeScholarlyServer(WORKS, { orcids: { [ORCID]: WORKS } });
  network = { version: '0.0.0-test', env: { PUBCV_DOI_URL: server.urls.doi, PUBCV_ORCID_URL: server.urls.orcid } };
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
