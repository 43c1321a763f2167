import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slugWord } from '../../src/normalize/derive-id.js';
import { foldName } from '../../src/owner/owner-name.js';
import { foldText } from '../../src/enrich/title-text.js';
import { holdsEveryWord } from '../../src/format/csl-style.js';
import { foldAccents, spellPlainLetters } from '../../src/text/fold-accents.js';

describe('foldAccents', () => {
  it('drops accents and other combining marks, keeping case', () => {
    assert.equal(foldAccents('Müller Ångström Nguyễn Dvořák'), 'Muller Angstrom Nguyen Dvorak');
    assert.equal(foldAccents('e\u0301\u0302'), 'e');
  });

  it('spells out compatibility characters only when asked (NFKD against NFD)', () => {
    assert.equal(foldAccents('ﬁnal² Ｍüller'), 'ﬁnal² Ｍuller');
    assert.equal(foldAccents('ﬁnal² Ｍüller', { compatibility: true }), 'final2 Muller');
  });

  it('leaves letters with no decomposition to spellPlainLetters', () => {
    assert.equal(foldAccents('łoś'), 'łos');
    assert.equal(spellPlainLetters('łoś straße æ œ ø đ ð þ ı'), 'loś strasse ae oe o d d th i');
    assert.equal(spellPlainLetters('ŁØ'), 'ŁØ');
  });
});

describe('the callers keep the form they had', () => {
  it('ids and title comparison spell out ligatures and superscripts (NFKD)', () => {
    assert.equal(slugWord('Ｆﬁnal²'), 'ffinal2');
    assert.equal(foldText('Ｆﬁnal² Łoś'), 'ffinal2 los');
  });

  it('owner names and style search keep them as written (NFD)', () => {
    assert.equal(foldName('Grüﬃn Łoś'), 'gruﬃn los');
    assert.equal(holdsEveryWord('ffi')('Grüﬃn'), false);
    assert.equal(holdsEveryWord('GRUN apa')('apa Grün'), true);
  });
});
