import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { prepareRecords } from '../../src/api/prepare-records.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { ENGLISH_MESSAGES } from '../../src/model/messages.js';
import { CORPUS, skipWithout } from '../helpers/corpus.js';

const NOTHING_LOADED = { lock: undefined, messages: ENGLISH_MESSAGES, people: [] };

const BIB = `@article{mine, author = {Roe, Ann and Sui, Yang}, title = {Mine}, journal = {J}, year = 2020}
@article{theirs, author = {Roe, Ann}, title = {Theirs}, journal = {J}, year = 2021}
@book{edited, editor = {Sui, Yang}, title = {Edited}, publisher = {P}, year = 2022}
@article{unsure, author = {Sui, Y. and Sui, Yu}, title = {Unsure}, journal = {J}, year = 2019}
`;
const inputs = [{ path: 'lab.bib', text: BIB }];
const ids = async (only: Array<'author' | 'editor'>) => {
  const prepared = await prepareRecords(inputs, resolveSettings({ names: ['Sui, Yang'], owner: { only } }), NOTHING_LOADED);
  return { kept: prepared.records.map((r) => r.item.id), prepared };
};

describe('only the owner entries (--only-owner, owner-only)', () => {
  test("keeps the owner's papers as author, and as editor when editors count", async () => {
    assert.deepEqual((await ids([])).kept, ['edited', 'theirs', 'mine', 'unsure']);
    assert.deepEqual((await ids(['author'])).kept, ['mine', 'unsure']);
    assert.deepEqual((await ids(['author', 'editor'])).kept, ['edited', 'mine', 'unsure']);
  });

  test('each entry left out has a filtered-out note; the owner missing from them is no warning', async () => {
    const { prepared } = await ids(['author']);
    const notes = prepared.diagnostics.filter((d) => d.code === 'filtered-out');
    assert.deepEqual(
      notes.map((d) => [d.entry, d.line, d.message]),
      [
        ['edited', 3, 'left out: the owner is not among its authors (only-owner)'],
        ['theirs', 2, 'left out: the owner is not among its authors (only-owner)'],
      ],
    );
    assert.deepEqual(
      prepared.diagnostics.filter((d) => d.code === 'owner-not-found'),
      [],
    );
  });

  test('without an owner nothing is dropped, and that is an error', async () => {
    const prepared = await prepareRecords(inputs, resolveSettings({ owner: { only: ['author'] } }), NOTHING_LOADED);
    assert.equal(prepared.records.length, 4);
    assert.deepEqual(
      prepared.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
      ['owner-only-without-owner'],
    );
  });

  const LARGE = `${CORPUS}large/`;
  const files = ['abbrev', 'authors', 'journals', 'articles', 'biblio', 'crossref'].map((n) => `${LARGE}iridia-${n}.bib`);
  test("the IRIDIA lab bibliography becomes Thomas Stützle's own list", { skip: skipWithout(...files) }, async () => {
    const read = files.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    const prepared = await prepareRecords(read, resolveSettings({ names: ['Stützle, Thomas'], owner: { only: ['author'] } }), NOTHING_LOADED);
    const left = prepared.diagnostics.filter((d) => d.code === 'filtered-out');
    // He is among the names of 280 entries; of 248 as an author, the others as an editor.
    assert.equal(prepared.records.length, 248);
    assert.equal(prepared.read, prepared.records.length + left.length + prepared.merged);
    assert.ok(prepared.records.every((r) => (r.item.author ?? []).some((n) => /St.*tzle/.test(n.family ?? ''))));
  });
});
