import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildKey, recordBuild, unchangedBuild, type BuildInputs } from '../../src/api/unchanged-build.js';
import { DEFAULT_SETTINGS } from '../../src/config/config-defaults.js';
import { tempDir } from '../helpers/temp-dir.js';

function inputs(dir: string, change: Partial<BuildInputs> = {}): BuildInputs {
  return {
    identity: 'code-1',
    settings: DEFAULT_SETTINGS,
    date: '2026-01-01',
    sources: [{ path: 'refs.bib', text: '@book{a, title = {A}}' }],
    files: [join(dir, 'marks.yaml'), join(dir, 'missing.csl')],
    ...change,
  };
}

test('the build key changes with the code, the settings, the date, an input, or a file read; not otherwise', async () => {
  const dir = tempDir('unchanged-key');
  writeFileSync(join(dir, 'marks.yaml'), 'a: {student: [1]}\n');
  const base = await buildKey(inputs(dir));
  assert.equal(await buildKey(inputs(dir)), base);
  const changed = [
    inputs(dir, { identity: 'code-2' }),
    inputs(dir, { settings: { ...DEFAULT_SETTINGS, style: 'ieee' } }),
    inputs(dir, { settings: { ...DEFAULT_SETTINGS, layout: { ...DEFAULT_SETTINGS.layout, font: 'sans' } } }),
    inputs(dir, { date: '2026-01-02' }),
    inputs(dir, { sources: [{ path: 'refs.bib', text: '@book{a, title = {B}}' }] }),
  ];
  for (const variant of changed) assert.notEqual(await buildKey(variant), base);
  writeFileSync(join(dir, 'marks.yaml'), 'a: {student: [2]}\n');
  assert.notEqual(await buildKey(inputs(dir)), base, 'a file read changed');
  writeFileSync(join(dir, 'missing.csl'), '<style/>');
  writeFileSync(join(dir, 'marks.yaml'), 'a: {student: [1]}\n');
  assert.notEqual(await buildKey(inputs(dir)), base, 'a missing file appeared');
});

test('a recorded build is found by its key while its files are as written, and not after one changes or goes', async () => {
  const dir = tempDir('unchanged-record');
  const cache = join(dir, '.pubcv-cache');
  const pdf = join(dir, 'publications.pdf');
  writeFileSync(pdf, 'pdf bytes');
  const report = { outputs: [pdf], entries: { read: 1, rendered: 1, skipped: 0, merged: 0 }, diagnostics: [] };
  await recordBuild(cache, 'key-1', [{ path: pdf, bytes: 'pdf bytes' }], report);
  assert.deepEqual((await unchangedBuild(cache, 'key-1'))?.entries, report.entries);
  assert.equal(await unchangedBuild(cache, 'key-2'), undefined, 'another key');
  writeFileSync(pdf, 'edited by hand');
  assert.equal(await unchangedBuild(cache, 'key-1'), undefined, 'an output changed since');
  writeFileSync(join(cache, 'build.json'), '{not json');
  assert.equal(await unchangedBuild(cache, 'key-1'), undefined, 'a damaged record');
});
