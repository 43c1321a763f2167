import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveId, issuedYear, slugWord } from '../../src/normalize/derive-id.js';

describe('slugWord', () => {
  it('folds accents and special letters to ASCII', () => {
    assert.equal(slugWord('Müller'), 'muller');
    assert.equal(slugWord('Łoś'), 'los');
    assert.equal(slugWord('Leal-Taixé'), 'lealtaixe');
    assert.equal(slugWord('Straße'), 'strasse');
    assert.equal(slugWord('<b>Sui</b>'), 'sui');
  });

  it('keeps letters of other scripts when nothing ASCII is left', () => {
    assert.equal(slugWord('Ադոնց [Adonc῾]'), 'adonc');
    assert.equal(slugWord('Παπαδόπουλος'), 'παπαδόπουλος');
  });
});

describe('deriveId', () => {
  it('joins first author, year and first significant title word', () => {
    const item = {
      id: '',
      type: 'article',
      title: 'Stop Overthinking: A Survey on Efficient Reasoning',
      author: [{ family: 'Sui', given: 'Yang' }, { family: 'Chuang' }],
      issued: { 'date-parts': [['2025', 3]] },
    };
    assert.equal(deriveId(item), 'sui2025stop');
  });

  it('skips stop words and markup, and works without a year', () => {
    assert.equal(deriveId({ id: '', type: 'article', title: 'The <i>A</i> MoE-I<sup>2</sup> way', author: [{ family: 'Yang' }] }), 'yangmoe');
  });

  it('falls back to editors, literal names and finally a fixed word', () => {
    assert.equal(deriveId({ id: '', type: 'book', editor: [{ literal: 'Doe, Jane' }], title: 'Essays' }), 'doeessays');
    assert.equal(deriveId({ id: '', type: 'book', author: [{ literal: 'CALIFA Collaboration' }] }), 'califacollaboration');
    assert.equal(deriveId({ id: '', type: 'book' }), 'item');
  });

  it('ignores fields of the wrong kind instead of failing', () => {
    assert.equal(deriveId({ id: '', type: 'book', title: 42 as unknown as string, author: [{ family: 7 as unknown as string }] }), 'item');
  });
});

describe('issuedYear', () => {
  it('reads date-parts, literal and raw dates', () => {
    assert.equal(issuedYear({ id: '', type: 'book', issued: { 'date-parts': [[2024, 11, 13]] } }), '2024');
    assert.equal(issuedYear({ id: '', type: 'book', issued: { literal: 'Spring 1999' } }), '1999');
    assert.equal(issuedYear({ id: '', type: 'book', issued: { raw: 'in press' } }), undefined);
  });
});
