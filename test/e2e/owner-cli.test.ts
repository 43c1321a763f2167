import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';

// The owner is never silently missed (issue #17, item 4): through the built CLI.

const PLAIN = { GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };
const VASILESCU = corpusFile('vasilescu-publications.bib');

interface Report {
  entries: Record<string, number>;
  diagnostics: Array<{ severity: string; code: string; message: string; entry?: string }>;
}
const json = (stdout: string) => JSON.parse(stdout) as Report;

describe('pubcv check: the owner', () => {
  test('a misspelt --name is one error with the spelling the entries use, and exit 1', async () => {
    // The bundled example (the seed): its owner is "Sui, Yang", in all 10 entries.
    const result = await runCliInProcess(['check', '--no-config', '-n', 'Sui, Yagn', '--json'], { env: PLAIN });
    assert.equal(result.status, 1, result.stderr);
    const owner = json(result.stdout).diagnostics.filter((d) => d.code.startsWith('owner'));
    assert.deepEqual(owner, [
      { severity: 'error', code: 'owner-not-found', message: "the owner 'Sui, Yagn' matched 0 of 10 entries; did you mean 'Sui, Yang' (10 entries)?" },
    ]);
  });

  test('on a real list: "Bodgan" for "Bogdan"', { skip: skipWithout(VASILESCU) }, async () => {
    const result = await runCliInProcess(['check', '--no-config', VASILESCU, '-n', 'Vasilescu, Bodgan'], { env: PLAIN });
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /error owner-not-found: the owner 'Vasilescu, Bodgan' matched 0 of 43 entries; did you mean 'Vasilescu, Bogdan' \(43 entries\)\?/,
    );
    assert.doesNotMatch(result.stderr, /more owner-not-found/);
  });

  test('--no-owner: a list without an owner, nothing said about it, exit 0; with --name a usage error', { skip: skipWithout(VASILESCU) }, async () => {
    const none = await runCliInProcess(['check', '--no-config', VASILESCU, '--no-owner', '--json'], { env: PLAIN });
    assert.equal(none.status, 0, none.stderr);
    assert.deepEqual(
      json(none.stdout).diagnostics.filter((d) => d.code.startsWith('owner')),
      [],
    );
    const both = await runCliInProcess(['check', '--no-config', VASILESCU, '--no-owner', '-n', 'Vasilescu, Bogdan'], { env: PLAIN });
    assert.equal(both.status, 2);
    assert.match(both.stderr, /--no-owner builds a list without an owner/);
  });

  test('without a name the warning says how to give one or go without', { skip: skipWithout(VASILESCU) }, async () => {
    const result = await runCliInProcess(['check', '--no-config', VASILESCU, '--json'], { env: PLAIN });
    assert.equal(result.status, 0, result.stderr);
    assert.match(json(result.stdout).diagnostics.find((d) => d.code === 'owner-unknown')?.message ?? '', /or --no-owner for a list without one/);
  });
});

describe('pubcv build --only-owner', () => {
  const STRUDEL = corpusFile('cmu-strudel-lab-publications.bib');
  test("a lab list keeps the owner's papers; the rest is said once", { skip: skipWithout(STRUDEL) }, async () => {
    const result = await runCliInProcess(['check', '--no-config', STRUDEL, '-n', 'Kästner, Christian', '--only-owner'], { env: PLAIN });
    assert.equal(result.status, 0, result.stderr);
    const left = result.stderr.split('\n').filter((l) => l.includes('filtered-out'));
    assert.deepEqual(left, [`info filtered-out: left out 101 entries: 101 by only-owner (--verbose lists each)`]);
    assert.match(result.stderr, /122 entries readable \(101 left out by the filters\)/);
  });
});
