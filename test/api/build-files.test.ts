import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/api/build-files.js';
import type { Writer } from '../../src/render/writer.js';
import { writers } from '../../src/render/writers.js';
import { removeStaleTemps, writeAtomically } from '../../src/files/write-atomically.js';
import { tempDir } from '../helpers/temp-dir.js';

const ITEMS = JSON.stringify([
  {
    id: 'sui2024',
    type: 'article-journal',
    title: 'Fast things',
    author: [{ family: 'Sui', given: 'Yang' }],
    'container-title': 'J',
    issued: { 'date-parts': [[2024]] },
  },
  {
    id: 'sui2023',
    type: 'article-journal',
    title: 'Slow things',
    author: [{ family: 'Sui', given: 'Yang' }],
    'container-title': 'J',
    issued: { 'date-parts': [[2023]] },
  },
]);
const options = { inputs: [{ path: 'refs.json', text: ITEMS }], names: ['Sui, Yang'], formats: ['html', 'pdf'] as const, date: '2026-01-01' };

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

async function builtFolder(): Promise<string> {
  const out = tempDir('atomic');
  const report = await build({ ...options, output: out });
  assert.equal(report.outputs.length, 2);
  return out;
}

test('a writer that throws leaves the earlier outputs byte-identical and no temporary file', async () => {
  const out = await builtFolder();
  const before = snapshot(out);
  for (const name of ['.pubcv-manifest.json', 'publications.html', 'publications.pdf']) assert.ok(before.has(join(out, name)), name);
  const pdf = writers.pdf as { load: () => Promise<Writer> };
  const original = pdf.load;
  pdf.load = async () => ({
    render: async () => {
      throw new Error('pdf writer failed');
    },
  });
  try {
    const changed = [{ path: 'refs.json', text: ITEMS.replace('Fast things', 'Faster things') }];
    await assert.rejects(build({ ...options, inputs: changed, output: out }), /pdf writer failed/);
  } finally {
    pdf.load = original;
  }
  assert.deepEqual(snapshot(out), before);
});

test('an input with no readable entry writes nothing and leaves the earlier outputs byte-identical', async () => {
  const out = await builtFolder();
  const before = snapshot(out);
  const report = await build({ ...options, inputs: [{ path: 'refs.json', text: '[ not json' }], output: out });
  assert.deepEqual(report.outputs, []);
  assert.equal(report.changes, undefined);
  assert.ok(report.diagnostics.some((d) => d.code === 'no-entries'));
  assert.deepEqual(snapshot(out), before);
});

test('a --selected build where nothing is selected says so, not that nothing could be read', async () => {
  const out = tempDir('nothing-selected');
  const text =
    '@article{a, author = {Sui, Yang}, title = {A}, journal = {J}, year = 2020}\n@article{b, author = {Sui, Yang}, title = {B}, journal = {J}, year = 2021}\n';
  const report = await build({ ...options, inputs: [{ path: 'refs.bib', text }], output: out, selection: { filters: { selected: true } } });
  assert.deepEqual(report.outputs, []);
  assert.deepEqual(
    report.diagnostics.filter((d) => d.code === 'no-entries').map((d) => d.message),
    ['none of the 2 readable entries is marked selected (BibTeX selected = {true}, or the keyword "selected"): nothing was written'],
  );
  const since = await build({ ...options, inputs: [{ path: 'refs.bib', text }], output: out, selection: { filters: { since: 2025 } } });
  assert.deepEqual(
    since.diagnostics.filter((d) => d.code === 'no-entries').map((d) => d.message),
    ['the filters left out all 2 readable entries (2 by since): nothing was written'],
  );
});

test('a failed write removes its temporary files', async () => {
  const out = tempDir('atomic');
  await assert.rejects(
    writeAtomically([
      { path: join(out, 'a.txt'), bytes: 'a' },
      { path: join(out, 'missing-folder', 'b.txt'), bytes: 'b' },
    ]),
  );
  assert.deepEqual(readdirSync(out), []);
});

test('temporary files a killed build left are removed; those of a running process are kept', async () => {
  const out = tempDir('atomic');
  const deadPid = 2 ** 22 + 12345; // above Linux's pid_max, so no process has it
  writeFileSync(join(out, `.publications.pdf.${deadPid}.0.pubcv-tmp`), 'stale');
  writeFileSync(join(out, `.publications.pdf.${process.ppid}.0.pubcv-tmp`), 'in flight');
  writeFileSync(join(out, 'notes.txt'), 'mine');
  await removeStaleTemps(out);
  assert.deepEqual(readdirSync(out).sort(), [`.publications.pdf.${process.ppid}.0.pubcv-tmp`, 'notes.txt']);
});

test('a build reports what changed since the last build into the same folder', async () => {
  const out = await builtFolder();
  const items = JSON.parse(ITEMS) as Array<Record<string, unknown>>;
  const next = [
    { ...items[0], title: 'Fast things, revised' },
    { id: 'sui2025', type: 'article-journal', title: 'New', author: [{ family: 'Sui', given: 'Yang' }], issued: { 'date-parts': [[2025]] } },
  ];
  const report = await build({ ...options, inputs: [{ path: 'refs.json', text: JSON.stringify(next) }], output: out });
  assert.deepEqual(report.changes, { new: ['sui2025'], changed: ['sui2024'], removed: ['sui2023'], firstBuild: false });
});
