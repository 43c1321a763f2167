import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { closedPortUrl, startFakeScholarlyServer, type FakeScholarlyServer, type SyntheticWork } from '../helpers/fake-scholarly-server.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

// `pubcv import` against the fake doi.org, ORCID, dblp and OpenAlex on 127.0.0.1; synthetic works only.
// 0000-0002-1825-0097 is ORCID's documented example iD; here it lists invented works.
const ORCID = '0000-0002-1825-0097';
const base = { authors: [{ given: 'Ada', family: 'Okonkwo' }], kind: 'journal' as const, year: 2099, venue: 'Synthetic Venue for pubcv tests' };
const WORKS: SyntheticWork[] = [
  { ...base, title: 'Synthetic Import One', doi: '10.5555/pubcv-import.1', volume: '3', firstPage: '1', lastPage: '9' },
  { ...base, title: 'Synthetic Import Without a DOI' },
  { ...base, title: 'Synthetic Import Two', doi: '10.5555/pubcv-import.2' },
];
const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };

const PAPER: SyntheticWork = { ...base, title: 'Synthetic Listed Lattices', kind: 'conference', year: 2098, doi: '10.5555/pubcv-import-list.1' };
const PREPRINT: SyntheticWork = { ...base, title: 'Synthetic Listed Lattices', kind: 'preprint', year: 2097, venue: undefined, arxivId: '2097.00002' };
const PID = '00/4243';
const AUTHOR = 'A5000004243';

let server: FakeScholarlyServer;
let env: NodeJS.ProcessEnv;
before(async () => {
  server = await startFakeScholarlyServer(WORKS, {
    orcids: { [ORCID]: WORKS },
    dblpPersons: { [PID]: [PREPRINT, PAPER, WORKS[0] as SyntheticWork] },
    openalexAuthors: { [AUTHOR]: [PAPER, PREPRINT, WORKS[2] as SyntheticWork] },
  });
  env = {
    ...PLAIN,
    PUBCV_DOI_URL: server.urls.doi,
    PUBCV_ORCID_URL: server.urls.orcid,
    PUBCV_DBLP_URL: server.urls.dblp,
    PUBCV_OPENALEX_URL: server.urls.openalex,
  };
});
after(async () => server.close());

test('--doi writes CSL-JSON with readable ids, by DOI content negotiation', async () => {
  const dir = tempDir('import');
  const result = await runCliInProcess(['import', '--doi', '10.5555/pubcv-import.1', 'https://doi.org/10.5555/PUBCV-IMPORT.2', '-o', 'works.json'], {
    cwd: dir,
    env,
  });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, 'pubcv import: 2 works -> works.json\n');
  const items = JSON.parse(readFileSync(join(dir, 'works.json'), 'utf8'));
  assert.deepEqual(
    items.map((i: { id: string; DOI: string }) => [i.id, i.DOI.toLowerCase()]),
    [
      ['okonkwo2099synthetic', '10.5555/pubcv-import.1'],
      ['okonkwo2099syntheticb', '10.5555/pubcv-import.2'],
    ],
  );
  assert.equal(items[0]['container-title'], 'Synthetic Venue for pubcv tests');
  assert.ok(server.requests.some((r) => r.route === 'doi' && r.accept?.includes('application/vnd.citationstyles.csl+json')));

  // The file now exists: not overwritten without --force.
  const again = await runCliInProcess(['import', '--doi', '10.5555/pubcv-import.1', '-o', 'works.json'], { cwd: dir, env });
  assert.equal(again.status, 2);
  assert.match(again.stderr, /works\.json exists: pubcv import does not overwrite it without --force/);
  const forced = await runCliInProcess(['import', '--doi', '10.5555/pubcv-import.1', '-o', 'works.json', '--force'], { cwd: dir, env });
  assert.equal(forced.status, 0, forced.stderr);
  assert.equal(JSON.parse(readFileSync(join(dir, 'works.json'), 'utf8')).length, 1);
});

