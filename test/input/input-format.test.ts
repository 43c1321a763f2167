import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatFromExtension, INPUT_FORMATS, knownExtensions, listedExtensions, mainExtensions, sniffFormat } from '../../src/input/input-format.js';

describe('the input format registry', () => {
  it('lists the formats in the order --from shows them', () => {
    assert.deepEqual(INPUT_FORMATS, ['bibtex', 'csl-json', 'csl-yaml', 'ris', 'plain']);
  });

  it('gives the extensions for messages, help texts and the short lists', () => {
    assert.deepEqual(knownExtensions(), ['.bib', '.bibtex', '.biblatex', '.json', '.yaml', '.yml', '.ris', '.txt']);
    assert.deepEqual(listedExtensions(), ['.bib', '.bibtex', '.json', '.yaml', '.yml', '.ris', '.txt']);
    assert.deepEqual(mainExtensions(), ['.bib', '.json', '.yaml', '.ris', '.txt']);
  });

  it('reads the format from the extension, in any case, and nothing from an unknown one', () => {
    const cases: Array<[string, string | undefined]> = [
      ['a.bib', 'bibtex'],
      ['a.BibTeX', 'bibtex'],
      ['dir/a.biblatex', 'bibtex'],
      ['a.json', 'csl-json'],
      ['a.yaml', 'csl-yaml'],
      ['a.YML', 'csl-yaml'],
      ['a.ris', 'ris'],
      ['a.txt', 'plain'],
      ['a.md', undefined],
      ['bib', undefined],
      ['a.bib.bak', undefined],
      ['toString', undefined],
      ['a.constructor', undefined],
    ];
    for (const [path, format] of cases) assert.equal(formatFromExtension(path), format, path);
  });

  it('guesses each format from its content, past a byte-order mark and leading space', () => {
    assert.equal(sniffFormat('\uFEFF  [{"id": "a"}]'), 'csl-json');
    assert.equal(sniffFormat('TY  - JOUR\nER  - \n'), 'ris');
    assert.equal(sniffFormat('% comment\n@article{a, title={T}}'), 'bibtex');
    assert.equal(sniffFormat('---\nreferences:\n- id: a\n'), 'csl-yaml');
    assert.equal(sniffFormat('- id: a\n  type: book\n'), 'csl-yaml');
    assert.equal(sniffFormat('Doe, Jane\n\nA paper. 2020.\n'), 'plain');
    assert.equal(sniffFormat('just some words'), undefined);
  });

  it('tries the formats in a fixed order when a text fits several', () => {
    // A JSON text whose string holds a BibTeX entry, a RIS file quoting one, a BibTeX file with a
    // YAML-like line, a YAML list whose first line reads like "Family, Given".
    assert.equal(sniffFormat('{"note": "x"\n,"a": "@article{b,"}'), 'csl-json');
    assert.equal(sniffFormat('TY  - JOUR\nN1  - x\n@article{a,\nER  - \n'), 'ris');
    assert.equal(sniffFormat('@misc{a,\n---\n}'), 'bibtex');
    assert.equal(sniffFormat('- title: Doe, Jane\n'), 'csl-yaml');
  });
});
