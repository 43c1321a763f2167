import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insertBibtexFields } from '../../src/enrich/bibtex-insert-fields.js';
import { insertCslJsonFields, insertCslYamlFields } from '../../src/enrich/csl-insert-fields.js';

const FILL = { 'container-title': 'Synthetic Venue & Co', issued: { 'date-parts': [[2099]] }, page: '3-7', DOI: '10.5555/x_{1}' };

test('fields go before the closing brace of the entry, in its indentation; the rest of the file is byte-identical', () => {
  const text = '@string{v = "x"}\r\n\r\n@InProceedings{a,\r\n\ttitle = {A {B} "c"},\r\n\tauthor = "Q {R}"\r\n}\r\n% after\r\n';
  const result = insertBibtexFields(text, [{ line: 3, column: 1, fill: FILL }]);
  assert.equal(result.entries, 1);
  assert.equal(result.fields, 4);
  assert.equal(
    result.text,
    '@string{v = "x"}\r\n\r\n@InProceedings{a,\r\n\ttitle = {A {B} "c"},\r\n\tauthor = "Q {R}",\r\n\tbooktitle = {Synthetic Venue \\& Co},\r\n\tyear = {2099},\r\n\tpages = {3--7},\r\n\tdoi = {10.5555/x_%7B1%7D}\r\n}\r\n% after\r\n',
  );
});

test('an entry ending in a comma keeps its style; a parenthesised entry works too; an unfound entry is left alone', () => {
  const text = '@article(b,\n  title = {T},\n)\n@misc{c, title={U}}';
  const result = insertBibtexFields(text, [
    { line: 1, column: 1, fill: { volume: '2' } },
    { line: 4, column: 1, fill: { volume: '5' } },
    { line: 2, column: 3, fill: { volume: '9' } },
  ]);
  assert.equal(result.text, '@article(b,\n  title = {T},\n  volume = {2},\n)\n@misc{c, title={U},\n  volume = {5}}');
  assert.equal(result.entries, 2);
});

test("CSL-JSON items get the fields by id, in the file's indentation", () => {
  const text = '[\n    {"id": "a", "type": "article", "title": "T"},\n    {"id": "b", "type": "book"}\n]\n';
  const result = insertCslJsonFields(text, new Map([['a', { volume: '3' }]]));
  assert.equal(result.entries, 1);
  assert.deepEqual(JSON.parse(result.text), [
    { id: 'a', type: 'article', title: 'T', volume: '3' },
    { id: 'b', type: 'book' },
  ]);
  assert.match(result.text, /^\[\n {4}\{\n {8}"id": "a"/);
  assert.ok(result.text.endsWith(']\n'));
});

test('CSL-YAML items get the fields by id; comments stay', () => {
  const text = '# my works\n- id: a\n  type: article # a preprint\n  title: T\n- id: b\n  type: book\n';
  const result = insertCslYamlFields(text, new Map([['a', { issued: { 'date-parts': [[2099]] }, volume: '3' }]]));
  assert.equal(result.entries, 1);
  assert.match(result.text, /^# my works\n- id: a\n {2}type: article # a preprint\n {2}title: T\n {2}issued:\n {4}date-parts:\n/);
  assert.match(result.text, /volume: "3"/);
});
