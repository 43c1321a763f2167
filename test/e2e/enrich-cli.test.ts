import assert from 'node:assert/strict';
import { copyFileSync, existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  closedPortUrl,
  hang,
  malformed,
  rateLimited,
  startFakeScholarlyServer,
  type FakeScholarlyServer,
  type SyntheticWork,
} from '../helpers/fake-scholarly-server.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { repoRoot } from '../helpers/run-cli.js';
import { SEED_PATH, SYNTHETIC_VENUE, SYNTHETIC_YEAR, seedSyntheticWorks } from '../helpers/seed-synthetic-works.js';
import { tempDir } from '../helpers/temp-dir.js';

// `pubcv enrich` against the fake scholarly APIs on 127.0.0.1: synthetic works only, years 2099.

const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };
const servers: FakeScholarlyServer[] = [];
after(async () => Promise.all(servers.map((s) => s.close())));

const author = (family: string, given: string) => ({ family, given });
const GRAPH: SyntheticWork = {
  title: 'Synthetic Lattice Folding for <i>Imaginary</i> Proteins',
  authors: [author('Okonkwo', 'Ada'), author('Lindqvist', 'Bo')],
  kind: 'journal',
  year: SYNTHETIC_YEAR,
  venue: SYNTHETIC_VENUE,
  volume: '4',
  issue: '2',
  firstPage: '11',
  lastPage: '19',
  doi: '10.5555/pubcv-test.1',
};
const TWINS: SyntheticWork[] = [
  {
    title: 'Twin Synthetic Benchmarks for Graphs',
    authors: [author('Marchetti', 'Cy')],
    kind: 'journal',
    year: 2098,
    venue: 'Synthetic Journal A',
    doi: '10.5555/pubcv-test.2',
  },
  {
    title: 'Twin Synthetic Benchmarks for Trees',
    authors: [author('Marchetti', 'Cy')],
    kind: 'journal',
    year: 2099,
    venue: 'Synthetic Journal B',
    doi: '10.5555/pubcv-test.3',
  },
];

const BIB = `% my papers
@article{okonkwo-folding,
  author = {Okonkwo, Ada and Lindqvist, Bo},
  title = {Synthetic Lattice Folding for \\emph{Imaginary} Proteins},
}

@misc{twins,
  author = {Marchetti, Cy},
  title  = {Twin Synthetic Benchmarks}
}
`;

async function serve(works: readonly SyntheticWork[]): Promise<{ server: FakeScholarlyServer; env: NodeJS.ProcessEnv }> {
  const server = await startFakeScholarlyServer(works);
  servers.push(server);
  const env = {
    ...PLAIN,
    PUBCV_CROSSREF_URL: server.urls.crossref,
    PUBCV_OPENALEX_URL: server.urls.openalex,
    PUBCV_DBLP_URL: server.urls.dblp,
    PUBCV_ARXIV_URL: server.urls.arxiv,
    PUBCV_DOI_URL: server.urls.doi,
    PUBCV_ORCID_URL: server.urls.orcid,
  };
  return { server, env };
}

