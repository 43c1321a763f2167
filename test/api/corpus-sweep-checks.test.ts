import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entry } from '../../src/index.js';
import { recordFindings, textFindings } from '../helpers/corpus-sweep.js';
import { bibtexNameHasGiven, sourceGivensReader } from '../helpers/raw-source-names.js';
import { cslJsonSchemaErrors } from '../helpers/csl-json-schema.js';

// The corpus sweep's checks on made-up entries: each defect of issue #14 is caught, and the
// look-alikes that are right (a publisher named Mathesis, IEEE's "[Online]", "DNase") are not.

function entry(csl: Record<string, unknown> = {}): Entry {
  return { id: 'e1', runs: [], csl: { id: 'e1', type: 'article-journal', ...csl } };
}

const checksOf = (text: string, csl?: Record<string, unknown>, source: readonly string[] = []): string[] =>
  textFindings(entry(csl), text, 'apa', new Set(source), 'f.bib').map((f) => f.check);

describe('corpus sweep checks', () => {
  it('catches a BibTeX type word as a genre, not a publisher named like one', () => {
    assert.deepEqual(checksOf('Doe, J. (1973). Canonical analysis [Phdthesis]. Leiden.'), ['bibtex-type-as-genre']);
    assert.deepEqual(checksOf('Doe, J. (2021). A study (Techreport No. 5). ULB.'), ['bibtex-type-as-genre']);
    assert.deepEqual(checksOf('Doe, J. (2020). Notes [Misc].'), ['bibtex-type-as-genre']);
    assert.deepEqual(checksOf('Doe, J. (1977). In Geometric representations (pp. 1–2). Mathesis Press.', {}, ['Mathesis']), []);
    assert.deepEqual(checksOf('[1] J. Doe, “Notes.” [Online]. Available: https://x.org'), []);
    assert.deepEqual(
      recordFindings(entry({ genre: 'phdthesis' }), undefined, 'f.bib').map((f) => f.check),
      ['bibtex-type-as-genre'],
    );
    assert.deepEqual(recordFindings(entry({ genre: 'PhD thesis' }), undefined, 'f.bib'), []);
    assert.deepEqual(recordFindings(entry({ genre: 'Report' }), undefined, 'f.bib'), []);
    assert.deepEqual(checksOf('Doe, J. (2014). Social aspects [PhD thesis]. Eindhoven University of Technology.'), []);
  });

  it('catches "In" with no container after it, not "in" inside a title', () => {
    assert.deepEqual(checksOf('Miśkiewicz, Radosław. 2026. “Afterword.” In . https://doi.org/10.4324/9781003757108-11.'), ['empty-container']);
    assert.deepEqual(checksOf('Doe, Jane. “A Talk Paper.” In , 1–5.'), ['empty-container']);
    assert.deepEqual(checksOf('Doe, J. (2020). A chapter. In (pp. 1–5). Springer.'), ['empty-container']);
    assert.deepEqual(checksOf('[1] J. Doe, “A paper,” in , 2020, pp. 1–5.'), ['empty-container']);
    assert.deepEqual(checksOf('Doe, J. (2020). A chapter. In J. Roe (Ed.), The book (pp. 1–5).'), []);
    assert.deepEqual(checksOf('Doe, J. (2020). Progress in (bio)informatics. Journal, 3.'), []);
    assert.deepEqual(checksOf('Doe, J. (2020). What is in: a study. Journal, 3.'), []);
  });

  it('catches "& et al." and ", et al." after an ampersand', () => {
    assert.deepEqual(checksOf('In E. Diday & et al. (Eds.), Data Analysis.'), ['et-al-after-ampersand']);
    assert.deepEqual(checksOf('In E. Diday, & B. Doe, et al. (Eds.), Data Analysis.'), ['et-al-after-ampersand']);
    assert.deepEqual(checksOf('Diday, E., Doe, B., et al. (1988). Data Analysis.'), []);
    assert.deepEqual(checksOf('In E. Diday and et al., Eds., Data Analysis.'), ['et-al-after-ampersand']);
    assert.deepEqual(checksOf('In Data Analysis and Informatics, E. Diday et al., Eds.'), []);
  });

  it('catches a case flip the source did not write, not one it did', () => {
    assert.deepEqual(checksOf('Some Large Deviations in KIngman’s Coalescent.'), ['case-flip']);
    assert.deepEqual(checksOf('Interdisziplinäre ÜBerlegungen zu Europa.'), ['case-flip']);
    assert.deepEqual(checksOf('DNase activity; CPlaNet; PCs and GPUs; McDonald; iPhone.', {}, ['DNase', 'CPlaNet']), []);
    assert.deepEqual(checksOf('Online at https://x.org/MDkxNTc1'), []);
  });

  it('catches a book whose title is its container', () => {
    const title = 'Advances in Neural Information Processing Systems 35';
    assert.deepEqual(checksOf(`${title}. (2022). In S. Koyejo (Ed.), ${title}.`, { type: 'book', title }), ['book-title-as-container']);
    assert.deepEqual(
      recordFindings(entry({ type: 'book', title, 'container-title': title }), undefined, 'f.bib').map((f) => f.check),
      ['book-title-as-container'],
    );
    assert.deepEqual(checksOf(`Doe, J. (2022). ${title}. Springer.`, { type: 'book', title }), []);
  });

  it('catches a given name lost or read as a suffix', () => {
    const givens = { author: [true, true] };
    const found = recordFindings(
      entry({
        author: [
          { family: 'Doe', given: 'J.' },
          { family: 'Gravemeier', suffix: 'V.' },
        ],
      }),
      givens,
      'f.bib',
    );
    assert.deepEqual(
      found.map((f) => `${f.check} ${f.detail}`),
      ['given-name-lost author 2: {"family":"Gravemeier","suffix":"V."}'],
    );
    assert.deepEqual(
      recordFindings(entry({ author: [{ family: 'Doe', given: 'J.' }, { literal: 'World Health Organization' }] }), { author: [true, false] }, 'f.bib'),
      [],
    );
  });

  it('reads given names from BibTeX as written, macros expanded', () => {
    assert.equal(bibtexNameHasGiven('Gravemeier, V.'), true);
    assert.equal(bibtexNameHasGiven('V. Gravemeier'), true);
    assert.equal(bibtexNameHasGiven('van Gogh'), false);
    assert.equal(bibtexNameHasGiven('{World Health Organization}'), false);
    assert.equal(bibtexNameHasGiven('de la Cruz, Jr., P.'), true);
    assert.equal(bibtexNameHasGiven('Doe,'), false);
    const text = '@string{Gra = "Gravemeier, V."}\n@article{k,\n  author = Gra # " and " # {Wall, Wolfgang A. and Popp},\n  title = {T}}\n';
    assert.deepEqual(sourceGivensReader([{ path: 'a.bib', text }])('a.bib', 2, 'k'), { author: [true, true, false] });
  });

  it('validates CSL-JSON against the CSL schema', () => {
    assert.deepEqual(cslJsonSchemaErrors([{ id: 'a', type: 'book', title: 'T', publisher: 'P' }]), []);
    assert.deepEqual(
      cslJsonSchemaErrors([{ id: 'a', type: 'book', publisher: ['P', 'Q'] }]).map((e) => `${e.item} ${e.path}`),
      ['a /0/publisher'],
    );
  });
});
