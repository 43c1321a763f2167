import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { latexToCslMarkup } from '../../src/normalize/latex-to-csl-markup.js';

const SEED = new URL('../../../shared/seed/000_b74aa7739271a18e.txt', import.meta.url);

function expectConversions(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [latex, markup] of cases) assert.equal(latexToCslMarkup(latex), markup, latex);
}

describe('latexToCslMarkup', () => {
  it('turns the seed examples into CSL markup', () => {
    expectConversions([
      ['MoE-I$^2$', 'MoE-I<sup>2</sup>'],
      ['\\textbf{TopV}', '<b>TopV</b>'],
      ['\\emph{x}', '<i>x</i>'],
      ['\\textit{x}', '<i>x</i>'],
      ['Mixtral-8$\\times$7B', 'Mixtral-8×7B'],
      ['100\\%', '100%'],
      ['\\url{https://x}', 'https://x'],
      ['$N(1-(\\frac{bN}{D+bN})^b)$', '<span class="nocase">N(1-(bN/(D+bN))<sup>b</sup>)</span>'],
      ['$\\Lambda$-coalescent', '<span class="nocase">Λ</span>-coalescent'],
      ['$\\ell_1$', '<span class="nocase">ℓ<sub>1</sub></span>'],
    ]);
  });

  it('resolves accents, special letters and TeX ligatures', () => {
    expectConversions([
      ['M{\\"u}ller', 'Müller'],
      ["Ren\\'e", 'René'],
      ['\\v{C}apek', 'Čapek'],
      ["Mart{\\'\\i}n", 'Martín'],
      ['Stra\\ss e', 'Straße'],
      ['Bj\\o rn', 'Bjørn'],
      ['\\"{\\i}', 'ï'],
      ['\\c{c}a \\k{a} \\H{o} \\r{a} \\aa{} \\L{}\\l{}', 'ça ą ő å å Łł'],
      ['Le~Goues', 'Le\u00A0Goues'],
      ['1--10', '1–10'],
      ['yes---no', 'yes—no'],
      ['R\\&D', 'R&D'],
      ["``quoted''", '“quoted”'],
    ]);
  });

  it('closes a single quote opened with a backquote, and leaves apostrophes alone', () => {
    expectConversions([
      ["Why `{GSA}: a gravitational search algorithm' is not", 'Why ‘<span class="nocase">GSA</span>: a gravitational search algorithm’ is not'],
      ["O'Brien's `model'.", "O'Brien's ‘model’."],
      ["the authors' reply", "the authors' reply"],
    ]);
  });

  it('maps formatting commands and switches to CSL tags', () => {
    expectConversions([
      ['{\\bf bold words} and {\\em it}', '<b>bold words</b> and <i>it</i>'],
      ['\\textsc{Caps}', '<span style="font-variant:small-caps;">Caps</span>'],
      ['x\\textsuperscript{th} H\\textsubscript{2}O', 'x<sup>th</sup> H<sub>2</sub>O'],
      ['a\\begin{it}b\\end{it}c', 'a<i>b</i>c'],
      ['\\enquote{q}', '“q”'],
      ['\\textbf{}', ''],
    ]);
  });

  it('protects braced words from case changes, unless told not to', () => {
    assert.equal(latexToCslMarkup('{DNA} of {\\"U}ber'), '<span class="nocase">DNA</span> of Über');
    assert.equal(latexToCslMarkup('{{Whole Title}}'), '<span class="nocase">Whole Title</span>');
    assert.equal(latexToCslMarkup('Nijmegen, {NL}', { protectCase: false }), 'Nijmegen, NL');
  });

  it('protects the whole word a braced part belongs to', () => {
    // citeproc would title-case the letter after a span that ends inside a word: "KIngman".
    assert.equal(latexToCslMarkup("{K}ingman's coalescent"), '<span class="nocase">Kingman</span>\'s coalescent');
    assert.equal(
      latexToCslMarkup('{FLOSS}ing, {W}right--{F}isher, Mc{D}onald'),
      '<span class="nocase">FLOSSing</span>, <span class="nocase">Wright</span>–<span class="nocase">Fisher</span>, <span class="nocase">McDonald</span>',
    );
    assert.equal(
      latexToCslMarkup('{K}\\"onig {K}ing{S}ton {DNA}-binding'),
      '<span class="nocase">König</span> <span class="nocase">KingSton</span> <span class="nocase">DNA</span>-binding',
    );
  });

  it('writes math as readable Unicode, protected from case changes where it has letters', () => {
    const math = (text: string) => `<span class="nocase">${text}</span>`;
    expectConversions([
      ['$x \\in \\mathbb{R}^n$', math('x ∈ ℝ<sup>n</sup>')],
      ['$\\alpha=0.5$, $\\beta \\leq 1$', `${math('α=0.5')}, ${math('β ≤ 1')}`],
      ['$\\frac{1}{2}$ and $\\sqrt{x+1}$', `1/2 and ${math('√(x+1)')}`],
      ['$O(n \\log n)$', math('O(n log n)')],
      ['$\\mathcal{O}(n^{d/2})$', math('O(n<sup>d/2</sup>)')],
      ['$10^{\\circ}$C', '10°C'],
      ['\\ensuremath{\\lesssim} 1', '≲ 1'],
      ['\\(\\lambda\\)-ES', `${math('λ')}-ES`],
      ["$f'(x)$", math('f′(x)')],
      ['$\\hat{x}$', math('x̂')],
      ['{Title with $\\ell_1$}', math('Title with ℓ<sub>1</sub>')],
    ]);
    assert.equal(latexToCslMarkup('$\\Lambda$', { protectCase: false }), 'Λ');
  });

  it('keeps the argument of unknown commands and drops the command', () => {
    expectConversions([
      ['\\rpackage{mlr}: Machine Learning in \\proglang{R}', 'mlr: Machine Learning in R'],
      ['A \\unknown command', 'A command'],
      ['see \\cite{key} here', 'see here'],
      ['Flow\\-shop vs.\\ others', 'Flowshop vs. others'],
      ['\\href{https://a.org}{link text}', 'link text'],
      ['\\ElsevierGlyph{2014}', '—'],
    ]);
  });

  it('never leaves backslashes, braces or math shifts from bad input', () => {
    for (const latex of ['trailing \\', 'unbalanced {brace', 'stray } brace', '$unclosed math', '\\textbf{', '\\frac{1}']) {
      assert.doesNotMatch(latexToCslMarkup(latex), /[\\{}]/, latex);
    }
    assert.equal(latexToCslMarkup('costs $5 only'), 'costs $5 only');
  });

  it('leaves <, > and & as text, which citeproc renders back unchanged', () => {
    const markup = latexToCslMarkup('a < b \\& c > d');
    assert.equal(markup, 'a < b & c > d');
    const cite = new Cite([{ id: 'x', type: 'article-journal', title: `${markup} <b>bold</b>`, issued: { 'date-parts': [[2020]] } }]);
    const text = cite.format('bibliography', { format: 'text', template: 'apa' }) as string;
    const html = cite.format('bibliography', { format: 'html', template: 'apa' }) as string;
    assert.match(text, /a < b & c > d bold/);
    assert.match(html, /a &#60; b &#38; c &#62; d <b>bold<\/b>/);
  });

  it('converts every title and abstract of the seed plain list', () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    const withLatex = lines
      .slice(1)
      .filter((_, index) => index % 3 !== 1)
      .filter((line) => /[\\$]/.test(line));
    assert.ok(withLatex.length >= 5, 'the seed has LaTeX in titles and abstracts');
    for (const line of withLatex) assert.doesNotMatch(latexToCslMarkup(line), /[\\$]/, line.slice(0, 60));
    const converted = withLatex.map((line) => latexToCslMarkup(line)).join('\n');
    for (const expected of [
      'MoE-I<sup>2</sup>:',
      '<b>TopV</b>',
      '<b>TO</b>ken <b>P</b>runing',
      'N(1-(bN/(D+bN))<sup>b</sup>)',
      'Mixtral-8×7B',
      '100% detection',
    ]) {
      assert.ok(converted.includes(expected), expected);
    }
  });
});

describe('math font switches', () => {
  it('eat the spaces after them, as in text: $\\cal MAX$--$\\cal MIN$ is "MAX–MIN", not " MAX– MIN"', () => {
    assert.equal(latexToCslMarkup('{$\\cal MAX$--$\\cal MIN$}'), '<span class="nocase">MAX–MIN</span>');
    assert.equal(latexToCslMarkup('$\\rm d x$'), '<span class="nocase">d x</span>');
    assert.equal(latexToCslMarkup('$\\alpha b$'), '<span class="nocase">α b</span>');
  });
});
