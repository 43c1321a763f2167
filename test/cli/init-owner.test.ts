import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { runInit } from '../../src/cli/run-init.js';
import type { Io } from '../../src/cli/terminal.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIB = `@article{a, author = {Vasilescu, Bogdan and Filkov, Vladimir}, title = {One}, journal = {J}, year = 2015}
@inproceedings{b, author = {Casalnuovo, Casey and Vasilescu, Bogdan}, title = {Two}, booktitle = {ICSE}, year = 2015}
@article{c, author = {Vasilescu, B. and Serebrenik, Alexander}, title = {Three}, journal = {J}, year = 2014}
`;

/** A folder with one bibliography, and an Io that records what it was asked and what it printed. */
function setUp(answers?: string[]): { dir: string; io: Io; asked: string[]; stderr: () => string } {
  const dir = tempDir('init-owner');
  writeFileSync(join(dir, 'refs.bib'), BIB);
  const asked: string[] = [];
  let err = '';
  const io: Io = {
    stdout: () => {},
    stderr: (text) => {
      err += text;
    },
    readStdin: async () => '',
    stderrIsTTY: answers !== undefined,
    env: {},
    ask:
      answers &&
      (async (question) => {
        asked.push(question);
        return answers.shift() ?? '';
      }),
  };
  return { dir, io, asked, stderr: () => err };
}

const config = (dir: string): string => readFileSync(join(dir, 'pubcv.config.yaml'), 'utf8');
const owner = (dir: string): unknown => (parse(config(dir)) as { owner?: unknown }).owner;

test('not on a terminal, init writes the most frequent author as the owner, noted as a guess to check', async () => {
  const { dir, io, stderr } = setUp();
  assert.equal(await runInit(io, dir, false, 'me/pubcv@main'), 0);
  // "Vasilescu, B." is another spelling, counted apart: the full name is in 2 of 3 entries.
  assert.equal(owner(dir), 'Vasilescu, Bogdan');
  assert.match(config(dir), /^# Guessed from the data: the most frequent author \(2 of 3 entries\)\. Check it, and$/m);
  assert.match(stderr(), /Next: check "owner" in pubcv\.config\.yaml \(guessed: Vasilescu, Bogdan\)/);
});

test('on a terminal, init asks with the guess as the default; Enter takes it, with no note', async () => {
  const { dir, io, asked } = setUp(['']);
  await runInit(io, dir, false, 'me/pubcv@main');
  assert.deepEqual(asked, ['Owner [Vasilescu, Bogdan — 2 of 3 entries]: ']);
  assert.equal(owner(dir), 'Vasilescu, Bogdan');
  assert.doesNotMatch(config(dir), /Guessed/);
});

test('on a terminal, a name typed at the prompt wins over the guess; "-" leaves the owner out', async () => {
  const typed = setUp(['  Filkov, Vladimir ']);
  await runInit(typed.io, typed.dir, false, 'me/pubcv@main');
  assert.equal(owner(typed.dir), 'Filkov, Vladimir');

  const none = setUp(['-']);
  await runInit(none.io, none.dir, false, 'me/pubcv@main');
  assert.equal(owner(none.dir), undefined);
  assert.match(config(none.dir), /^# owner: "Family, Given"$/m);
  assert.match(none.stderr(), /Next: put your name as "owner"/);
});

test('--name wins over the guess, and nothing is asked', async () => {
  const { dir, io, asked } = setUp(['Filkov, Vladimir']);
  await runInit(io, dir, false, 'me/pubcv@main', ['Vasilescu, Bogdan', 'Vasilescu, B.']);
  assert.deepEqual(asked, []);
  assert.deepEqual(owner(dir), ['Vasilescu, Bogdan', 'Vasilescu, B.']);
  assert.doesNotMatch(config(dir), /Guessed/);
});

test('with no bibliography the question has no default; a config that is kept is not asked for', async () => {
  const empty = setUp(['']);
  writeFileSync(join(empty.dir, 'refs.bib'), '');
  await runInit(empty.io, empty.dir, false, 'me/pubcv@main');
  assert.deepEqual(empty.asked, ['Owner ["Family, Given", empty to leave it out]: ']);
  assert.equal(owner(empty.dir), undefined);

  const kept = setUp(['Filkov, Vladimir']);
  writeFileSync(join(kept.dir, 'pubcv.config.yaml'), 'style: ieee\n');
  await runInit(kept.io, kept.dir, false, 'me/pubcv@main');
  assert.deepEqual(kept.asked, []);
  assert.equal(config(kept.dir), 'style: ieee\n');
});
