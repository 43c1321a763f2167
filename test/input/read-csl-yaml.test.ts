import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readCslYaml } from '../../src/input/read-csl-yaml.js';

describe('readCslYaml', () => {
  it('reads a pandoc references list with item positions', () => {
    const result = readCslYaml(readFileSync('test/fixtures/csl/references.yaml', 'utf8'), 'refs.yaml');
    assert.equal(result.entryCount, 2);
    assert.deepEqual(
      result.records.map((record) => [record.item.id, record.source.line, record.source.column, record.source.key]),
      [
        ['kovacs2021', 3, 5, 'kovacs2021'],
        ['report', 13, 5, undefined],
      ],
    );
    assert.deepEqual(result.records[0]?.item.issued, { 'date-parts': [[2021, 6]] });
    assert.deepEqual(result.records[0]?.item.author, [{ family: 'Kovács', given: 'Éva' }]);
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.line]),
      [['csl-missing-id', 13]],
    );
  });

  it('reads a top-level list and a single item', () => {
    const list = readCslYaml('- id: a\n  type: book\n- id: b\n  type: thesis\n', 'l.yml');
    assert.deepEqual(
      list.records.map((record) => record.source.line),
      [1, 3],
    );
    const single = readCslYaml('id: a\ntype: book\ntitle: "2001: A Space Odyssey"\n', 's.yml');
    assert.equal(single.records[0]?.item.title, '2001: A Space Odyssey');
  });

  it('keeps YAML-looking values such as dates and numbers as CSL gives them', () => {
    const result = readCslYaml('- id: 2020\n  type: book\n  issued: {date-parts: [[2020, 1, 2]]}\n', 'n.yml');
    assert.equal(result.records[0]?.item.id, '2020');
    assert.deepEqual(result.records[0]?.item.issued, { 'date-parts': [[2020, 1, 2]] });
  });

  it('reports syntax errors with line and column', () => {
    const colon = readCslYaml('id: a\ntype: book\ntitle: 2001: A Space Odyssey\n', 'colon.yaml');
    assert.equal(colon.records.length, 0);
    assert.deepEqual(
      colon.diagnostics.map((d) => [d.severity, d.code, d.line, d.column]),
      [['error', 'csl-yaml-syntax', 3, 8]],
    );
    const unclosed = readCslYaml('- id: a\n  type: book\n  title: "unclosed\n', 'bad.yaml');
    assert.match(unclosed.diagnostics[0]?.message ?? '', /closing "quote/);
  });

  it('warns about an empty file', () => {
    assert.deepEqual(
      readCslYaml('# nothing\n', 'e.yaml').diagnostics.map((d) => d.code),
      ['empty-input'],
    );
  });
});
