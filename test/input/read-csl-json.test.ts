import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readCslJson } from '../../src/input/read-csl-json.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';

/** Checks that every record's line holds its item's opening brace and the next line its id. */
function assertLinesPointAtItems(text: string, result: ReturnType<typeof readCslJson>): void {
  const lines = text.split('\n');
  for (const { source } of result.records) {
    const line = source.line ?? 0;
    assert.equal(lines[line - 1]?.trim(), '{', `line ${line}`);
    assert.ok(lines[line]?.includes(`"id": ${JSON.stringify(source.key)}`), `line ${line + 1} has id ${source.key}`);
  }
}

describe('readCslJson on real Zotero exports', () => {
  for (const [name, count] of [
    ['keller-zotero-publications.csl.json', 13],
    ['armenbib-zotero-exported-items.csl.json', 250],
  ] as const) {
    const path = corpusFile(name);
    it(`reads all ${count} items of ${name} with their lines`, { skip: skipWithout(path) }, () => {
      const text = readFileSync(path, 'utf8');
      const result = readCslJson(text, path);
      assert.equal(result.records.length, count);
      assert.equal(result.entryCount, count);
      assert.deepEqual(result.diagnostics, []);
      assert.equal(result.records[0]?.source.line, 2);
      assertLinesPointAtItems(text, result);
      assert.deepEqual(
        result.records.map((record) => record.item),
        JSON.parse(text),
      );
    });
  }
});

describe('readCslJson on a mixed fixture', () => {
  const result = readCslJson(readFileSync('test/fixtures/csl/mixed-items.json', 'utf8'), 'mixed.json');
  const byCode = (code: string) => result.diagnostics.filter((diagnostic) => diagnostic.code === code);

  it('counts every item and keeps the readable ones', () => {
    assert.equal(result.entryCount, 5);
    assert.deepEqual(
      result.records.map((record) => record.item.id),
      ['smith2020', 'doe2019untitled', '7'],
    );
    assert.deepEqual(
      result.records.map((record) => record.source.line),
      [2, 10, 21],
    );
  });

  it('derives a missing id with a warning and no source key', () => {
    assert.equal(byCode('csl-missing-id')[0]?.line, 10);
    assert.equal(byCode('csl-missing-id')[0]?.severity, 'warning');
    assert.equal(result.records[1]?.source.key, undefined);
    assert.equal(result.records[2]?.source.key, '7');
  });

  it('skips a non-object and an item without type, with their lines', () => {
    assert.deepEqual(
      byCode('csl-invalid-item').map((diagnostic) => [diagnostic.severity, diagnostic.line, diagnostic.column]),
      [['error', 16, 3]],
    );
    assert.deepEqual(
      byCode('csl-missing-type').map((diagnostic) => [diagnostic.line, diagnostic.entry]),
      [[17, 'no-type']],
    );
    assert.match(byCode('csl-missing-type')[0]?.message ?? '', /^item 4: /);
  });

  it('repairs a string name and a string date, and flags an unknown type', () => {
    assert.deepEqual(result.records[1]?.item.author, [{ literal: 'Doe, John' }]);
    assert.deepEqual(result.records[1]?.item.issued, { raw: '2019' });
    assert.equal(byCode('csl-invalid-name').length, 1);
    assert.equal(byCode('csl-invalid-date').length, 1);
    assert.equal(byCode('csl-unknown-type')[0]?.entry, '7');
  });
});

describe('readCslJson edge cases', () => {
  it('reads a single item object', () => {
    const result = readCslJson('{"id": "x", "type": "book"}', 'one.json');
    assert.deepEqual(result.records, [{ item: { id: 'x', type: 'book' }, source: { file: 'one.json', line: 1, column: 1, key: 'x' } }]);
    assert.equal(result.entryCount, 1);
  });

  it('reports a syntax error with line and column instead of throwing', () => {
    const text = '[\n  {"id": "a", "type": "book"},\n  {"id": "b", "type": "book",}\n]';
    const result = readCslJson(text, 'bad.json');
    assert.equal(result.records.length, 0);
    assert.deepEqual(
      result.diagnostics.map((d) => [d.severity, d.code, d.line, d.column]),
      [['error', 'csl-json-syntax', 3, 30]],
    );
  });

  it('reports a truncated file at its end', () => {
    const result = readCslJson('[\n  {"id": "a", "type": "bo', 'cut.json');
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.line, d.column]),
      [['csl-json-syntax', 2, 23]],
    );
  });

  it('ignores a BOM and CRLF line ends for positions', () => {
    const result = readCslJson('\uFEFF[\r\n  {"id": "a", "type": "book"},\r\n  {"id": "b", "type": "book"}\r\n]\r\n', 'crlf.json');
    assert.deepEqual(
      result.records.map((record) => [record.source.line, record.source.column]),
      [
        [2, 3],
        [3, 3],
      ],
    );
  });

  it('rejects a document that is not items', () => {
    const result = readCslJson('42', 'n.json');
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.line]),
      [['csl-not-items', 1]],
    );
    assert.equal(result.entryCount, 0);
  });

  it('warns about an empty file', () => {
    assert.deepEqual(
      readCslJson(' \n', 'e.json').diagnostics.map((d) => d.code),
      ['empty-input'],
    );
  });

  it('does not change the text it is given into anything but copies', () => {
    const text = '[{"id": "a", "type": "book", "author": "Solo"}]';
    const first = readCslJson(text, 'a.json');
    const second = readCslJson(text, 'a.json');
    assert.deepEqual(first, second);
  });
});
