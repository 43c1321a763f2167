import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { useLibrary } from '../fixtures/library/use-pubcv.js';
import { repoRoot } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIB = join(repoRoot, 'test/fixtures/cli/good.bib');

test("the library, imported as 'pubcv', checks, reads, builds and renders", async () => {
  const out = tempDir('library');
  const run = await useLibrary(BIB, out);
  assert.deepEqual(run.checked.entries, { read: 2, rendered: 2, skipped: 0, merged: 0 });
  assert.deepEqual(
    run.read.records.map((r) => r.item.id),
    ['sui2024fast', 'sui2023mid', 'x1'],
  );
  assert.equal(run.read.read, 3);
  assert.deepEqual(run.built.outputs, [join(out, 'publications.html')]);
  assert.ok(existsSync(join(out, 'publications.html')));
  assert.match(run.html, /^<!DOCTYPE html>/i);
  assert.match(run.html, /class="owner"/);
  assert.equal(Buffer.from(run.pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
  assert.equal(Buffer.from(run.docx.subarray(0, 2)).toString('latin1'), 'PK');
});

test("the library's types let a strict TypeScript program use it", () => {
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  const file = join(repoRoot, 'test/fixtures/library/use-pubcv.ts');
  const args = [
    '--noEmit',
    '--strict',
    '--target',
    'es2022',
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--types',
    'node',
    '--skipLibCheck',
    file,
  ];
  const result = spawnSync(process.execPath, [tsc, ...args], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
