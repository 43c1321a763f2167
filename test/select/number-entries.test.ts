import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberEntries } from '../../src/select/number-entries.js';
import { DEFAULT_NUMBERING, type NumberingRules } from '../../src/model/settings.js';

const SECTIONS = [
  { key: 'journal', id: 'journal', entries: ['j3', 'j2', 'j1'] },
  { key: 'conference', id: 'conference', entries: ['c2', 'c1'] },
];
const number = (rules: Partial<NumberingRules>) => Object.fromEntries(numberEntries(SECTIONS, { ...DEFAULT_NUMBERING, ...rules }));

test('none gives no labels: the style keeps its own', () => {
  assert.deepEqual(number({}), {});
});

test('reverse per section with prefixes: the newest has the highest number (J3 … J1, C2 … C1)', () => {
  assert.deepEqual(number({ order: 'reverse', prefixes: { journal: 'J', conference: 'C' } }), { j3: '[J3]', j2: '[J2]', j1: '[J1]', c2: '[C2]', c1: '[C1]' });
});

test('ascending per section', () => {
  assert.deepEqual(number({ order: 'ascending', label: '{prefix}{n}.', prefixes: { journal: 'J' } }), { j3: 'J1.', j2: 'J2.', j1: 'J3.', c2: '1.', c1: '2.' });
});

test('continuous across sections, ascending and reverse', () => {
  assert.deepEqual(number({ order: 'ascending', scope: 'continuous', label: '{n}' }), { j3: '1', j2: '2', j1: '3', c2: '4', c1: '5' });
  assert.deepEqual(number({ order: 'reverse', scope: 'continuous', label: '{n}' }), { j3: '5', j2: '4', j1: '3', c2: '2', c1: '1' });
});

test('a prefix written "{n}" is printed as written, not replaced by the number', () => {
  assert.deepEqual(number({ order: 'ascending', prefixes: { journal: '{n}-' } }), { j3: '[{n}-1]', j2: '[{n}-2]', j1: '[{n}-3]', c2: '[1]', c1: '[2]' });
});
