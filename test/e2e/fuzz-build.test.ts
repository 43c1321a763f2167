import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { build, UserError, type BuildReport } from '../../src/index.js';
import { corpusSkip, fuzzInputs, mutate } from '../helpers/fuzz-inputs.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { tempDir } from '../helpers/temp-dir.js';

// Damaged real files of every format through whole builds (read, format with citeproc, write),
// in-process through the library and a few times through the built CLI (`npx tsc -p tsconfig.json`
// first). Whatever the damage: no exception but a UserError, every entry rendered, merged or
// reported, no file written outside the output folder; the CLI exits 0 or 1, never with a stack.
// PUBCV_FUZZ_SEED and PUBCV_FUZZ_BUILDS replay or extend a run.

const SEED = Number(process.env.PUBCV_FUZZ_SEED ?? 20261205);
const BUILDS = Number(process.env.PUBCV_FUZZ_BUILDS ?? 200);
const CLI_RUNS = 4;
// Long files are cut: a build of a few dozen entries exercises citeproc as well as one of 300.
const MAX_INPUT = 25_000;
// apa and ieee format entries one by one; chicago-author-date substitutes repeated authors, so
// its entries are formatted together (the other path through citeproc).
const STYLES = ['apa', 'ieee', 'chicago-author-date'];

const root = tempDir('fuzz-build');

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The damaged input of one run, written to its own folder: [folder, input path, label]. */
function damagedInput(run: number, next: () => number, files: ReturnType<typeof fuzzInputs>): [string, string, string] {
  const file = files[Math.floor(next() * files.length)] ?? files[0]!;
  const { text, edits } = mutate(file.text.slice(0, MAX_INPUT), next, file.path);
  const dir = join(root, `run-${run}`);
  mkdirSync(join(dir, 'in'), { recursive: true });
  const input = join(dir, 'in', file.path);
  writeFileSync(input, text);
  return [dir, input, `run ${run}: ${file.path} ${edits.join(', ')}`];
}

function assertAccounted(report: BuildReport, label: string): void {
  const { read, rendered, skipped, merged } = report.entries;
  assert.equal(read, rendered + skipped + merged, label);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  assert.ok(errors.length >= skipped, `${label}: ${skipped} entries skipped, ${errors.length} errors`);
  for (const d of report.diagnostics) assert.doesNotMatch(d.message, /\n\s+at |internal error|please report/i, `${label}: ${d.code} ${d.message}`);
}

describe('building damaged files', { skip: corpusSkip() }, () => {
  it(`${BUILDS} seeded builds (seed ${SEED}) through the library: every entry accounted for, nothing written outside the output folder`, async () => {
    const next = seededRandom(SEED);
    const files = fuzzInputs();
    let skippedEntries = 0;
    for (let run = 0; run < BUILDS; run += 1) {
      const [dir, input, label] = damagedInput(run, next, files);
      const style = STYLES[run % STYLES.length]!;
      const out = join(dir, 'out');
      let report: BuildReport;
      try {
        report = await build({
          inputs: [input],
          output: out,
          style,
          names: ['Doe, Jane'],
          formats: ['html', 'txt', 'md', 'bib'],
          cache: false,
          threads: 1,
          lock: false,
          date: '2026-01-01',
        });
      } catch (error) {
        if (error instanceof UserError && error.exitCode === 1) continue;
        assert.fail(`${label} (${style}): threw ${error instanceof Error ? error.stack : String(error)}`);
      }
      assertAccounted(report, `${label} (${style})`);
      skippedEntries += report.entries.skipped;
      const outside = filesUnder(dir).filter((path) => !path.startsWith(`out${'/'}`) && path !== relative(dir, input));
      assert.deepEqual(outside, [], `${label}: files written outside the output folder`);
    }
    console.log(`fuzz-build: ${BUILDS} builds, seed ${SEED}, ${skippedEntries} damaged entries skipped, each with an error`);
  });

  it(`${CLI_RUNS} seeded builds through the CLI exit 0 or 1 without a stack trace`, async () => {
    const next = seededRandom(SEED + 1);
    const files = fuzzInputs();
    for (let run = 0; run < CLI_RUNS; run += 1) {
      const [dir, input, label] = damagedInput(1000 + run, next, files);
      const result = await runCliInProcess(['build', input, '-o', join(dir, 'out'), '-f', 'html,pdf,docx', '--no-cache', '--no-lock', '--json']);
      assert.ok(result.status === 0 || result.status === 1, `${label}: exit ${result.status}\n${result.stderr}`);
      assert.doesNotMatch(result.stderr, /\n\s+at |internal error/, label);
      const report = JSON.parse(result.stdout) as BuildReport;
      assertAccounted(report, label);
    }
  });
});
