import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { CORPUS, skipWithout } from '../helpers/corpus.js';
import { corpusInputs, sweepInput, SWEEP_STYLES } from '../helpers/corpus-sweep.js';

// Every real bibliography of the shared corpus, built in-process in APA, IEEE and Chicago
// (author-date) to text and to CSL-JSON: no entry may show a defect of issue #14 (see
// test/helpers/corpus-sweep.ts for the checks). There are no accepted exceptions: each finding fails.

const present = existsSync(CORPUS);

describe('corpus sweep: every real entry in three styles', { skip: skipWithout(CORPUS) }, () => {
  const started = Date.now();

  it('finds the corpus', () => {
    assert.ok(present, `the shared corpus is not at ${CORPUS} (CI needs it)`);
  });

  for (const input of present ? corpusInputs(CORPUS) : []) {
    it(`${input.label}: ${SWEEP_STYLES.join(', ')}`, async () => {
      const { findings, entries } = await sweepInput(input);
      assert.ok(entries > 0, `${input.label}: no entry built`);
      const lines = findings.map((f) => `  ${f.check}: ${f.file} ${f.entry} [${f.style}] ${f.detail.slice(0, 300)}`);
      assert.equal(findings.length, 0, `${input.label}: ${findings.length} finding(s)\n${lines.join('\n')}`);
    });
  }

  after(() => {
    if (present) console.log(`corpus sweep: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
