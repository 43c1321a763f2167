import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };
const KEPT = /nothing changed since the last build: its files were kept/;

function folder(): string {
  const dir = tempDir('unchanged-cli');
  copyFileSync(join(repoRoot, 'test/fixtures/cli/good.bib'), join(dir, 'refs.bib'));
  return dir;
}

/** Builds in `dir` in this process or, `spawned`, in a fresh one, which knows only what the output folder holds. */
async function build(dir: string, args: readonly string[] = [], spawned = false) {
  const argv = ['build', 'refs.bib', '--name', 'Sui, Yang', '--out', 'out', ...args];
  const result = spawned ? runCli(argv, { cwd: dir, env: PLAIN }) : await runCliInProcess(argv, { cwd: dir, env: PLAIN });
  assert.equal(result.status, 0, result.stderr);
  return result.stderr;
}

const pdf = (dir: string) => join(dir, 'out', 'publications.pdf');

test('a build with nothing changed keeps the files the last one wrote, and says so', async () => {
  const dir = folder();
  assert.doesNotMatch(await build(dir), KEPT);
  const written = statSync(pdf(dir)).mtimeMs;
  const bytes = readFileSync(pdf(dir));
  assert.match(await build(dir, [], true), KEPT);
  assert.equal(statSync(pdf(dir)).mtimeMs, written);
  assert.ok(readFileSync(pdf(dir)).equals(bytes));
});

test('a changed input, setting or output file, or --no-cache, builds again', async () => {
  const dir = folder();
  await build(dir);
  writeFileSync(join(dir, 'refs.bib'), readFileSync(join(dir, 'refs.bib'), 'utf8').replace('Fast Things', 'Faster Things'));
  assert.doesNotMatch(await build(dir), KEPT, 'input edited');
  assert.match(readFileSync(join(dir, 'out', 'publications.html'), 'utf8'), /Faster/);
  assert.doesNotMatch(await build(dir, ['--style', 'ieee']), KEPT, 'another style');
  assert.match(await build(dir, ['--style', 'ieee']), KEPT);
  rmSync(pdf(dir));
  assert.doesNotMatch(await build(dir, ['--style', 'ieee']), KEPT, 'an output deleted');
  assert.ok(statSync(pdf(dir)).size > 0);
  assert.doesNotMatch(await build(dir, ['--style', 'ieee', '--no-cache']), KEPT, '--no-cache');
});
