import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The packages bundled into each chunk of dist/bundle/ (written by scripts/bundle.ts). */
const BUNDLED: Readonly<Record<string, readonly string[]>> = JSON.parse(readFileSync(join(repoRoot, 'dist/bundle/packages.json'), 'utf8'));

/** The packages a module URL brings: its own package in node_modules, or those bundled into a chunk. */
function packagesOf(url: string): readonly string[] {
  const installed = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (installed !== undefined) return [installed];
  const chunk = /\/dist\/bundle\/([^/]+\.js)$/.exec(url)?.[1];
  return chunk === undefined ? [] : (BUNDLED[chunk] ?? []);
}

/** The packages a command loads, installed or bundled, recorded by a module hook as the built CLI runs. */
function packagesLoaded(args: readonly string[], env: NodeJS.ProcessEnv = {}): Set<string> {
  const log = join(tempDir('imports'), 'imports.txt');
  const hook = join(repoRoot, 'test/helpers/record-imports.mjs');
  const result = spawnSync(process.execPath, ['--import', hook, join(repoRoot, 'bin/pubcv.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, PUBCV_RECORD_IMPORTS: log, GITHUB_ACTIONS: '', ...env },
  });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  const urls = readFileSync(log, 'utf8').split('\n');
  return new Set(urls.flatMap(packagesOf));
}

const RENDERING = ['pdfkit', 'docx', 'handlebars', 'htmlparser2', '@expo-google-fonts/noto-serif', '@expo-google-fonts/noto-sans', 'chokidar'];

test('pubcv --help in English prints the recorded help and loads no package at all', () => {
  assert.deepEqual([...packagesLoaded(['--help'], { LC_ALL: 'en_US.UTF-8' })], []);
  assert.deepEqual([...packagesLoaded(['styles', '-h'], { LC_ALL: 'en_US.UTF-8' })], []);
});

test('pubcv --help in another language loads yargs and nothing heavy', () => {
  const loaded = packagesLoaded(['--help'], { LC_ALL: 'de_DE.UTF-8' });
  assert.ok(loaded.has('yargs'));
  for (const heavy of [...RENDERING, '@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', 'yaml']) {
    assert.ok(!loaded.has(heavy), `${heavy} loaded by --help`);
  }
});

test('pubcv check loads no citeproc, writer or font', () => {
  const loaded = packagesLoaded(['check', 'test/fixtures/cli/good.bib', '-n', 'Sui, Yang']);
  for (const heavy of [...RENDERING, '@citation-js/plugin-csl']) assert.ok(!loaded.has(heavy), `${heavy} loaded by check`);
});

test("pubcv build of a BibTeX file with no config, lock or marks file loads neither zod nor the other formats' readers", () => {
  const out = tempDir('startup-build');
  const loaded = packagesLoaded(['build', 'test/fixtures/cli/good.bib', '-n', 'Sui, Yang', '-f', 'html', '-o', out, '-q']);
  assert.ok(loaded.has('@citation-js/plugin-bibtex'));
  for (const unneeded of ['zod', '@citation-js/plugin-ris']) assert.ok(!loaded.has(unneeded), `${unneeded} loaded by a BibTeX build`);
});
