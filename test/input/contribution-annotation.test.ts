import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contributionsFromAnnotation } from '../../src/input/contribution-annotation.js';
import { readInput } from '../../src/input/read-input.js';

test('reads BibLaTeX author annotations into contributions', () => {
  assert.deepEqual(contributionsFromAnnotation('1=equal; 2="equal",corresponding;3=advisee; 4=highlight; 2:family=x'), [
    { author: 0, role: 'equal' },
    { author: 1, role: 'equal' },
    { author: 1, role: 'corresponding' },
    { author: 2, role: 'student' },
  ]);
  assert.deepEqual(contributionsFromAnnotation(undefined), []);
});

test('a BibTeX entry carries its author+an roles to the item', async () => {
  const bib =
    '@article{a,\n  author = {Yang, Cheng and Sui, Yang},\n  author+an = {1=co-first; 2=co-first,corresponding},\n  title = {T}, journal = {J}, year = {2024}\n}\n';
  const [record] = (await readInput('refs.bib', bib)).records;
  assert.deepEqual(record?.item.custom?.contributions, [
    { author: 0, role: 'co-first' },
    { author: 1, role: 'co-first' },
    { author: 1, role: 'corresponding' },
  ]);
});
