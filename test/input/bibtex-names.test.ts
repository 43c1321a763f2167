import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseBibtexName, splitNameList } from '../../src/input/bibtex-name-parts.js';
import { convertBibtexNames } from '../../src/input/bibtex-names.js';
import { readBibtex } from '../../src/input/read-bibtex.js';
import { CORPUS, skipWithout } from '../helpers/corpus.js';

function names(value: string) {
  return convertBibtexNames(value).names;
}

describe('parseBibtexName', () => {
  it('splits the three BibTeX forms into First, von, Last and Jr', () => {
    assert.deepEqual(parseBibtexName('Ludwig van Beethoven'), { first: 'Ludwig', von: 'van', last: 'Beethoven', jr: '' });
    assert.deepEqual(parseBibtexName('van der Berg, Jan'), { first: 'Jan', von: 'van der', last: 'Berg', jr: '' });
    assert.deepEqual(parseBibtexName('de la Cruz, Jr., Pedro'), { first: 'Pedro', von: 'de la', last: 'Cruz', jr: 'Jr.' });
    assert.deepEqual(parseBibtexName('de La Fontaine, Jean'), { first: 'Jean', von: 'de', last: 'La Fontaine', jr: '' });
    // A von part written after the given name, Dutch style, is read as pandoc reads it.
    assert.deepEqual(parseBibtexName('Berg, Jan van der'), { first: 'Jan', von: 'van der', last: 'Berg', jr: '' });
  });

  it('decides case by the first letter outside braces, special characters by their letter', () => {
    assert.deepEqual(parseBibtexName('{\\AA}sa Larsson'), { first: '{\\AA}sa', von: '', last: 'Larsson', jr: '' });
    assert.deepEqual(parseBibtexName("{\\'E}mile Zola").first, "{\\'E}mile");
    assert.deepEqual(parseBibtexName("{\\'e}mile Zola").von, "{\\'e}mile");
    assert.deepEqual(parseBibtexName('Jean {de la} Cruz'), { first: 'Jean {de la}', von: '', last: 'Cruz', jr: '' });
    // A hyphen does not start a word: the case of `Ji-woo` is that of its J.
    assert.deepEqual(parseBibtexName('Ji-woo Jørgensen'), { first: 'Ji-woo', von: '', last: 'Jørgensen', jr: '' });
  });

  it('reads the part after a single comma as First, even when it looks like a suffix', () => {
    const cases: Array<[string, string, string]> = [
      ['Gravemeier, V.', 'Gravemeier', 'V.'],
      ['Xu, Sen', 'Xu', 'Sen'],
      ['He, Jun', 'He', 'Jun'],
      ['Lin, Xi', 'Lin', 'Xi'],
      ['Delorme, X.', 'Delorme', 'X.'],
      ['Doe, Jr', 'Doe', 'Jr'],
    ];
    for (const [name, last, first] of cases) assert.deepEqual(parseBibtexName(name), { first, von: '', last, jr: '' }, name);
    assert.equal(parseBibtexName('Smith, Sen., John').jr, 'Sen.');
  });

  it('ends von at a lower-case piece of a hyphenated word, as BibTeX does', () => {
    assert.deepEqual(parseBibtexName('A-b C, D'), { first: 'D', von: 'A-b', last: 'C', jr: '' });
    assert.deepEqual(parseBibtexName('van Berg-Smith, J'), { first: 'J', von: 'van', last: 'Berg-Smith', jr: '' });
    assert.deepEqual(parseBibtexName('A B-c, D'), { first: 'D', von: '', last: 'A B-c', jr: '' });
    assert.deepEqual(parseBibtexName('A-B C'), { first: 'A-B', von: '', last: 'C', jr: '' });
  });

  it('reads biblatex extended names and NASA ADS suffixes written last', () => {
    assert.deepEqual(parseBibtexName('given=Hermann, prefix=von, family={Helmholtz}'), { first: 'Hermann', von: 'von', last: 'Helmholtz', jr: '' });
    assert.deepEqual(parseBibtexName('{Davidson}, James W., Jr.'), { first: 'James W.', von: '', last: '{Davidson}', jr: 'Jr.' });
    assert.deepEqual(parseBibtexName('{Khalatyan}, Arman, Dr.'), { first: 'Arman', von: '', last: '{Khalatyan}', jr: '' });
  });

  it('splits lists at `and` in any case, but not inside braces', () => {
    assert.deepEqual(splitNameList('Lesk, M. E. AND Kernighan, B. W. and {Barnes and Noble}'), ['Lesk, M. E.', 'Kernighan, B. W.', '{Barnes and Noble}']);
  });
});

