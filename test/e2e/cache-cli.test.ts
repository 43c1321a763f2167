import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = tempDir('cache-cli');

const OUTPUTS = ['publications.pdf', 'publications.docx', 'publications.html'];
const outputs = (dir: string) => OUTPUTS.map((f) => readFileSync(join(dir, f)));

async function build(out: string, ...flags: string[]): Promise<void> {
  const result = await runCliInProcess(['build', '-o', out, ...flags]);
  assert.equal(result.status, 0, result.stderr);
}

test('a build keeps a cache in the output folder; rebuilding from it writes the same files', async () => {
  const out = join(root, 'cached');
  await build(out);
  const cacheFile = join(out, '.pubcv-cache', 'entries.json');
  assert.ok(existsSync(cacheFile));
  assert.equal(Object.keys((JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: object }).entries).length, 10);
  const first = outputs(out);
  await build(out);
  assert.deepEqual(outputs(out), first);

  const plain = join(root, 'plain');
  await build(plain, '--no-cache', '--threads', '1');
  assert.ok(!existsSync(join(plain, '.pubcv-cache')));
  assert.deepEqual(outputs(plain), first);
});

test('a corrupt cache is ignored and replaced', async () => {
  const out = join(root, 'corrupt');
  await build(out);
  const first = outputs(out);
  writeFileSync(join(out, '.pubcv-cache', 'entries.json'), '{"format":1,"entries":{');
  // Without the record of the last build, which would keep its files (nothing else changed).
  rmSync(join(out, '.pubcv-cache', 'build.json'));
  await build(out);
  assert.deepEqual(outputs(out), first);
  assert.doesNotThrow(() => JSON.parse(readFileSync(join(out, '.pubcv-cache', 'entries.json'), 'utf8')));
});

test('--threads must be a whole number from 1', async () => {
  const result = await runCliInProcess(['build', '-o', join(root, 'bad'), '--threads', '0']);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--threads/);
});
