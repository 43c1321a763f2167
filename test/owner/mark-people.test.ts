import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CslName, SourceRecord } from '../../src/model/record.js';
import { markOwnerNames } from '../../src/owner/mark-owner-names.js';
import { markPeople } from '../../src/owner/mark-people.js';
import { parseOwnerName, type OwnerName } from '../../src/owner/owner-name.js';

const record = (id: string, author: CslName[], editor?: CslName[]): SourceRecord => ({
  item: { id, type: 'chapter', author, ...(editor ? { editor } : {}) },
  source: { file: 'x.bib', line: 7 },
});
const names = (...spellings: string[]): OwnerName[] => spellings.map((s) => parseOwnerName(s)!);
const owner = names('Sui, Yang');

/** markOwnerNames then markPeople, as prepareRecords runs them. */
function mark(records: SourceRecord[], people: OwnerName[][]) {
  return markPeople(markOwnerNames(records, owner).value, people);
}

test('marks each listed person in authors and editors, in every spelling the owner would match', () => {
  const { value, diagnostics } = mark(
    [
      record('a', [
        { family: 'Sui', given: 'Yang' },
        { family: 'Li', given: 'Wei' },
        { family: 'ZHANG', given: 'Y.' },
      ]),
      record('b', [{ literal: 'Wei Li' }], [{ family: 'Zhang', given: 'Yue' }]),
      record('c', [{ family: 'Li', given: 'Wu' }]),
    ],
    [names('Li, Wei'), names('Zhang, Yue')],
  );
  assert.deepEqual(Object.fromEntries(value), { a: { author: [1, 2] }, b: { author: [0], editor: [0] } });
  assert.deepEqual(diagnostics, []);
});

test("the owner's highlight wins: a listed person who is the owner is not marked", () => {
  const { value } = mark(
    [
      record('a', [
        { family: 'Sui', given: 'Yang' },
        { family: 'Sui', given: 'Yu' },
      ]),
    ],
    [names('Sui, Y.')],
  );
  assert.deepEqual(Object.fromEntries(value), { a: { author: [1] } });
});

test('doubts follow the owner rules, worded for people:', () => {
  const { value, diagnostics } = mark(
    [
      record('two', [
        { family: 'Zhang', given: 'Yue' },
        { family: 'Zhang', given: 'Yan' },
      ]),
      record('family', [{ family: 'Li' }]),
      record('initial', [{ family: 'Wang', given: 'Hao' }]),
    ],
    [names('Zhang, Y.'), names('Li, Wei'), names('Wang, Hui', 'Wang, H.')],
  );
  assert.deepEqual(Object.fromEntries(value), { family: { author: [0] } });
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.entry, d.line, d.message]),
    [
      ['people-ambiguous', 'two', 7, '"Zhang, Yue" and "Zhang, Yan" could each be "Zhang, Y." (people:); neither is marked: give a fuller name in people:'],
      ['people-ambiguous', 'family', 7, '"Li" has the family name of "Li, Wei" (people:) but no given name to compare; marked as "Li, Wei" (people:)'],
      ['people-ambiguous', 'initial', 7, '"Wang, Hao" matches a name in people: written with an initial but is not "Wang, Hui"; not marked'],
    ],
  );
});

test('a name two listed people could each be is marked, with a warning', () => {
  const { value, diagnostics } = mark([record('a', [{ family: 'Zhang', given: 'Y.' }])], [names('Zhang, Yue'), names('Zhang, Yichi')]);
  assert.deepEqual(Object.fromEntries(value), { a: { author: [0] } });
  assert.deepEqual(
    diagnostics.map((d) => d.message),
    ['"Zhang, Y." could be "Zhang, Yue" or "Zhang, Yichi" (people:); marked as one of them'],
  );
});

test('people found in no entry: one warning, with the spellings they may have meant', () => {
  const { diagnostics } = mark([record('a', [{ family: 'Kowalski', given: 'Anna' }])], [names('Kowalsky, Anna'), names('Nobody, Here')]);
  assert.deepEqual(
    diagnostics.map((d) => [d.severity, d.code, d.message]),
    [['warning', 'people-not-found', '"Kowalsky, Anna" (did you mean "Kowalski, Anna"?), "Nobody, Here" are in people: but named by no entry listed (1)']],
  );
});

test('no people: nothing marked, nothing said', () => {
  assert.deepEqual(mark([record('a', [{ family: 'Li', given: 'Wei' }])], []), { value: new Map(), diagnostics: [] });
});
