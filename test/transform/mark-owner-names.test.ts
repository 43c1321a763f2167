import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CslName, SourceRecord } from '../../src/input/record.js';
import { markOwnerNames } from '../../src/transform/mark-owner-names.js';
import { foldName, parseOwnerName } from '../../src/transform/owner-name.js';

const record = (id: string, author: CslName[]): SourceRecord => ({ item: { id, type: 'article', author }, source: { file: 'x.bib', line: 1 } });
const owner = parseOwnerName('Sui, Yang')!;

test('parseOwnerName reads "Family, Given" and "Given Family"', () => {
  assert.deepEqual(parseOwnerName('Sui, Yang'), { family: 'Sui', given: 'Yang' });
  assert.deepEqual(parseOwnerName('  Yang   Sui '), { family: 'Sui', given: 'Yang' });
  assert.deepEqual(parseOwnerName('Plato'), { family: 'Plato' });
  assert.equal(parseOwnerName('  '), undefined);
});

test('foldName ignores case and accents', () => {
  assert.equal(foldName('Müller'), foldName('MULLER'));
  assert.equal(foldName('Łukasz'), 'lukasz');
  assert.equal(foldName('Čapek'), 'capek');
});

test('marks the owner in full, initial and upper-case forms and nobody else', () => {
  const { value, diagnostics } = markOwnerNames(
    [
      record('a', [{ family: 'Yang', given: 'Cheng' }, { family: 'Sui', given: 'Yang' }]),
      record('b', [{ family: 'SUI', given: 'Y.' }]),
      record('c', [{ family: 'Sui', given: 'Yu' }]),
    ],
    [owner],
  );
  const tagged = value.map((r) => (r.item.author ?? []).map((n) => (n.family ?? '').includes('<s')));
  assert.deepEqual(tagged, [[false, true], [true], [false]]);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.entry]),
    [['owner-not-found', 'c']],
  );
});

test('a name without given name matches by family with a warning', () => {
  const { diagnostics } = markOwnerNames([record('a', [{ family: 'Sui' }])], [owner]);
  assert.deepEqual(diagnostics.map((d) => d.code), ['owner-ambiguous']);
});

test('does not change its input', () => {
  const input = [record('a', [{ family: 'Sui', given: 'Yang' }])];
  const copy = structuredClone(input);
  markOwnerNames(input, [owner]);
  assert.deepEqual(input, copy);
});
