import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { CslName, SourceRecord } from '../../src/model/record.js';
import { markOwnerNames } from '../../src/owner/mark-owner-names.js';
import { namesInData, nearMissNames } from '../../src/owner/names-in-data.js';
import { ownerKey } from '../../src/owner/owner-match.js';
import { parseOwnerName } from '../../src/owner/owner-name.js';
import { readRecords } from '../../src/api/prepare-records.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';

const record = (id: string, author: CslName[]): SourceRecord => ({ item: { id, type: 'article', author }, source: { file: 'x.bib', line: 1 } });
const owners = (...names: string[]) => names.map((n) => parseOwnerName(n)!);
const bogdan = { family: 'Vasilescu', given: 'Bogdan' };
const alexander = { family: 'Serebrenik', given: 'Alexander' };

describe('where the owner is missing, said once', () => {
  test('an owner in no entry is one error naming the spelling the data has', () => {
    const records = [record('a', [bogdan, alexander]), record('b', [bogdan]), record('c', [alexander, bogdan])];
    const { diagnostics, coverage } = markOwnerNames(records, owners('Vasilescu, Bodgan'));
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(coverage, {
      severity: 'error',
      code: 'owner-not-found',
      message: "the owner 'Vasilescu, Bodgan' matched 0 of 3 entries; did you mean 'Vasilescu, Bogdan' (3 entries)?",
    });
  });

  test('with no near miss, the error names the most frequent names', () => {
    const { coverage } = markOwnerNames([record('a', [bogdan, alexander]), record('b', [bogdan])], owners('Smith, John'));
    assert.equal(
      coverage?.message,
      "the owner 'Smith, John' matched 0 of 2 entries; the names the entries hold most often are 'Vasilescu, Bogdan' (2 entries), 'Serebrenik, Alexander' (1 entry)",
    );
  });

  test('fewer than half: a warning naming the entries and the near miss', () => {
    const records = [record('a', [bogdan]), record('b', [{ family: 'Vasilescu', given: 'Bodgan' }]), record('c', [{ family: 'Vasilescu', given: 'Bodgan' }])];
    const { coverage } = markOwnerNames(records, owners('Vasilescu, Bogdan'));
    assert.equal(coverage?.severity, 'warning');
    assert.equal(
      coverage?.message,
      "the owner 'Vasilescu, Bogdan' matched 1 of 3 entries (fewer than half); not found in b, c; did you mean 'Vasilescu, Bodgan' (2 entries)?",
    );
  });

  test('an owner in every entry says nothing', () => {
    assert.equal(markOwnerNames([record('a', [bogdan])], owners('Vasilescu, Bogdan')).coverage, undefined);
  });
});

describe('near misses', () => {
  const names = namesInData([
    record('a', [bogdan, alexander, { family: 'Vasilescu', given: 'Ana' }]),
    record('b', [bogdan, { family: 'Vasilescu', given: 'Bogdan', 'non-dropping-particle': undefined }]),
    record('c', [{ family: 'Vasilescou', given: 'B.' }]),
  ]);
  const near = (owner: string) => nearMissNames(names, [ownerKey(parseOwnerName(owner)!)]).map((n) => n.label);

  test('count each name once per entry, the most frequent first', () => {
    assert.deepEqual(
      names.map((n) => [n.label, n.entries]),
      [
        ['Vasilescu, Bogdan', 2],
        ['Serebrenik, Alexander', 1],
        ['Vasilescu, Ana', 1],
        ['Vasilescou, B.', 1],
      ],
    );
  });

  test('a letter off in either name, the names swapped, a conflicting initial', () => {
    assert.deepEqual(near('Vasilescu, Bodgan'), ['Vasilescu, Bogdan', 'Vasilescou, B.']);
    assert.deepEqual(near('Bogdan, Vasilescu'), ['Vasilescu, Bogdan', 'Vasilescou, B.']);
    assert.deepEqual(near('Vasilescu, C.'), []);
    assert.deepEqual(near('Serebrenyk, Alexandre'), ['Serebrenik, Alexander']);
  });

  test('names that match the owner are no near miss, names far off neither', () => {
    assert.deepEqual(near('Vasilescu, Bogdan'), ['Vasilescou, B.']);
    assert.deepEqual(near('Kästner, Christian'), []);
  });
});

describe('on the real lists', () => {
  const VASILESCU = corpusFile('vasilescu-publications.bib');
  const STRUDEL = corpusFile('cmu-strudel-lab-publications.bib');
  const coverageOf = async (file: string, name: string) =>
    markOwnerNames((await readRecords([{ path: file, text: readFileSync(file, 'utf8') }])).records, owners(name));

  test('"Bodgan" for "Bogdan": one error with the right spelling instead of 43 warnings', { skip: skipWithout(VASILESCU) }, async () => {
    const { diagnostics, coverage } = await coverageOf(VASILESCU, 'Vasilescu, Bodgan');
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'owner-not-found'),
      [],
    );
    assert.equal(coverage?.message, "the owner 'Vasilescu, Bodgan' matched 0 of 43 entries; did you mean 'Vasilescu, Bogdan' (43 entries)?");
  });

  test("the lab list's own typo of the owner's name is named as a near miss", { skip: skipWithout(STRUDEL) }, async () => {
    const { coverage } = await coverageOf(STRUDEL, 'Vasilescu, Bogdan');
    assert.equal(coverage?.severity, 'warning');
    assert.match(
      coverage?.message ?? '',
      /^the owner 'Vasilescu, Bogdan' matched 116 of 122 entries; not found in .*; did you mean 'Vasilescu, Bodgan' \(3 entries\)\?$/,
    );
  });
});
