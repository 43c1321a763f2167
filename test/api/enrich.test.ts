import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { enrich, type EnrichReport, type NetworkSettings } from '../../src/index.js';
import { closedPortUrl, startFakeScholarlyServer, type FakeScholarlyServer, type SyntheticWork } from '../helpers/fake-scholarly-server.js';
import { SYNTHETIC_VENUE, SYNTHETIC_YEAR } from '../helpers/seed-synthetic-works.js';
import { tempDir } from '../helpers/temp-dir.js';

// enrich() as a library call against the fake scholarly APIs on 127.0.0.1: synthetic works only.

const servers: FakeScholarlyServer[] = [];
after(async () => Promise.all(servers.map((s) => s.close())));

const FOLDING: SyntheticWork = {
  title: 'Synthetic Lattice Folding for Imaginary Proteins',
  authors: [{ family: 'Okonkwo', given: 'Ada' }],
  kind: 'journal',
  year: SYNTHETIC_YEAR,
  venue: SYNTHETIC_VENUE,
  volume: '4',
  doi: '10.5555/pubcv-api.1',
};

const BIB = `@article{folding,
  author = {Okonkwo, Ada},
  title = {Synthetic Lattice Folding for Imaginary Proteins},
}

@misc{broken,
  title = {Unclosed
`;

async function network(): Promise<{ server: FakeScholarlyServer; network: NetworkSettings }> {
  const server = await startFakeScholarlyServer([FOLDING]);
  servers.push(server);
  return { server, network: { version: '0.0.0-test', env: { PUBCV_CROSSREF_URL: server.urls.crossref } } };
}

function bibIn(dir: string): string {
  const path = join(dir, 'refs.bib');
  writeFileSync(path, BIB);
  return path;
}

function asked(report: Awaited<ReturnType<typeof enrich>>): EnrichReport {
  assert.equal(report.offline, false);
  return report as EnrichReport;
}

test("enrich records a match in the lock beside the input, returns what it did and the readers' diagnostics, and prints nothing", async () => {
  const { network: settings } = await network();
  const dir = tempDir('api-enrich');
  const input = bibIn(dir);
  const report = asked(await enrich({ inputs: [input], sources: ['crossref'], network: settings, date: '2099-01-02' }));
  assert.equal(report.lock, join(dir, 'pubcv.lock.json'));
  assert.equal(report.lockWritten, true);
  assert.deepEqual(
    report.filled.map((f) => [f.id, f.source, f.fields.DOI]),
    [['folding', 'crossref', '10.5555/pubcv-api.1']],
  );
  assert.deepEqual(report.apis, ['crossref']);
  assert.equal(report.inputs, undefined);
  assert.ok(report.diagnostics.some((d) => d.severity === 'error' && d.file === input));
  assert.deepEqual(
    report.sources.map((s) => s.path),
    [input],
  );
  const lock = JSON.parse(readFileSync(report.lock, 'utf8'));
  assert.equal(lock.entries.folding.retrieved, '2099-01-02');
  assert.equal(readFileSync(input, 'utf8'), BIB, 'the input is not rewritten without write');

  const again = asked(await enrich({ inputs: [input], sources: ['crossref'], network: settings }));
  assert.equal(again.lockWritten, false, 'an unchanged lock is not rewritten');
  assert.deepEqual(
    again.skipped.map((s) => [s.id, s.reason]),
    [['folding', 'locked']],
  );
});

test('enrich with write adds the fields to the input after a backup; with offline it only plans', async () => {
  const { server, network: settings } = await network();
  const dir = tempDir('api-enrich');
  const input = bibIn(dir);
  const lock = join(dir, 'elsewhere.lock.json');

  const planned = await enrich({ inputs: [input], lock, sources: ['crossref'], network: settings, offline: true });
  assert.equal(planned.offline, true);
  if (!planned.offline) return;
  assert.deepEqual(
    planned.plan.lookups.map((l) => l.id),
    ['folding'],
  );
  assert.equal(planned.endpoints.crossref, server.urls.crossref);
  assert.equal(server.requests.length, 0);
  assert.ok(!existsSync(lock));

  const report = asked(await enrich({ inputs: [input], lock, sources: ['crossref'], network: settings, write: true }));
  assert.equal(report.lock, lock);
  assert.deepEqual(
    report.inputs?.map((w) => [w.file, w.entries, w.backup]),
    [[input, 1, `${input}.bak`]],
  );
  assert.equal(readFileSync(`${input}.bak`, 'utf8'), BIB);
  assert.match(readFileSync(input, 'utf8'), /doi = \{10\.5555\/pubcv-api\.1\}/);
});

test('enrich with every source down reports each lookup failed and writes no lock', async () => {
  const down = await closedPortUrl();
  const dir = tempDir('api-enrich');
  const input = bibIn(dir);
  const report = asked(await enrich({ inputs: [input], sources: ['crossref'], network: { version: '0.0.0-test', env: { PUBCV_CROSSREF_URL: down } } }));
  assert.deepEqual(
    report.failed.map((f) => [f.id, f.failures[0]?.kind]),
    [['folding', 'offline']],
  );
  assert.equal(report.lockWritten, false);
  assert.ok(!existsSync(report.lock));
});
