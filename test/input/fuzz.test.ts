import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readInputTexts } from '../../src/input/read-input.js';
import { normalizeRecords } from '../../src/normalize/normalize-records.js';
import { corpusSkip, fuzzInputs, mutate } from '../helpers/fuzz-inputs.js';
import { seededRandom } from '../helpers/seeded-random.js';

// Seeded random damage to real files of every format (BibTeX, CSL-JSON, CSL-YAML, RIS, plain list):
// truncation, lost braces, commas and quotes, stray bytes. Whatever happens, reading must not throw
// and every entry must be read or reported with an error at a line of the file. PUBCV_FUZZ_SEED and
// PUBCV_FUZZ_RUNS replay or extend a run. test/e2e/fuzz-build.test.ts takes damaged files through whole builds.

const SEED = Number(process.env.PUBCV_FUZZ_SEED ?? 20261128);
const RUNS = Number(process.env.PUBCV_FUZZ_RUNS ?? 150);

function entryHeads(text: string): number {
  const heads = text.matchAll(/^[ \t]*@[ \t]*([A-Za-z][\w-]*)[ \t]*[{(]/gm);
  return [...heads].filter((head) => !/^(?:string|preamble|comment|xdata)$/i.test(head[1] ?? '')).length;
}

describe('reading damaged files', { skip: corpusSkip() }, () => {
  it(`survives ${RUNS} seeded mutations (seed ${SEED}) with every entry accounted for`, async () => {
    const next = seededRandom(SEED);
    const files = fuzzInputs();
    assert.deepEqual([...new Set(files.map((f) => f.path.replace(/^.*\.(\w+)$/, '$1')))].sort(), ['bib', 'json', 'ris', 'txt', 'yaml']);
    let lostEntries = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const file = files[Math.floor(next() * files.length)];
      if (file === undefined) continue;
      const { text, edits } = mutate(file.text, next, file.path);
      const label = `run ${run}: ${file.path} ${edits.join(', ')}`;
      const lines = text.split('\n').length;
      let result: Awaited<ReturnType<typeof readInputTexts>>;
      try {
        result = await readInputTexts([{ path: file.path, text }]);
        normalizeRecords(result.records);
      } catch (error) {
        assert.fail(`${label}: threw ${error instanceof Error ? error.stack : String(error)}`);
      }
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      assert.ok(result.records.length <= result.entryCount, label);
      assert.ok(
        errors.length >= result.entryCount - result.records.length,
        `${label}: ${result.entryCount - result.records.length} entries lost, ${errors.length} errors`,
      );
      // Every `@type{` that starts a line is an entry, read or reported as broken (and so is a
      // line-start `@article` that lost its brace).
      if (file.path.endsWith('.bib')) assert.ok(result.entryCount >= entryHeads(text), `${label}: an entry neither read nor reported`);
      lostEntries += result.entryCount - result.records.length;
      for (const d of result.diagnostics) {
        assert.equal(d.file, file.path, label);
        assert.ok(d.line === undefined || (d.line >= 1 && d.line <= lines), `${label}: line ${d.line} of ${lines}`);
      }
    }
    console.log(`fuzz: ${RUNS} runs, seed ${SEED}, ${lostEntries} damaged entries skipped, each with an error`);
  });
});
