import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latexToCslMarkup } from '../../src/normalize/latex-to-csl-markup.js';
import { capitalsToSentenceCase, isAllCaps, toSentenceCase } from '../../src/normalize/sentence-case.js';

function fromLatex(latex: string): string {
  return toSentenceCase(latexToCslMarkup(latex));
}

describe('toSentenceCase', () => {
  it('lower-cases Capitalized words but the first of the title and of each subtitle or sentence', () => {
    assert.equal(
      toSentenceCase('Tree-Valued Markov Processes: The Case of Self-Supervised Learning. A New Hope'),
      'Tree-valued markov processes: The case of self-supervised learning. A new hope',
    );
  });

  it('keeps protected words, math, acronyms and words with inner capitals', () => {
    assert.equal(
      fromLatex('The {DNA} of {B}ayesian $\\ell_1$ Models on iPhone and McDonald Data'),
      'The <span class="nocase">DNA</span> of <span class="nocase">Bayesian</span> <span class="nocase">ℓ<sub>1</sub></span> models on iPhone and McDonald data',
    );
    assert.equal(fromLatex('Learning with {$\\Lambda$-Coalescents} in the USA'), 'Learning with <span class="nocase">Λ-Coalescents</span> in the USA');
  });

  it('keeps single capitals (Type I, Vitamin C) and initials but lower-cases the article A', () => {
    assert.equal(
      toSentenceCase('Type I Errors of Vitamin C Trials Towards A Theory by M. Smith'),
      'Type I errors of vitamin C trials towards a theory by M. Smith',
    );
  });

  it('leaves a title already in sentence case alone, proper nouns and all', () => {
    const title = 'Identification of indigoid compounds in archaeological Maya blue by pyrolysis';
    assert.equal(toSentenceCase(title), title);
  });

  it('starts a subtitle with a capital, but not a symbol or a name written in lower case', () => {
    assert.equal(toSentenceCase('TTT plots: a perl program'), 'TTT plots: A perl program');
    assert.equal(toSentenceCase('mlr: machine learning in R'), 'mlr: Machine learning in R');
    assert.equal(toSentenceCase('Clustering: k-means revisited, and: iPhone apps'), 'Clustering: k-means revisited, and: iPhone apps');
  });

  it('keeps the capitals of names from other languages in an English title', () => {
    assert.equal(toSentenceCase('Case Study of Électricité de France'), 'Case study of Électricité de France');
    assert.equal(toSentenceCase('A Study of Universidad de Chile Students'), 'A study of Universidad de Chile students');
    assert.equal(toSentenceCase('Why You Don’t Need the Poincaré Conjecture'), 'Why you don’t need the Poincaré conjecture');
    assert.equal(toSentenceCase('Why do People Give Up Open Source?'), 'Why do people give up open source?');
  });

  it('leaves formatting tags in place', () => {
    assert.equal(fromLatex('A \\emph{Great} Title -- With Dashes'), 'A <i>great</i> title – with dashes');
  });

  it('leaves all-capitals titles to capitalsToSentenceCase', () => {
    assert.equal(toSentenceCase('THE DIVERSITY OF A DISTRIBUTED GENOME'), 'THE DIVERSITY OF A DISTRIBUTED GENOME');
  });
});

describe('isAllCaps and capitalsToSentenceCase', () => {
  it('finds titles in capitals, outside protected text', () => {
    assert.equal(isAllCaps('THE DIVERSITY OF A DISTRIBUTED GENOME'), true);
    assert.equal(isAllCaps('<span class="nocase">iPhone</span> SALES IN THE USA'), true);
    assert.equal(isAllCaps('DNA AND RNA'), true);
    assert.equal(isAllCaps('BERT'), false);
    assert.equal(isAllCaps('The DNA of Things'), false);
    assert.equal(isAllCaps('深度 学习 方法 研究'), false);
  });

  it('puts capitals in sentence case, sentence by sentence', () => {
    assert.equal(capitalsToSentenceCase('THE DIVERSITY OF A GENOME: A VIEW. <i>WHY</i> NOT?'), 'The diversity of a genome: A view. <i>Why</i> not?');
  });
});