function folder(files: Record<string, string>): string {
  const dir = tempDir('enrich');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const readLock = (dir: string) => JSON.parse(readFileSync(join(dir, 'pubcv.lock.json'), 'utf8'));

test('a confident match is filled into pubcv.lock.json; an ambiguous one is left alone and shown as suggestions', async () => {
  const { server, env } = await serve([GRAPH, ...TWINS]);
  const dir = folder({ 'refs.bib': BIB });
  const result = await runCliInProcess(['enrich', 'refs.bib', '--source', 'crossref', '--contact', 'me@example.org'], { cwd: dir, env });
  assert.equal(result.status, 0, result.stderr);
  const lock = readLock(dir);
  assert.deepEqual(Object.keys(lock.entries), ['okonkwo-folding']);
  assert.deepEqual(lock.entries['okonkwo-folding'].fields, {
    DOI: '10.5555/pubcv-test.1',
    URL: 'https://doi.org/10.5555/pubcv-test.1',
    'container-title': SYNTHETIC_VENUE,
    issue: '2',
    issued: { 'date-parts': [[SYNTHETIC_YEAR]] },
    page: '11-19',
    publisher: 'Synthetic Test Publisher',
    type: 'article-journal',
    volume: '4',
  });
  assert.equal(lock.entries['okonkwo-folding'].retrieved, '2026-01-01');
  assert.deepEqual(Object.keys(lock.unmatched), ['twins']);
  assert.match(result.stderr, /^filled {5}okonkwo-folding: year 2099, venue "Synthetic Venue for pubcv tests"/m);
  // Best first: each title is the entry's with a different ending, so neither is clearly it.
  assert.match(
    result.stderr,
    /^ {4}Twin Synthetic Benchmarks for Trees — Synthetic Journal B 2099 \(crossref, 0\.\d\d\) doi:10\.5555\/pubcv-test\.3\n {4}Twin Synthetic Benchmarks for Graphs — Synthetic Journal A 2098 \(crossref, 0\.\d\d\)/m,
  );
  assert.match(result.stderr, /^pubcv enrich: 1 filled, 1 with suggestions, 0 failed; wrote pubcv\.lock\.json$/m);
  assert.ok(server.requests.every((r) => r.userAgent === 'pubcv/0.1.0 (mailto:me@example.org)' && r.query.mailto === 'me@example.org'));
  assert.equal(readFileSync(join(dir, 'refs.bib'), 'utf8'), BIB, 'the input is not rewritten without --write');

  // Resumable: what the lock holds is not asked again.
  const before = server.requests.length;
  const again = await runCliInProcess(['enrich', 'refs.bib', '--source', 'crossref'], { cwd: dir, env });
  assert.equal(again.status, 0, again.stderr);
  assert.equal(server.requests.length, before);
  assert.match(again.stderr, /2 entries skipped \(1 already in the lock, 1 not matched before\); pubcv\.lock\.json unchanged/);
});

test('HTTP 429 is waited out and retried; a timeout or a malformed answer falls through to the next source', async () => {
  const { server, env } = await serve([GRAPH]);
  const dir = folder({ 'refs.bib': BIB.split('@misc')[0]! });
  server.faults.set('crossref', rateLimited(1, '0'));
  const limited = await runCliInProcess(['enrich', 'refs.bib', '--source', 'crossref', '--json'], { cwd: dir, env });
  assert.equal(limited.status, 0, limited.stderr);
  assert.equal(JSON.parse(limited.stdout).filled[0].id, 'okonkwo-folding');
  assert.equal(server.requests.filter((r) => r.route === 'crossref').length, 2);

  server.faults.set('crossref', hang(3000));
  const slow = await runCliInProcess(['enrich', 'refs.bib', '--refresh', '--source', 'crossref,openalex', '--timeout', '0.5', '--json'], { cwd: dir, env });
  assert.equal(slow.status, 0, slow.stderr);
  assert.equal(JSON.parse(slow.stdout).filled[0].source, 'openalex');

  server.faults.set('crossref', malformed());
  const broken = await runCliInProcess(['enrich', 'refs.bib', '--refresh', '--source', 'crossref'], { cwd: dir, env });
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /^pubcv: no source answered \(.*not JSON.*\): nothing was filled/m);
  assert.doesNotMatch(broken.stderr, /\n\s+at /, 'no stack trace');
});

test('with every server down: one clear line, exit 1, no lock written', async () => {
  const down = await closedPortUrl();
  const env = { ...PLAIN, PUBCV_CROSSREF_URL: down, PUBCV_OPENALEX_URL: down, PUBCV_DBLP_URL: down, PUBCV_ARXIV_URL: down };
  const dir = folder({ 'refs.bib': BIB });
  const result = await runCliInProcess(['enrich', 'refs.bib'], { cwd: dir, env });
  assert.equal(result.status, 1);
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  assert.match(result.stderr, /^pubcv: no source answered \(127\.0\.0\.1:\d+ could not be reached \(ECONNREFUSED\)/);
  assert.ok(!existsSync(join(dir, 'pubcv.lock.json')));
});

test('--offline says what it would look up and sends nothing', async () => {
  const { server, env } = await serve([GRAPH]);
  const dir = folder({ 'refs.bib': BIB });
  const result = await runCliInProcess(['enrich', 'refs.bib', '--offline', '--source', 'dblp,crossref'], { cwd: dir, env });
  assert.equal(result.status, 0, result.stderr);
  assert.match(
    result.stderr,
    /^would look up okonkwo-folding: "Synthetic lattice folding for imaginary proteins" by Okonkwo, Lindqvist \(missing year, venue, DOI, URL, volume, pages\)$/m,
  );
  assert.match(result.stderr, /2 entries to look up in dblp \(http:\/\/127\.0\.0\.1:\d+\/dblp\), crossref/);
  assert.equal(server.requests.length, 0);
  assert.ok(!existsSync(join(dir, 'pubcv.lock.json')));
});

test('--write never writes through a symbolic link planted at <file>.bak', async () => {
  const { env } = await serve([GRAPH]);
  const dir = folder({ 'refs.bib': BIB });
  const victim = folder({ 'secret.txt': 'keep me' });
  symlinkSync(join(victim, 'secret.txt'), join(dir, 'refs.bib.bak'));
  const result = await runCliInProcess(['enrich', 'refs.bib', '--source', 'crossref', '--write'], { cwd: dir, env });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readFileSync(join(victim, 'secret.txt'), 'utf8'), 'keep me');
  assert.equal(readFileSync(join(dir, 'refs.bib.bak'), 'utf8'), BIB);
  assert.ok(!lstatSync(join(dir, 'refs.bib.bak')).isSymbolicLink());
});