describe('convertBibtexNames', () => {
  it('gives CSL names with particles, suffixes and Unicode', () => {
    assert.deepEqual(names('Pedro de la Cruz and Smith, Jr., John and M{\\"u}ller, J{\\"o}rg and Pavi{\\\'c}-{\\v{C}}oli{\\\'c}, Milana'), [
      { given: 'Pedro', 'non-dropping-particle': 'de la', family: 'Cruz' },
      { given: 'John', family: 'Smith', suffix: 'Jr.' },
      { given: 'Jörg', family: 'Müller' },
      { given: 'Milana', family: 'Pavić-Čolić' },
    ]);
    assert.deepEqual(names('{\\AA}sa Larsson and Ji-woo Jørgensen'), [
      { given: 'Åsa', family: 'Larsson' },
      { given: 'Ji-woo', family: 'Jørgensen' },
    ]);
  });

  it('keeps braced families, organisations and mononyms whole, and ties as spaces', () => {
    assert.deepEqual(names("{CALIFA Collaboration} and {Abdurro'uf} and Claire {Le~Goues} and {Hervas-Raluy}, Silvia"), [
      { family: 'CALIFA Collaboration' },
      { family: "Abdurro'uf" },
      { given: 'Claire', family: 'Le Goues' },
      { given: 'Silvia', family: 'Hervas-Raluy' },
    ]);
  });

  it('turns `and others` and a trailing `et al.` into a last "et al." name', () => {
    assert.deepEqual(names('Roe, R. and others'), [{ given: 'R.', family: 'Roe' }, { literal: 'et al.' }]);
    assert.deepEqual(names('Fischman, David L.  et al.'), [{ given: 'David L.', family: 'Fischman' }, { literal: 'et al.' }]);
  });

  it('drops bold markup around the owner and says so', () => {
    const result = convertBibtexNames("<strong>L. Leal-Taix{\\'e}</strong> and {\\bf Doe, J.} and \\textbf{Poe, E.}");
    assert.equal(result.unmarked, true);
    assert.deepEqual(
      result.names.map((name) => name.family),
      ['Leal-Taixé', 'Doe', 'Poe'],
    );
    assert.equal(convertBibtexNames('Doe, J.').unmarked, false);
  });

  it('keeps a brace group with `and` inside as one name, also under bold markup', () => {
    assert.deepEqual(names('{A and B} and {\\bf C and D} and \\textbf{E and F} and Doe, J.'), [
      { family: 'A and B' },
      { family: 'C and D' },
      { family: 'E and F' },
      { given: 'J.', family: 'Doe' },
    ]);
  });

  it('reads given names the corpus writes like suffixes as given names', { skip: skipWithout(CORPUS) }, () => {
    const authors = (file: string, key: string) => {
      const result = readBibtex(readFileSync(`${CORPUS}${file}`, 'utf8'), file);
      return result.records.find((record) => record.source.key === key)?.item.author;
    };
    assert.deepEqual(authors('4c-multiphysics-group-papers.bib', 'gravemeier_2008_variational'), [{ given: 'V.', family: 'Gravemeier' }]);
    assert.deepEqual(authors('pfaffelhuber-scholar-own-bib.bib', 'lynch2014genome')?.[1], { given: 'Sen', family: 'Xu' });
  });

  it('turns contribution annotations into contributions by author index', () => {
    const result = convertBibtexNames(
      'Qiu, Huilian Sophie and Zhao, Zihe H (co-first author) and Doe*, J. and Roe, R. (corresponding author) and Poe, P. (equal contribution)',
    );
    assert.deepEqual(
      result.names.map((name) => `${name.family}, ${name.given}`),
      ['Qiu, Huilian Sophie', 'Zhao, Zihe H', 'Doe, J.', 'Roe, R.', 'Poe, P.'],
    );
    assert.deepEqual(result.contributions, [
      { author: 1, role: 'co-first' },
      { author: 2, role: 'equal' },
      { author: 3, role: 'corresponding' },
      { author: 4, role: 'equal' },
    ]);
  });

  it('skips empty names', () => {
    assert.deepEqual(names('A and , and  '), [{ family: 'A' }]);
  });
});
