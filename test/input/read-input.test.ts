import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readInput } from '../../src/input/read-input.js';

describe('readInput', () => {
  it('picks the reader from the extension, in any case, and keeps the path as given', () => {
    const json = readInput('./refs/My Items.CSL.JSON', '[{"id": "a", "type": "book"}]');
    assert.equal(json.records[0]?.source.file, './refs/My Items.CSL.JSON');
    assert.equal(readInput('x.yml', '- id: a\n  type: book\n').records.length, 1);
    assert.equal(readInput('x.yaml', 'id: a\ntype: book\n').records.length, 1);
    assert.deepEqual(readInput('cv.txt', 'Sui, Yang\nTitle\nSui, Yang\nAbstract.').owners, ['Sui, Yang']);
  });

  it('reads BibTeX for .bib and .bibtex', () => {
    const text = '@article{sui2025stop, title = {Stop}, author = {Sui, Yang}, year = 2025}\n';
    for (const path of ['a.bib', 'a.bibtex']) {
      const result = readInput(path, text);
      assert.equal(result.records[0]?.source.key, 'sui2025stop', path);
      assert.equal(result.records[0]?.source.file, path);
    }
  });

  it('reports an unknown extension as an error without reading', () => {
    for (const path of ['refs.ris', '-', 'notes']) {
      const result = readInput(path, 'TY  - JOUR\n');
      assert.deepEqual(result.records, []);
      assert.equal(result.entryCount, 0);
      assert.deepEqual(result.diagnostics.map((d) => [d.severity, d.code, d.file]), [['error', 'unknown-input-format', path]]);
    }
    assert.match(readInput('refs.ris', '').diagnostics[0]?.message ?? '', /extension "\.ris"; use one of \.bib, /);
  });
});
