import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/run-cli.js';

const STEP_TIMEOUT_MS = 30_000;

test('--watch rebuilds on an edit, reports a bad edit without exiting, and stops on SIGTERM', { timeout: 4 * STEP_TIMEOUT_MS }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pubcv-watch-'));
  copyFileSync(join(repoRoot, 'test/fixtures/cli/good.bib'), join(dir, 'refs.bib'));
  const child = spawn(process.execPath, [join(repoRoot, 'bin/pubcv.js'), 'build', 'refs.bib', '-n', 'Sui, Yang', '-f', 'html', '-o', 'out', '--watch'], {
    cwd: dir,
    env: { ...process.env, GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' },
  });
  let stderr = '';
  let exited: number | null | undefined;
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exited = code))));

  /** Waits until stderr, from `from` on, matches `pattern`; returns where the match ends. */
  async function waitFor(pattern: RegExp, from: number): Promise<number> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const match = pattern.exec(stderr.slice(from));
      if (match) return from + match.index + match[0].length;
      if (exited !== undefined) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no ${pattern} in:\n${stderr.slice(from)}`);
  }

  try {
    let at = await waitFor(/pubcv: 2 entries -> out\/publications\.html in .*\n/, 0);
    at = await waitFor(/pubcv: watching refs\.bib, .*\n/, at);

    const bib = readFileSync(join(dir, 'refs.bib'), 'utf8');
    writeFileSync(join(dir, 'refs.bib'), `${bib}\n@article{sui2025new,\n  author = {Sui, Yang},\n  title = {New},\n  journal = {J},\n  year = {2025}\n}\n`);
    at = await waitFor(/refs\.bib changed, rebuilding\n/, at);
    at = await waitFor(/pubcv: 3 entries -> out\/publications\.html in .*; 1 new, 0 changed, 0 removed since the last build\n/, at);
    assert.match(readFileSync(join(dir, 'out/publications.html'), 'utf8'), /New/);

    writeFileSync(join(dir, 'refs.bib'), '@article{x, title = {never closed\n');
    at = await waitFor(/refs\.bib changed, rebuilding\n/, at);
    at = await waitFor(/error no-entries/, at);
    assert.equal(exited, undefined, 'a bad edit does not end the watch');
    assert.match(readFileSync(join(dir, 'out/publications.html'), 'utf8'), /New/, 'the last good output stays');

    writeFileSync(join(dir, 'refs.bib'), bib);
    await waitFor(/pubcv: 2 entries -> .*; 0 new, 0 changed, 1 removed since the last build\n/, at);
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await exit, 0);
  assert.match(stderr, /stopped watching\n$/);
});