test("--orcid lists the record's DOIs, fetches each, writes BibTeX, and names the works without a DOI", async () => {
  const dir = tempDir('import');
  const result = await runCliInProcess(['import', '--orcid', ORCID, '-o', 'mine.bib'], { cwd: dir, env });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /^no DOI {5}"Synthetic Import Without a DOI" \(https:\/\/example\.org\/synthetic\/1\): add it by hand$/m);
  assert.match(result.stderr, /^pubcv import: 2 works -> mine\.bib; 1 without a DOI$/m);
  const bib = readFileSync(join(dir, 'mine.bib'), 'utf8');
  assert.match(
    bib,
    /^@article\{okonkwo2099synthetic,\n {2}author = \{Okonkwo, Ada\},\n {2}title = \{Synthetic \{Import\} \{One\}\},\n {2}journal = \{Synthetic Venue for pubcv tests\},/,
  );
  assert.match(bib, /pages = \{1--9\}/);
  assert.equal(bib.match(/^@article/gm)?.length, 2);
});

test('an unknown DOI fails that work only; every fetch failing writes nothing and exits 1 in one line', async () => {
  const dir = tempDir('import');
  const partial = await runCliInProcess(['import', '--doi', '10.5555/pubcv-import.1', '10.5555/pubcv-import.404', '-o', 'some.json'], { cwd: dir, env });
  assert.equal(partial.status, 1);
  assert.match(partial.stderr, /does not know the DOI 10\.5555\/pubcv-import\.404 \(HTTP 404\)/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'some.json'), 'utf8')).length, 1);

  const down = await closedPortUrl();
  const offline = await runCliInProcess(['import', '--doi', '10.5555/pubcv-import.1', '-o', 'none.json'], { cwd: dir, env: { ...PLAIN, PUBCV_DOI_URL: down } });
  assert.equal(offline.status, 1);
  assert.match(offline.stderr, /^pubcv: no work could be fetched \(127\.0\.0\.1:\d+ could not be reached \(ECONNREFUSED\).*\): nothing was written\n$/);
});

test('usage mistakes exit 2 before anything is fetched', async () => {
  const dir = tempDir('import');
  writeFileSync(join(dir, 'x.txt'), '');
  const wrongFormat = await runCliInProcess(['import', '--doi', '10.5555/x', '-o', 'x.txt'], { cwd: dir, env });
  assert.equal(wrongFormat.status, 2);
  assert.match(wrongFormat.stderr, /write a \.json \(CSL-JSON\) or \.bib \(BibTeX\) file/);
  const notDoi = await runCliInProcess(['import', '--doi', 'hello', '-o', 'x.json'], { cwd: dir, env });
  assert.equal(notDoi.status, 2);
  const nothing = await runCliInProcess(['import', '-o', 'x.json'], { cwd: dir, env });
  assert.equal(nothing.status, 2);
});

const MINE = '@article{mine,\n  title = {Synthetic Import One},\n  author = {Okonkwo, Ada},\n  year = {2099},\n  doi = {10.5555/PUBCV-IMPORT.1}\n}\n';

