import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readInput, readInputTexts } from '../../src/input/read-input.js';

describe('readInput', () => {
  it('picks the reader from the extension, in any case, and keeps the path as given', async () => {
    const json = await readInput('./refs/My Items.CSL.JSON', '[{"id": "a", "type": "book"}]');
    assert.equal(json.records[0]?.source.file, './refs/My Items.CSL.JSON');
    assert.equal((await readInput('x.yml', '- id: a\n  type: book\n')).records.length, 1);
    assert.equal((await readInput('x.yaml', 'id: a\ntype: book\n')).records.length, 1);
    assert.deepEqual((await readInput('cv.txt', 'Sui, Yang\nTitle\nSui, Yang\nAbstract.')).owners, ['Sui, Yang']);
  });

  it('reads BibTeX for .bib and .bibtex', async () => {
    const text = '@article{sui2025stop, title = {Stop}, author = {Sui, Yang}, year = 2025}\n';
    for (const path of ['a.bib', 'a.bibtex']) {
      const result = await readInput(path, text);
      assert.equal(result.records[0]?.source.key, 'sui2025stop', path);
      assert.equal(result.records[0]?.source.file, path);
    }
  });

  it('reads RIS for .ris, record by record, with partial dates and First Last names', async () => {
    const text = 'TY  - JOUR\nAU  - Radosław Miśkiewicz\nTI  - One\nDA  - 2024///\nER  - \n\nTY  - CHAP\nTI  - Two\n';
    const result = await readInput('refs.RIS', text);
    assert.equal(result.entryCount, 2);
    assert.deepEqual(
      result.records.map((r) => [r.item.type, r.item.title, r.source.line]),
      [
        ['article-journal', 'One', 1],
        ['chapter', 'Two', 7],
      ],
    );
    assert.deepEqual(result.records[0]?.item.author, [{ given: 'Radosław', family: 'Miśkiewicz' }]);
    assert.deepEqual(result.records[0]?.item.issued, { 'date-parts': [[2024]] });
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.line]),
      [['ris-syntax', 7]],
    );
  });

  it('guesses the format of standard input and unknown extensions from the content, with a note', async () => {
    const cases: Array<[string, string, string]> = [
      ['-', '[{"id": "a", "type": "book"}]', 'csl-json'],
      ['<stdin>', 'TY  - BOOK\nTI  - T\nER  - \n', 'ris'],
      ['notes', '% refs\n@book{a, title = {T}}\n', 'bibtex'],
      ['x.data', '- id: a\n  type: book\n', 'csl-yaml'],
      ['list', 'Sui, Yang\nA title\nSui, Yang\nAn abstract\n', 'plain'],
    ];
    for (const [path, text, format] of cases) {
      const result = await readInput(path, text);
      assert.equal(result.records.length, 1, path);
      assert.deepEqual(result.diagnostics[0], {
        severity: 'info',
        code: 'input-format-guessed',
        message: `read as ${format}, judging by its content`,
        file: path,
      });
    }
  });

  it('takes the format it is told over the extension', async () => {
    assert.equal((await readInput('refs.txt', '@book{a, title = {T}}', 'bibtex')).records[0]?.source.key, 'a');
  });

  it('reports a format it cannot tell as an error without reading', async () => {
    for (const path of ['-', 'notes']) {
      const result = await readInput(path, 'just some words\n');
      assert.deepEqual(result.records, []);
      assert.equal(result.entryCount, 0);
      assert.deepEqual(
        result.diagnostics.map((d) => [d.severity, d.code, d.file]),
        [['error', 'unknown-input-format', path]],
      );
      assert.match(result.diagnostics[0]?.message ?? '', /--from/);
    }
  });
});

describe('readInputTexts', () => {
  it('shares @string macros with later BibTeX files and crossref targets with all of them', async () => {
    const result = await readInputTexts([
      { path: 'macros.bib', text: '@string{jcp = "Journal of Computational Physics"}' },
      { path: 'items.json', text: '[{"id": "j", "type": "book", "title": "JSON"}]' },
      { path: 'papers.bib', text: '@article{a, title = {A}, journal = jcp}\n@inproceedings{b, title = {B}, crossref = {conf}}' },
      { path: 'crossref.bib', text: '@proceedings{conf, title = {Proceedings of Things}, year = 2020, doi = {10.1/conf}}' },
    ]);
    assert.equal(result.entryCount, 4);
    assert.deepEqual(result.diagnostics, []);
    const byKey = new Map(result.records.map((r) => [r.source.key, r.item]));
    assert.equal(byKey.get('a')?.['container-title'], 'Journal of Computational Physics');
    assert.equal(byKey.get('b')?.['container-title'], 'Proceedings of Things');
    assert.deepEqual(byKey.get('b')?.issued, { 'date-parts': [[2020]] });
    // The parent's DOI names the proceedings, not the paper.
    assert.equal(byKey.get('b')?.DOI, undefined);
    assert.deepEqual(
      result.records.map((r) => r.source.file),
      ['items.json', 'papers.bib', 'papers.bib', 'crossref.bib'],
    );
  });

  it('does not carry macros back to files given before the one defining them', async () => {
    const result = await readInputTexts([
      { path: 'papers.bib', text: '@article{a, title = {A}, journal = jcp}' },
      { path: 'macros.bib', text: '@string{jcp = "Journal of Computational Physics"}' },
    ]);
    assert.equal(result.records[0]?.item['container-title'], 'jcp');
    assert.deepEqual(
      result.diagnostics.map((d) => d.code),
      ['bibtex-undefined-macro'],
    );
  });
});
