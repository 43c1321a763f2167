import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { BENCH_OWNER, generateBib } from '../../bench/generate-bib.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

// bin/pubcv.js runs the esbuild bundle (dist/bundle/, scripts/bundle.ts). These check that the
// bundle finds what it finds by its own location (templates, the bundled example, the worker
// threads' modules) and writes the same bytes as the modules tsc compiled one by one.

const OUTPUTS = ['publications.pdf', 'publications.docx', 'publications.html'];

/** Runs the compiled, unbundled CLI (dist/cli/main.js) with `args`. */
function runUnbundled(args: readonly string[], cwd: string): void {
  const main = pathToFileURL(join(repoRoot, 'dist/cli/main.js')).href;
  const script = `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(${JSON.stringify(args)});`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
  });
  assert.equal(result.status, 0, result.stderr);
}

function assertSameOutputs(bundled: string, unbundled: string): void {
  for (const file of OUTPUTS) assert.ok(readFileSync(join(bundled, file)).equals(readFileSync(join(unbundled, file))), `${file} differs`);
}

test('the executable runs the bundle, not the compiled modules', () => {
  assert.match(readFileSync(join(repoRoot, 'bin/pubcv.js'), 'utf8'), /dist\/bundle\/main\.js/);
  assert.ok(readdirSync(join(repoRoot, 'dist/bundle')).includes('format-worker.js'));
  assert.ok(readdirSync(join(repoRoot, 'dist/bundle')).includes('writer-worker.js'));
});

test('the bundle builds the bundled example with the bundled templates, byte for byte as the compiled modules do', () => {
  const dir = tempDir('bundle-example');
  const result = runCli(['build', '-o', join(dir, 'bundled'), '-q'], { cwd: dir });
  assert.equal(result.status, 0, result.stderr);
  runUnbundled(['build', '-o', join(dir, 'unbundled'), '-q'], dir);
  assertSameOutputs(join(dir, 'bundled'), join(dir, 'unbundled'));
});

test('worker threads start from the bundle: 300 entries on two threads, the PDF on a thread of its own', () => {
  const dir = tempDir('bundle-threads');
  const bib = join(dir, 'cv.bib');
  writeFileSync(bib, generateBib(300));
  const args = ['build', bib, '-n', BENCH_OWNER, '--threads', '2', '--no-cache', '-q'];
  const result = runCli([...args, '-o', join(dir, 'bundled')], { cwd: dir });
  assert.equal(result.status, 0, result.stderr);
  runUnbundled([...args, '-o', join(dir, 'unbundled')], dir);
  assertSameOutputs(join(dir, 'bundled'), join(dir, 'unbundled'));
});

test("the bundle leaves out fontkit's Brotli decoder (WOFF2 only) and says so if it is ever reached", async () => {
  const bundled = Object.values(JSON.parse(readFileSync(join(repoRoot, 'dist/bundle/packages.json'), 'utf8')) as Record<string, string[]>).flat();
  assert.ok(bundled.includes('fontkit') && bundled.includes('pdfkit'), 'pdfkit and fontkit are bundled');
  assert.ok(!bundled.includes('brotli'), 'brotli is bundled');
  const chunks = readdirSync(join(repoRoot, 'dist/bundle')).filter((file) => file.endsWith('.js'));
  assert.ok(chunks.some((file) => readFileSync(join(repoRoot, 'dist/bundle', file), 'utf8').includes("leaves out fontkit's Brotli decoder")));
  const { default: decompress } = await import('../../scripts/bundle-stubs/brotli-decompress.js');
  assert.throws(() => decompress(), /fontkit's Brotli decoder: it reads TTF and OTF fonts only, not WOFF2/);
});
