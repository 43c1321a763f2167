import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guessTitleLanguage, withTitleLanguage } from '../../src/normalize/title-language.js';

describe('guessTitleLanguage', () => {
  it('names the language of titles clearly in another language', () => {
    assert.equal(guessTitleLanguage('Experimentelle und theoretische Biologie: getrennte Welten?'), 'de');
    assert.equal(guessTitleLanguage('Elicitation des préférences pour l’aide multicritère à la décision'), 'fr');
    assert.equal(guessTitleLanguage('Análisis de Correspondencias de Matrices de Abundancia'), 'es');
    assert.equal(guessTitleLanguage('Fuzje i przejęcia w polskim przemyśle na przykładzie hutnictwa'), 'pl');
    assert.equal(guessTitleLanguage('Het Schatten van Schooleffecten'), 'nl');
  });

  it('says nothing of English titles, foreign names in them, or a lone letter', () => {
    for (const title of [
      'Case Study of Électricité de France',
      'Bayesian optimization over permutation spaces',
      'Type I errors',
      'Deep learning',
      'Des Moines floods in the news',
    ]) {
      assert.equal(guessTitleLanguage(title), undefined, title);
    }
  });
});

describe('withTitleLanguage', () => {
  it('names the guessed language only where the item names none', () => {
    const title = 'Experimentelle und theoretische Biologie';
    assert.equal(withTitleLanguage({ id: 'a', type: 'book', title }).language, 'de');
    assert.equal(withTitleLanguage({ id: 'a', type: 'book', title, language: 'en' }).language, 'en');
    const english = { id: 'a', type: 'book', title: 'Theoretical biology' };
    assert.equal(withTitleLanguage(english), english);
  });
});
