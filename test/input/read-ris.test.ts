import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readRis } from '../../src/input/read-ris.js';
import { CORPUS, skipWithout } from '../helpers/corpus.js';

function read(name: string) {
  return readRis(readFileSync(join(CORPUS, name), 'utf8'), name);
}

describe('readRis', () => {
  it('reads records with their line, a missing ER line costing only a warning', () => {
    const result = readRis('Exported from somewhere\r\nTY  - JOUR\r\nTI  - One\r\nER  - \r\nTY  - BOOK\r\nTI  - Two\r\n', 'x.ris');
    assert.equal(result.entryCount, 2);
    assert.deepEqual(
      result.records.map((r) => [r.item.type, r.item.title, r.source.line]),
      [
        ['article-journal', 'One', 2],
        ['book', 'Two', 5],
      ],
    );
    assert.deepEqual(
      result.diagnostics.map((d) => [d.severity, d.code, d.line]),
      [['warning', 'ris-syntax', 5]],
    );
  });

  it('says so when there is no record at all', () => {
    assert.deepEqual(
      readRis('hello\n', 'x.ris').diagnostics.map((d) => d.code),
      ['ris-syntax'],
    );
    assert.deepEqual(
      readRis('', 'x.ris').diagnostics.map((d) => d.code),
      ['empty-input'],
    );
  });

  it('keeps organisations as literal names and splits people written First Last', () => {
    const result = readRis('TY  - RPRT\nAU  - World Health Organization\nAU  - Ludwig van Beethoven\nAU  - Doe, Jane\nER  - \n', 'x.ris');
    assert.deepEqual(result.records[0]?.item.author, [
      { literal: 'World Health Organization' },
      { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
      { family: 'Doe', given: 'Jane' },
    ]);
  });

  describe('on the real-world corpus', { skip: skipWithout(CORPUS) }, () => {
    it('reads all 254 ORCID records, with years from partial dates and structured names', () => {
      const result = read('miskiewicz-orcid-publications.ris');
      assert.equal(result.entryCount, 254);
      assert.equal(result.records.length, 254);
      assert.deepEqual(result.diagnostics, []);
      assert.equal(result.records.filter((r) => r.item.issued === undefined).length, 9);
      assert.deepEqual(result.records[0]?.item.author, [{ family: 'Miśkiewicz', given: 'Radosław' }]);
    });

    it('reads the Zotero export with its editors, ISSNs and 2009/// dates', () => {
      const result = read('tahir-eucap2019-zotero-exported-items.ris');
      assert.equal(result.records.length, 14);
      const book = result.records[0]?.item;
      assert.deepEqual(book?.editor, [{ family: 'Liu', given: 'Duixian' }]);
      assert.deepEqual(book?.issued, { 'date-parts': [[2009]] });
    });
  });
});

it('a tag line spaced wrongly (AU  -Sui) is read as the tag it is, with a warning at its line', () => {
  const read = readRis('TY  - JOUR\nTI  - First paper\nAU  -Sui, Yang\nAU - Lee, Ann\nPY  - 2020\nER  - \n', 'x.ris');
  assert.equal(read.records[0]?.item.title, 'First paper');
  assert.deepEqual(read.records[0]?.item.author, [
    { family: 'Sui', given: 'Yang' },
    { family: 'Lee', given: 'Ann' },
  ]);
  assert.deepEqual(
    read.diagnostics.map((d) => [d.severity, d.code, d.line]),
    [
      ['warning', 'ris-syntax', 3],
      ['warning', 'ris-syntax', 4],
    ],
  );
});

it('a record without its TY line is reported and counted, not folded into the record before', () => {
  const read = readRis('TY  - JOUR\nTI  - First paper\nPY  - 2020\nER  - \n\nTI  - Second paper\nAU  - Sui, Yang\nER  - \n', 'x.ris');
  assert.equal(read.records.length, 1);
  assert.equal(read.records[0]?.item.title, 'First paper');
  assert.equal(read.entryCount, 2);
  assert.deepEqual(
    read.diagnostics.map((d) => [d.severity, d.code, d.line]),
    [['error', 'ris-syntax', 6]],
  );
  assert.match(read.diagnostics[0]!.message, /without its 'TY {2}- ' line.*Second paper/);
});

it('a file whose only record lacks its TY line is reported, not read as empty', () => {
  const read = readRis('TI  - Lonely paper\nER  - \n', 'x.ris');
  assert.equal(read.entryCount, 1);
  assert.deepEqual(
    read.diagnostics.map((d) => [d.code, d.line]),
    [['ris-syntax', 1]],
  );
});
