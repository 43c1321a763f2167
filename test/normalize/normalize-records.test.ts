import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readCslJson } from '../../src/input/read-csl-json.js';
import { readPlainList } from '../../src/input/read-plain-list.js';
import type { SourceRecord } from '../../src/model/record.js';
import { normalizeRecords } from '../../src/normalize/normalize-records.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const complete: SourceRecord = {
  item: {
    id: 'whatever',
    type: 'article-journal',
    title: '  Cats\n and dogs ',
    author: [{ family: 'Smith', given: ' J. ' }],
    'container-title': 'Pets',
    issued: { 'date-parts': [[2020]] },
  },
  source: { file: 'refs.bib', line: 3, key: 'smith2020' },
};

describe('normalizeRecords', () => {
  it('cleans fields and keeps the key as id without touching its input', () => {
    const input = deepFreeze([complete]);
    const before = structuredClone(input);
    const result = normalizeRecords(input);
    assert.deepEqual(input, before);
    assert.deepEqual(result.value[0]?.item, {
      id: 'smith2020',
      type: 'article-journal',
      title: 'Cats and dogs',
      author: [{ family: 'Smith', given: 'J.' }],
      'container-title': 'Pets',
      issued: { 'date-parts': [[2020]] },
    });
    assert.equal(result.value[0]?.source, complete.source);
    assert.deepEqual(result.diagnostics, []);
  });

  it('warns about a missing year and venue, naming file, line and entry', () => {
    const record: SourceRecord = { item: { id: '', type: 'article', title: 'Alone', author: [{ family: 'Doe' }] }, source: { file: 'cv.txt', line: 8 } };
    const result = normalizeRecords([record]);
    assert.deepEqual(result.diagnostics, [
      { severity: 'warning', code: 'missing-date', message: 'no year: the entry is listed undated', file: 'cv.txt', line: 8, entry: 'doealone' },
      { severity: 'warning', code: 'missing-venue', message: 'no venue (journal, book, conference or publisher)', file: 'cv.txt', line: 8, entry: 'doealone' },
    ]);
  });

  it('counts a publisher, an event or a literal date as enough', () => {
    const item = { id: '', type: 'book', title: 'B', publisher: 'MIT Press', issued: { literal: 'forthcoming' } };
    assert.deepEqual(normalizeRecords([{ item, source: { file: 'f.json' } }]).diagnostics, []);
  });

  it('is deterministic', () => {
    assert.deepEqual(normalizeRecords([complete, complete]), normalizeRecords([complete, complete]));
  });
});

describe('normalizeRecords on real inputs', () => {
  it('gives the seed readable unique ids and reports what it lacks', () => {
    const seed = readPlainList(readFileSync('../shared/seed/000_b74aa7739271a18e.txt', 'utf8'), 'seed.txt');
    const result = normalizeRecords(seed.records);
    assert.deepEqual(
      result.value.map((record) => record.item.id),
      ['yangtopv', 'suistop', 'chuangconfident', 'zhangunderstanding', 'taodycoke', 'wusnapgen', 'yangmoe', 'licombining', 'suidisdet', 'suielrt'],
    );
    const codes = result.diagnostics.map((d) => d.code);
    assert.equal(codes.filter((code) => code === 'missing-date').length, 10);
    assert.equal(codes.filter((code) => code === 'missing-venue').length, 10);
    assert.equal(codes.length, 20);
  });

  const path = corpusFile('armenbib-zotero-exported-items.csl.json');
  it('keeps Zotero ids and drops empty given names in the Armenian library', { skip: skipWithout(path) }, () => {
    const read = readCslJson(readFileSync(path, 'utf8'), path);
    const result = normalizeRecords(read.records);
    assert.equal(result.value.length, 250);
    assert.deepEqual(
      result.value.map((record) => record.item.id),
      read.records.map((record) => record.source.key),
    );
    const names = result.value.flatMap((record) => [...(record.item.author ?? []), ...(record.item.editor ?? [])]);
    assert.ok(names.every((name) => name.given !== '' && !/\s{2}/.test(name.family ?? '')));
    assert.ok(result.diagnostics.every((d) => d.code === 'missing-venue' || d.code === 'missing-date'));
  });
});

describe('normalizeRecords venue check', () => {
  it('does not ask unpublished manuscripts or web pages for a venue', () => {
    const records: SourceRecord[] = ['manuscript', 'webpage', 'report'].map((type) => ({
      item: { id: type, type, title: 'T', issued: { 'date-parts': [[2001]] } },
      source: { file: 'f.bib', key: type },
    }));
    assert.deepEqual(
      normalizeRecords(records).diagnostics.map((d) => [d.code, d.entry]),
      [['missing-venue', 'report']],
    );
  });
});

describe('normalizeRecords repairs', () => {
  it('repairs text, DOIs and capitals, then merges duplicates before giving ids', () => {
    const source = (key: string, line: number) => ({ file: 'own.bib', line, key });
    const records: SourceRecord[] = [
      {
        item: {
          id: 'x',
          type: 'article-journal',
          title: 'THE SPREAD OF CATS IN EUROPE',
          author: [{ family: 'DOM&#195;&#137;NECH', given: 'MARTA' }],
          DOI: 'https://doi.org/10.1000/cats\n',
          issued: { 'date-parts': [[2020]] },
          'container-title': 'J',
        },
        source: source('a', 1),
      },
      {
        item: { id: 'y', type: 'article', title: 'The spread of cats in Europe', DOI: '10.1000/CATS', URL: 'https://example.org/cats' },
        source: source('a', 9),
      },
    ];
    const result = normalizeRecords(deepFreeze(records));
    assert.equal(result.merged, 1);
    assert.equal(result.value.length, 1);
    const [only] = result.value;
    assert.equal(only?.item.id, 'a');
    assert.equal(only?.item.title, 'The spread of cats in europe');
    assert.deepEqual(only?.item.author, [{ family: 'Doménech', given: 'Marta' }]);
    assert.equal(only?.item.DOI, '10.1000/cats');
    // The preprint's URL is another document's: the published article is kept whole.
    assert.equal(only?.item.URL, undefined);
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.line]),
      [
        ['title-all-caps', 1],
        ['duplicate-merged', 9],
      ],
    );
  });
});