test('--write adds the fields to the .bib entry after a backup, every other byte kept, and to CSL-JSON items; a plain list is not rewritten', async () => {
  const { env } = await serve([GRAPH]);
  const dir = folder({ 'refs.bib': BIB });
  const result = await runCliInProcess(['enrich', 'refs.bib', '--source', 'crossref', '--write'], { cwd: dir, env });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readFileSync(join(dir, 'refs.bib.bak'), 'utf8'), BIB);
  const written = readFileSync(join(dir, 'refs.bib'), 'utf8');
  const added = [
    '  journal = {Synthetic Venue for pubcv tests}',
    '  publisher = {Synthetic Test Publisher}',
    '  year = {2099}',
    '  volume = {4}',
    '  number = {2}',
    '  pages = {11--19}',
    '  doi = {10.5555/pubcv-test.1}',
    '  url = {https://doi.org/10.5555/pubcv-test.1}',
  ].join(',\n');
  assert.equal(written, BIB.replace('Proteins},\n}', `Proteins},\n${added},\n}`));
  assert.match(result.stderr, /refs\.bib: added the fields found to 1 entry \(the original is in refs\.bib\.bak\)/);

  const json =
    '[\n  {"id": "fold", "type": "article-journal", "title": "Synthetic Lattice Folding for Imaginary Proteins", "author": [{"family": "Okonkwo", "given": "Ada"}], "volume": "99"}\n]\n';
  const cslDir = folder({ 'refs.json': json });
  const csl = await runCliInProcess(['enrich', 'refs.json', '--source', 'crossref', '--write'], { cwd: cslDir, env });
  assert.equal(csl.status, 0, csl.stderr);
  assert.equal(readFileSync(join(cslDir, 'refs.json.bak'), 'utf8'), json);
  const item = JSON.parse(readFileSync(join(cslDir, 'refs.json'), 'utf8'))[0];
  assert.equal(item.volume, '99', "the user's own volume stays");
  assert.equal(item['container-title'], SYNTHETIC_VENUE);
  assert.deepEqual(item.issued, { 'date-parts': [[SYNTHETIC_YEAR]] });

  const plain = folder({ 'list.txt': 'Okonkwo, Ada\nSynthetic Lattice Folding for Imaginary Proteins\nOkonkwo, Ada, Lindqvist, Bo\nAn abstract.\n' });
  const kept = await runCliInProcess(['enrich', 'list.txt', '--source', 'crossref', '--write'], { cwd: plain, env });
  assert.equal(kept.status, 0, kept.stderr);
  assert.match(kept.stderr, /list\.txt: not rewritten \(a plain list has no place for years, venues or DOIs\); the 1 entry filled stay in pubcv\.lock\.json/);
  assert.ok(!existsSync(join(plain, 'list.txt.bak')));
});

test("Done when: enrich fills the seed's years and venues into the lock, and build prints them; --no-lock does not", async () => {
  const { env } = await serve(seedSyntheticWorks());
  const dir = folder({});
  copyFileSync(SEED_PATH, join(dir, 'publications.txt'));
  const seedBefore = readFileSync(SEED_PATH);
  const enriched = await runCliInProcess(['enrich', 'publications.txt'], { cwd: dir, env });
  assert.equal(enriched.status, 0, enriched.stderr);
  assert.match(enriched.stderr, /^pubcv enrich: 10 filled, 0 with suggestions, 0 failed; wrote pubcv\.lock\.json$/m);
  const lock = readLock(dir);
  assert.equal(Object.keys(lock.entries).length, 10);

  const built = await runCliInProcess(['build', 'publications.txt', '-f', 'html', '-o', 'out', '--verbose'], {
    cwd: dir,
    env: { PUBCV_CROSSREF_URL: 'http://127.0.0.1:9', ...PLAIN },
  });
  assert.equal(built.status, 0, built.stderr);
  assert.match(built.stderr, /info lock-applied: 10 entries filled from pubcv\.lock\.json/);
  assert.doesNotMatch(built.stderr, /missing-date|missing-venue/);
  const html = readFileSync(join(dir, 'out', 'publications.html'), 'utf8');
  // APA writes a journal's name in title case.
  assert.equal(html.match(/Synthetic Venue for Pubcv Tests/gi)?.length, 10);
  assert.equal(html.match(/\(2099\)/g)?.length, 10);

  const checked = await runCliInProcess(['check', 'publications.txt'], { cwd: dir, env: PLAIN });
  assert.equal(checked.status, 0, checked.stderr);
  assert.match(checked.stderr, /info lock-applied: 10 entries filled/);
  assert.doesNotMatch(checked.stderr, /missing-date|missing-venue/);

  // Same output folder, so the entry cache of the locked build is there: its entries must not be reused.
  const unlocked = await runCliInProcess(['build', 'publications.txt', '-f', 'html', '-o', 'out', '--no-lock'], { cwd: dir, env: PLAIN });
  assert.equal(unlocked.status, 0, unlocked.stderr);
  assert.match(unlocked.stderr, /missing-date/);
  const plainHtml = readFileSync(join(dir, 'out', 'publications.html'), 'utf8');
  assert.doesNotMatch(plainHtml, /Synthetic Venue|2099/i);
  assert.deepEqual(readFileSync(SEED_PATH), seedBefore, 'the bundled example is untouched');
  assert.ok(!existsSync(join(repoRoot, 'examples', 'pubcv.lock.json')));
});
