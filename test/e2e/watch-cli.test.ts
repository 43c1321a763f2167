import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/run-cli.js';
import { startWatch, STEP_TIMEOUT_MS } from '../helpers/watch-child.js';
import { tempDir } from '../helpers/temp-dir.js';

test('--watch rebuilds on an edit, reports a bad edit without exiting, and stops on SIGTERM', { timeout: 4 * STEP_TIMEOUT_MS }, async () => {
  const dir = tempDir('watch');
  copyFileSync(join(repoRoot, 'test/fixtures/cli/good.bib'), join(dir, 'refs.bib'));
  const watch = startWatch(dir, ['build', 'refs.bib', '-n', 'Sui, Yang', '-f', 'html', '-o', 'out', '--watch']);
  const { waitFor } = watch;

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
    assert.ok(watch.running(), 'a bad edit does not end the watch');
    assert.match(readFileSync(join(dir, 'out/publications.html'), 'utf8'), /New/, 'the last good output stays');

    writeFileSync(join(dir, 'refs.bib'), bib);
    await waitFor(/pubcv: 2 entries -> .*; 0 new, 0 changed, 1 removed since the last build\n/, at);
  } finally {
    void watch.stop();
  }
  assert.equal(await watch.stop(), 0);
  assert.match(watch.stderr(), /stopped watching\n$/);
});

test('--watch keeps watching an input that is deleted and recreated, and says while it is missing', { timeout: 5 * STEP_TIMEOUT_MS }, async () => {
  const dir = tempDir('watch');
  const bib = readFileSync(join(repoRoot, 'test/fixtures/cli/good.bib'), 'utf8');
  writeFileSync(join(dir, 'refs.bib'), bib);
  // Missing files beside the input are watched too (the config names): the case that lost the input.
  const watch = startWatch(dir, ['build', 'refs.bib', '-n', 'Sui, Yang', '-f', 'html', '-o', 'out', '--watch']);
  const { waitFor } = watch;
  try {
    let at = await waitFor(/pubcv: watching refs\.bib, .*\n/, 0);
    rmSync(join(dir, 'refs.bib'));
    at = await waitFor(/refs\.bib is missing; still watching it, rebuilding when it is back\n/, at);
    await new Promise((r) => setTimeout(r, 500));
    writeFileSync(join(dir, 'refs.bib'), bib);
    at = await waitFor(/refs\.bib is back\n/, at);
    at = await waitFor(/pubcv: 2 entries -> out\/publications\.html/, at);
    await new Promise((r) => setTimeout(r, 500));
    writeFileSync(
      join(dir, 'refs.bib'),
      `${bib}\n@article{sui2025new,\n  author = {Sui, Yang},\n  title = {Seen after the file came back},\n  journal = {J},\n  year = {2025}\n}\n`,
    );
    at = await waitFor(/refs\.bib changed, rebuilding\n/, at);
    await waitFor(/pubcv: 3 entries -> out\/publications\.html/, at);
    assert.match(readFileSync(join(dir, 'out/publications.html'), 'utf8'), /Seen after the file came back/);
    assert.doesNotMatch(watch.stderr(), /input-not-found/);
  } finally {
    void watch.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(await watch.stop(), 0);
});
