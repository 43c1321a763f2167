import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readInputTexts } from '../../src/input/read-input.js';
import { normalizeRecords } from '../../src/normalize/normalize-records.js';
import { seededRandom } from '../helpers/seeded-random.js';

// Seeded random damage to real files: truncation, lost braces, commas and quotes, stray bytes.
// Whatever happens, reading must not throw and every entry must be read or reported with an error
// at a line of the file. PUBCV_FUZZ_SEED and PUBCV_FUZZ_RUNS replay or extend a run.

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/real/', import.meta.url));
const SEED = Number(process.env.PUBCV_FUZZ_SEED ?? 20261128);
const RUNS = Number(process.env.PUBCV_FUZZ_RUNS ?? 150);
const MAX_SIZE = 80_000;
const NOISE = ['@', '{', '}', '"', ',', '=', '#', '%', '\\', '$', '~', '\n', '\u0000', '\uFFFD', 'é', '\u0301', '@article{', 'TY  - ', '[', ']', ':', '-', ' and '];

function corpusFiles(): string[] {
  const files = readdirSync(CORPUS).map((name) => join(CORPUS, name));
  return files.filter((path) => statSync(path).isFile() && statSync(path).size <= MAX_SIZE).sort();
}

function entryHeads(text: string): number {
  const heads = text.matchAll(/^[ \t]*@[ \t]*([A-Za-z][\w-]*)[ \t]*[{(]/gm);
  return [...heads].filter((head) => !/^(?:string|preamble|comment|xdata)$/i.test(head[1] ?? '')).length;
}

/** One to five random edits of `text`. */
function mutate(text: string, next: () => number): { text: string; edits: string[] } {
  let out = text;
  const edits: string[] = [];
  const count = 1 + Math.floor(next() * 5);
  for (let i = 0; i < count && out.length > 0; i += 1) {
    const at = Math.floor(next() * out.length);
    const kind = Math.floor(next() * 4);
    if (kind === 0) {
      out = out.slice(0, at);
      edits.push(`truncate@${at}`);
    } else if (kind === 1) {
      const target = ['{', '}', ',', '"', '\n'][Math.floor(next() * 5)] ?? '{';
      const found = out.indexOf(target, at);
      if (found >= 0) out = out.slice(0, found) + out.slice(found + 1);
      edits.push(`delete ${JSON.stringify(target)}@${found}`);
    } else if (kind === 2) {
      const noise = NOISE[Math.floor(next() * NOISE.length)] ?? '@';
      out = out.slice(0, at) + noise + out.slice(at);
      edits.push(`insert ${JSON.stringify(noise)}@${at}`);
    } else {
      const bytes = String.fromCharCode(...Array.from({ length: 1 + Math.floor(next() * 8) }, () => Math.floor(next() * 0x3000)));
      out = out.slice(0, at) + bytes + out.slice(at);
      edits.push(`bytes@${at}`);
    }
  }
  return { text: out, edits };
}

describe('reading damaged files', { skip: !existsSync(CORPUS) && 'corpus not found' }, () => {
  it(`survives ${RUNS} seeded mutations (seed ${SEED}) with every entry accounted for`, () => {
    const next = seededRandom(SEED);
    const files = corpusFiles().map((path) => ({ path: basename(path), text: readFileSync(path, 'utf8') }));
    let lostEntries = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const file = files[Math.floor(next() * files.length)];
      if (file === undefined) continue;
      const { text, edits } = mutate(file.text, next);
      const label = `run ${run}: ${file.path} ${edits.join(', ')}`;
      const lines = text.split('\n').length;
      let result: ReturnType<typeof readInputTexts>;
      try {
        result = readInputTexts([{ path: file.path, text }]);
        normalizeRecords(result.records);
      } catch (error) {
        assert.fail(`${label}: threw ${error instanceof Error ? error.stack : String(error)}`);
      }
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      assert.ok(result.records.length <= result.entryCount, label);
      assert.ok(errors.length >= result.entryCount - result.records.length, `${label}: ${result.entryCount - result.records.length} entries lost, ${errors.length} errors`);
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
