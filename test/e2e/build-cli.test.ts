import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/run-cli.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const FIXTURES = join(repoRoot, 'test/fixtures/cli');
const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };

function folderWith(fixture: string): string {
  const dir = tempDir('build-cli');
  copyFileSync(join(FIXTURES, fixture), join(dir, 'refs.bib'));
  return dir;
}

function build(dir: string, ...args: string[]) {
  return runCliInProcess(['build', 'refs.bib', '--name', 'Sui, Yang', '--format', 'html,docx', '--out', 'out', ...args], { cwd: dir, env: PLAIN });
}

/** Every file under a folder with its bytes, hidden files and subfolders included. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((path) => [path, readFileSync(path)]),
  );
}

/** The files (not folders) directly in a folder. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
}

test('the second build into a folder says what is new, changed and removed', async () => {
  const dir = folderWith('good.bib');
  const first = await build(dir, '--json');
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(JSON.parse(first.stdout).changes, { new: ['sui2024fast', 'sui2023mid'], changed: [], removed: [], firstBuild: true });

  const bib = readFileSync(join(dir, 'refs.bib'), 'utf8')
    .replace('Fast Things', 'Fast Things, Revised')
    .replace(/@inproceedings\{sui2023mid,[\s\S]*?\n\}\n/, '')
    .concat('\n@article{sui2025new,\n  author = {Sui, Yang},\n  title = {New Things},\n  journal = {J},\n  year = {2025}\n}\n');
  writeFileSync(join(dir, 'refs.bib'), bib);
  const second = await build(dir, '--json');
  assert.equal(second.status, 0, second.stderr);
  assert.deepEqual(JSON.parse(second.stdout).changes, { new: ['sui2025new'], changed: ['sui2024fast'], removed: ['sui2023mid'], firstBuild: false });

  const third = await build(dir);
  assert.equal(third.status, 0, third.stderr);
  assert.match(
    third.stderr,
    /^pubcv: 2 entries -> out\/publications\.\{html,docx\} in \d+(\.\d)? m?s.*; nothing changed since the last build: its files were kept\n$/m,
  );
});

test('the summary line counts skipped entries and problems, and the build still writes the good ones (exit 1)', async () => {
  const dir = folderWith('broken.bib');
  const result = await build(dir);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^pubcv: 2 of 3 entries \(1 skipped\) -> out\/publications\.\{html,docx\} in .*; 1 error/m);
  assert.deepEqual(filesIn(join(dir, 'out')), ['.pubcv-manifest.json', 'publications.docx', 'publications.html']);
});

test('a build with no readable entry exits 1 and leaves the earlier outputs byte-identical, with no temporary file', async () => {
  const dir = folderWith('good.bib');
  assert.equal((await build(dir)).status, 0);
  const before = snapshot(join(dir, 'out'));
  writeFileSync(join(dir, 'refs.bib'), '@article{x, title = {never closed\n');
  const failed = await build(dir);
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /no-entries/);
  assert.deepEqual(snapshot(join(dir, 'out')), before);
});

test('--strict: warnings fail the build, which still writes its outputs', async () => {
  const dir = folderWith('undated.bib');
  assert.equal((await build(dir)).status, 0);
  const strict = await build(dir, '--strict');
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /warning missing-date/);
});

test('--quiet prints nothing for a good build', async () => {
  const dir = folderWith('good.bib');
  const result = await build(dir, '--quiet');
  assert.equal(result.status, 0);
  assert.equal(result.stderr, '');
});
