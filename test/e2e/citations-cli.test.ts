import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { rateLimited, startFakeScholarlyServer, type FakeScholarlyServer } from '../helpers/fake-scholarly-server.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { SEED_PATH, seedSyntheticWorks } from '../helpers/seed-synthetic-works.js';
import { tempDir } from '../helpers/temp-dir.js';

// `pubcv enrich --citations` and `build --show-citations` on the seed, against the fake APIs.

const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '', SOURCE_DATE_EPOCH: '1796428800' };
const servers: FakeScholarlyServer[] = [];
after(async () => Promise.all(servers.map((s) => s.close())));

/** OpenAlex's counts for the seed's ten works: the ninth has none (null), the tenth Crossref lacks too. */
const CITED_BY = [120, 45, 12, 10, 9, 3, 1, 0, null, null];
const REFERENCED_BY = [98, 40, 11, 10, 7, 2, 1, 0, 5, null];

async function seedFolder(): Promise<{ dir: string; server: FakeScholarlyServer; env: NodeJS.ProcessEnv }> {
  const works = seedSyntheticWorks().map((work, i) => ({ ...work, citedBy: CITED_BY[i]!, referencedBy: REFERENCED_BY[i]! }));
  const server = await startFakeScholarlyServer(works);
  servers.push(server);
  const dir = tempDir('citations');
  copyFileSync(SEED_PATH, join(dir, 'publications.txt'));
  const env = {
    ...PLAIN,
    PUBCV_CROSSREF_URL: server.urls.crossref,
    PUBCV_OPENALEX_URL: server.urls.openalex,
    PUBCV_DBLP_URL: server.urls.dblp,
    PUBCV_ARXIV_URL: server.urls.arxiv,
  };
  return { dir, server, env };
}

test('the seed, enriched and counted against the fakes, builds with "Cited by" and a summary; two builds are byte-identical', async () => {
  const { dir, server, env } = await seedFolder();
  const enriched = await runCliInProcess(['enrich', 'publications.txt', '--source', 'crossref'], { cwd: dir, env });
  assert.equal(enriched.status, 0, enriched.stderr);
  server.requests.length = 0;
  server.faults.set('openalex', rateLimited(1, '1'));
  const counted = await runCliInProcess(['enrich', 'publications.txt', '--citations'], { cwd: dir, env });
  assert.equal(counted.status, 0, counted.stderr);
  assert.match(
    counted.stderr,
    /^pubcv enrich --citations: 9 counted, 1 without a count, 0 failed, 0 without a DOI or OpenAlex match; wrote pubcv\.lock\.json$/m,
  );
  assert.match(counted.stderr, /no count from openalex/);
  // --citations asks nothing but the counts.
  assert.deepEqual([...new Set(server.requests.map((r) => r.route))].sort(), ['crossref', 'openalex']);
  assert.ok(server.requests.every((r) => r.path.startsWith('/works/')));
  const lock = JSON.parse(readFileSync(join(dir, 'pubcv.lock.json'), 'utf8'));
  assert.equal(lock.version, 2);
  const first = Object.values(lock.citations as Record<string, { openalex?: { count: number; retrieved: string } }>).map((c) => c.openalex?.count);
  assert.equal(first.filter((c) => c !== undefined).length, 8);

  const build = (out: string) =>
    runCliInProcess(['build', 'publications.txt', '-n', 'Sui, Yang', '--show-citations', '-o', out, '--no-cache'], {
      cwd: dir,
      env: { ...PLAIN, PUBCV_OPENALEX_URL: 'http://127.0.0.1:9', PUBCV_CROSSREF_URL: 'http://127.0.0.1:9' },
    });
  const one = await build('one');
  assert.equal(one.status, 0, one.stderr);
  const html = readFileSync(join(dir, 'one', 'publications.html'), 'utf8');
  // OpenAlex's eight counts (Crossref's 5 for the ninth; none for the tenth): 120+45+12+10+9+3+1+0+5.
  assert.match(html, /Citation metrics: Total citations 205; h-index 5; i10-index 4/);
  assert.match(html, /as of December 5, 2026, OpenAlex, Crossref/);
  assert.equal(html.match(/class="entry-citations"/g)?.length, 8);
  const two = await build('two');
  assert.equal(two.status, 0, two.stderr);
  for (const name of ['publications.pdf', 'publications.docx', 'publications.html']) {
    assert.ok(readFileSync(join(dir, 'one', name)).equals(readFileSync(join(dir, 'two', name))), `${name} differs between two builds`);
  }

  const checked = await runCliInProcess(['check', 'publications.txt'], { cwd: dir, env: { ...PLAIN, SOURCE_DATE_EPOCH: String(1796428800 + 200 * 86400) } });
  assert.equal(checked.status, 0, checked.stderr);
  assert.match(checked.stderr, /info citations-old: 9 entries have citation counts older than 180 days/);
});

test('--citations without any DOI skips every entry and writes no lock; --source without openalex or crossref is a usage error', async () => {
  const { dir, env } = await seedFolder();
  const counted = await runCliInProcess(['enrich', 'publications.txt', '--citations'], { cwd: dir, env });
  assert.equal(counted.status, 0, counted.stderr);
  assert.match(counted.stderr, /0 counted, 0 without a count, 0 failed, 10 without a DOI or OpenAlex match; pubcv\.lock\.json unchanged/);
  const wrong = await runCliInProcess(['enrich', 'publications.txt', '--citations', '--source', 'dblp'], { cwd: dir, env });
  assert.equal(wrong.status, 2, wrong.stderr);
});
