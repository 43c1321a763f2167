import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryKind, isSelected, keywordsOf, yearOf } from '../../src/select/entry-kind.js';
import type { CslItem } from '../../src/model/record.js';

const item = (type: string, extra: Partial<CslItem> = {}): CslItem => ({ id: 'x', type, ...extra });

test('CSL types map to the kinds a CV groups by', () => {
  assert.equal(entryKind(item('article-journal', { 'container-title': 'Nature' })), 'journal');
  assert.equal(entryKind(item('paper-conference')), 'conference');
  assert.equal(entryKind(item('book')), 'book');
  assert.equal(entryKind(item('chapter', { 'container-title': 'Handbook of Things' })), 'book');
  assert.equal(entryKind(item('thesis', { genre: 'phdthesis' })), 'thesis');
  assert.equal(entryKind(item('report')), 'other');
  assert.equal(entryKind(item('webpage')), 'other');
});

test('preprint hints win over the type readers give', () => {
  assert.equal(entryKind(item('article-journal', { 'container-title': 'arXiv preprint arXiv:2401.00001' })), 'preprint');
  assert.equal(entryKind(item('article-journal', { 'container-title': 'CoRR', volume: 'abs/2401.1' })), 'preprint');
  assert.equal(entryKind(item('article-journal', { 'container-title': 'bioRxiv' })), 'preprint');
  assert.equal(entryKind(item('article-journal', { DOI: '10.48550/arXiv.2401.00001' })), 'preprint');
  assert.equal(entryKind(item('article-journal', { DOI: '10.1101/2024.01.02.123456' })), 'preprint');
  assert.equal(entryKind(item('article')), 'preprint', "CSL 1.0.2's article is a preprint");
  assert.equal(entryKind(item('manuscript', { note: 'Preprint' })), 'preprint');
  assert.equal(entryKind(item('manuscript')), 'other');
});

test('false preprint hints are not taken', () => {
  // Cold Spring Harbor journals share bioRxiv's DOI prefix; a journal paper may note its preprint.
  assert.equal(entryKind(item('article-journal', { DOI: '10.1101/gr.123456.111' })), 'journal');
  assert.equal(entryKind(item('article-journal', { 'container-title': 'Corrosion Science' })), 'journal');
  assert.equal(entryKind(item('article-journal', { note: 'Preprint at arXiv:2401.1' })), 'journal');
  // PNAS is a journal though its name says "Proceedings"; a chapter in proceedings is a conference paper.
  assert.equal(entryKind(item('article-journal', { 'container-title': 'Proceedings of the National Academy of Sciences' })), 'journal');
  assert.equal(entryKind(item('chapter', { 'container-title': 'Proceedings of ECCV 2024' })), 'conference');
});

test('keywords, selected and year are read from the item', () => {
  assert.deepEqual(keywordsOf(item('book', { keyword: 'ML, Selected; vision ' })), ['ml', 'selected', 'vision']);
  assert.ok(isSelected(item('book', { keyword: 'ml, selected' })));
  assert.ok(isSelected(item('book', { custom: { selected: true } })));
  assert.ok(!isSelected(item('book', { custom: { selected: false } })));
  assert.equal(yearOf(item('book', { issued: { 'date-parts': [['2021', 3]] } })), 2021);
  assert.equal(yearOf(item('book')), undefined);
});