test('--dblp writes the new works, leaving out what the files given hold (with its place) and the CoRR preprint of a paper imported', async () => {
  const dir = tempDir('import');
  writeFileSync(join(dir, 'refs.bib'), MINE);
  const result = await runCliInProcess(['import', '--dblp', `https://dblp.org/pid/${PID}.html`, '-o', 'dblp.bib', 'refs.bib'], { cwd: dir, env });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(
    result.stderr,
    [
      'skipped    "Synthetic listed lattices": preprint of a work imported with it (okonkwo2098synthetic)',
      'skipped    "Synthetic import one": already in refs.bib:1 (mine)',
      'pubcv import: 1 work -> dblp.bib; 2 already held',
      '',
    ].join('\n'),
  );
  assert.equal(readFileSync(join(dir, 'dblp.bib'), 'utf8').match(/^@inproceedings\{okonkwo2098synthetic,$/gm)?.length, 1);
});

test('--openalex-author --dry-run lists what would be added and skipped and leaves the file byte for byte', async () => {
  const dir = tempDir('import');
  writeFileSync(join(dir, 'refs.bib'), MINE);
  const before = '[\n  {"id": "kept", "type": "book", "title": "Untouched"}\n]\n';
  writeFileSync(join(dir, 'openalex.json'), before);
  const args = ['import', '--openalex-author', AUTHOR, '-o', 'openalex.json', '--force', '--dry-run', 'refs.bib', '--contact', 'me@example.org'];
  const result = await runCliInProcess(args, { cwd: dir, env });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /^skipped {4}"Synthetic Listed Lattices": preprint of a work imported with it \(okonkwo2098synthetic\)$/m);
  assert.match(result.stderr, /^would add {2}okonkwo2098synthetic: "Synthetic Listed Lattices"$/m);
  assert.match(result.stderr, /^would add {2}okonkwo2099synthetic: "Synthetic Import Two"$/m);
  assert.match(result.stderr, /^pubcv import: 2 new works would be written to openalex\.json \(dry run: nothing written\); 1 already held$/m);
  // --json says the same for scripts.
  const json = await runCliInProcess([...args, '--json'], { cwd: dir, env });
  const report = JSON.parse(json.stdout);
  assert.equal(report.dryRun, true);
  assert.equal(report.written, null);
  assert.deepEqual(
    report.skipped.map((s: { by: string; heldBy: { id: string } }) => [s.by, s.heldBy.id]),
    [['preprint', 'okonkwo2098synthetic']],
  );
  assert.equal(readFileSync(join(dir, 'openalex.json'), 'utf8'), before);
  assert.ok(server.requests.some((r) => r.route === 'openalex' && r.path === '/works' && r.query.mailto === 'me@example.org'));
});

test('a malformed --dblp or --openalex-author exits 2 before asking; an unknown author exits 1 and writes nothing', async () => {
  const dir = tempDir('import');
  const asked = server.requests.length;
  const pid = await runCliInProcess(['import', '--dblp', 'John Smith', '-o', 'x.bib'], { cwd: dir, env });
  assert.equal(pid.status, 2);
  assert.match(pid.stderr, /--dblp "John Smith" is not a dblp person id/);
  const author = await runCliInProcess(['import', '--openalex-author', 'W2741809807', '-o', 'x.bib'], { cwd: dir, env });
  assert.equal(author.status, 2);
  assert.match(author.stderr, /--openalex-author "W2741809807" is not an OpenAlex author id/);
  assert.equal(server.requests.length, asked);
  const unknown = await runCliInProcess(['import', '--openalex-author', 'A999', '-o', 'x.bib'], { cwd: dir, env });
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /^pubcv: 127\.0\.0\.1:\d+ has no author A999 \(HTTP 404\): nothing was written\n$/);
  assert.ok(!existsSync(join(dir, 'x.bib')));
});

test("a paper whose preprint the files hold is imported, and the preprint named for removal; dblp's CoRR copy of the same year is skipped", async () => {
  const dir = tempDir('import');
  writeFileSync(
    join(dir, 'refs.bib'),
    '@misc{arxiv,\n  title = {Synthetic Listed Lattices},\n  author = {Okonkwo, Ada},\n  year = {2097},\n  howpublished = {arXiv:2097.00002}\n}\n',
  );
  const result = await runCliInProcess(['import', '--dblp', PID, '-o', 'dblp.json', 'refs.bib'], { cwd: dir, env });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(
    result.stderr,
    [
      'skipped    "Synthetic listed lattices": already in refs.bib:1 (arxiv)',
      'preprint   refs.bib:1 (arxiv) is a preprint of "Synthetic listed lattices" (okonkwo2098synthetic): remove it if the paper replaces it',
      'pubcv import: 2 works -> dblp.json; 1 already held',
      '',
    ].join('\n'),
  );
});
