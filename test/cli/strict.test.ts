import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/terminal.js';
import { tempDir } from '../helpers/temp-dir.js';

function recordingIo(): Io & { readonly err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => undefined, stderr: (text) => void err.push(text), readStdin: async () => '', stderrIsTTY: false, env: {} };
}

const dir = tempDir('strict');
const good = join(dir, 'good.json');
const undated = join(dir, 'undated.json');
writeFileSync(
  good,
  JSON.stringify([{ id: 'a', type: 'book', title: 'A book', author: [{ family: 'Sui', given: 'Yang' }], issued: { 'date-parts': [[2020]] }, publisher: 'P' }]),
);
writeFileSync(undated, JSON.stringify([{ id: 'b', type: 'book', title: 'An undated book', author: [{ family: 'Sui', given: 'Yang' }], publisher: 'P' }]));

test('--strict with warnings writes nothing, keeps the earlier outputs, and says why, also under -q', async () => {
  const out = join(dir, 'out');
  assert.equal(await main(['build', good, '-n', 'Sui, Yang', '-f', 'html', '-o', out, '-q', '--no-cache'], recordingIo()), 0);
  const before = readFileSync(join(out, 'publications.html'), 'utf8');
  const io = recordingIo();
  assert.equal(await main(['build', undated, '-n', 'Sui, Yang', '-f', 'html', '-o', out, '-q', '--strict', '--no-cache'], io), 1);
  assert.equal(readFileSync(join(out, 'publications.html'), 'utf8'), before);
  assert.match(io.err.join(''), /--strict: \d+ warnings? fail the build/);
  // Why: the warnings themselves, which -q hides when they do not fail the build.
  assert.match(io.err.join(''), /warning missing-date/);
});

test('--strict with no warnings writes as usual', async () => {
  const out = join(dir, 'out-ok');
  assert.equal(await main(['build', good, '-n', 'Sui, Yang', '-f', 'html', '-o', out, '-q', '--strict', '--no-cache'], recordingIo()), 0);
  assert.ok(existsSync(join(out, 'publications.html')));
});

test('check -q --strict that fails on warnings prints why', async () => {
  const io = recordingIo();
  assert.equal(await main(['check', undated, '-n', 'Sui, Yang', '-q', '--strict'], io), 1);
  assert.match(io.err.join(''), /--strict: \d+ warnings? fails? the check/);
  assert.match(io.err.join(''), /warning missing-date/);
});

test('-q without --strict still hides warnings', async () => {
  const io = recordingIo();
  assert.equal(await main(['check', undated, '-n', 'Sui, Yang', '-q'], io), 0);
  assert.doesNotMatch(io.err.join(''), /missing-date/);
});
