import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readPlainList } from '../../src/input/read-plain-list.js';

const SEED_PATH = '../shared/seed/000_b74aa7739271a18e.txt';
const seed = readFileSync(SEED_PATH, 'utf8');
const seedLines = seed.split('\n');
const TITLE_LINES = [2, 5, 8, 11, 14, 17, 20, 23, 26, 29];

function codes(result: ReturnType<typeof readPlainList>): string[] {
  return result.diagnostics.map((diagnostic) => diagnostic.code);
}

function titles(result: ReturnType<typeof readPlainList>): string[] {
  return result.records.map((record) => record.item.title ?? '');
}

/** The seed with the given 1-based lines removed. */
function seedWithout(...lines: number[]): string {
  return seedLines.filter((_, index) => !lines.includes(index + 1)).join('\n');
}

describe('readPlainList on the seed', () => {
  const result = readPlainList(seed, SEED_PATH);

  it('reads the owner and ten records', () => {
    assert.deepEqual(result.owners, ['Sui, Yang']);
    assert.equal(result.records.length, 10);
    assert.equal(result.entryCount, 10);
  });

  it('points each record at its title line and keeps the path as given', () => {
    assert.deepEqual(
      result.records.map((record) => record.source.line),
      TITLE_LINES,
    );
    assert.ok(result.records.every((record) => record.source.file === SEED_PATH));
  });

  it('warns once for each null name part, keeping the family name', () => {
    assert.deepEqual(codes(result), ['null-name-part', 'null-name-part']);
    const [first, second] = result.diagnostics;
    assert.equal(first?.line, 6);
    assert.equal(first?.entry, 'suistop');
    assert.equal(seedLines[5]?.slice((first?.column ?? 0) - 1, (first?.column ?? 0) + 3), 'null');
    assert.match(second?.message ?? '', /"Zhong, null"/);
    const authors = result.records[1]?.item.author ?? [];
    assert.deepEqual(authors.slice(8, 10), [{ family: 'Shaochen' }, { family: 'Zhong' }]);
  });

  it('pairs the flattened names', () => {
    assert.deepEqual(result.records[3]?.item.author, [
      { family: 'Zhang', given: 'Yizhou' },
      { family: 'Sui', given: 'Yang' },
    ]);
    assert.equal(result.records[0]?.item.author?.length, 11);
  });

  it('turns LaTeX in titles and abstracts into CSL markup', () => {
    assert.ok(titles(result).some((title) => title.includes('MoE-I<sup>2</sup>')));
    assert.match(result.records[0]?.item.abstract ?? '', /<b>TopV<\/b>/);
    assert.ok(result.records.every((record) => !/\\textbf|\$\^/.test(`${record.item.title} ${record.item.abstract}`)));
  });

  it('invents no year, venue or DOI and uses the type for unplaced articles', () => {
    for (const { item } of result.records) {
      assert.deepEqual(Object.keys(item).sort(), ['abstract', 'author', 'id', 'title', 'type']);
      assert.equal(item.type, 'article');
    }
  });
});

describe('readPlainList on damaged or reformatted lists', () => {
  const reference = readPlainList(seed, 'seed.txt');

  it('reads CRLF, a BOM, a final newline and trailing blank lines the same way', () => {
    const result = readPlainList(`\uFEFF${seed.replace(/\n/g, '\r\n')}\r\n\r\n\r\n`, 'seed.txt');
    assert.deepEqual(result.records, reference.records);
    assert.deepEqual(result.diagnostics, reference.diagnostics);
  });

  it('allows blank lines between records', () => {
    const spaced = seedLines.map((line, index) => (index > 0 && index % 3 === 0 ? `${line}\n` : line)).join('\n');
    const result = readPlainList(`${spaced}\n`, 'seed.txt');
    assert.deepEqual(titles(result), titles(reference));
    assert.deepEqual(
      result.records.map((record) => record.source.line),
      [2, 6, 10, 14, 18, 22, 26, 30, 34, 38],
    );
    assert.deepEqual(codes(result), codes(reference));
  });

  it('reads the fixture with CRLF, BOM, blank lines and a non-ASCII owner', () => {
    const result = readPlainList(readFileSync('test/fixtures/plain/crlf-bom-blank-lines.txt', 'utf8'), 'list.txt');
    assert.deepEqual(result.owners, ['Dvořák, Anna']);
    assert.deepEqual(
      result.records.map((record) => record.source.line),
      [3, 8],
    );
    assert.deepEqual(result.records[0]?.item.author, [{ family: 'Dvořák', given: 'Anna' }, { family: 'Novák' }]);
    assert.match(result.records[0]?.item.abstract ?? '', /<b>cats<\/b>/);
    assert.deepEqual(codes(result), ['null-name-part']);
    assert.equal(result.diagnostics[0]?.line, 4);
  });

  it('skips only the record with an odd number of name parts', () => {
    const result = readPlainList(seed.replace('Tao, Keda, Qin, Can', 'Tao, Keda, Qin'), 'seed.txt');
    assert.equal(result.records.length, 9);
    assert.equal(result.entryCount, 10);
    const error = result.diagnostics.find((diagnostic) => diagnostic.code === 'plain-list-odd-names');
    assert.equal(error?.severity, 'error');
    assert.equal(error?.line, 15);
    assert.match(error?.message ?? '', /9 name parts for "DyCoke/);
    assert.ok(!titles(result).some((title) => title.startsWith('DyCoke')));
  });

  it('keeps a last record cut after its authors, with a warning', () => {
    const result = readPlainList(seedWithout(31), 'seed.txt');
    assert.equal(result.records.length, 10);
    assert.equal(result.records[9]?.item.abstract, undefined);
    const warning = result.diagnostics.find((diagnostic) => diagnostic.code === 'plain-list-missing-abstract');
    assert.equal(warning?.line, 30);
  });

  it('reports a last record cut after its title and keeps the others', () => {
    const result = readPlainList(seedWithout(30, 31), 'seed.txt');
    assert.deepEqual(titles(result), titles(reference).slice(0, 9));
    assert.equal(result.entryCount, 10);
    const error = result.diagnostics.find((diagnostic) => diagnostic.code === 'plain-list-stray-lines');
    assert.equal(error?.severity, 'error');
    assert.equal(error?.line, 29);
    assert.match(error?.message ?? '', /^line 29 is not part of a record .*"ELRT/);
  });

  it('does not shift later records when an abstract is missing in the middle', () => {
    const result = readPlainList(seedWithout(10), 'seed.txt');
    assert.deepEqual(titles(result), titles(reference));
    assert.equal(result.records[2]?.item.abstract, undefined);
    assert.deepEqual(
      result.records.slice(3).map((record) => record.item.abstract),
      reference.records.slice(3).map((record) => record.item.abstract),
    );
    assert.deepEqual(codes(result), ['null-name-part', 'null-name-part', 'plain-list-missing-abstract']);
  });

  it('loses only the record whose title is missing', () => {
    const result = readPlainList(seedWithout(8), 'seed.txt');
    assert.deepEqual(titles(result), [...titles(reference).slice(0, 2), ...titles(reference).slice(3)]);
    assert.equal(result.entryCount, 10);
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.line, 8);
    assert.match(errors[0]?.message ?? '', /^lines 8–9 are not part of a record/);
  });

  it('reads a list without an owner line, with a warning', () => {
    const result = readPlainList(seedWithout(1), 'seed.txt');
    assert.deepEqual(result.owners, []);
    assert.deepEqual(titles(result), titles(reference));
    assert.equal(result.diagnostics[0]?.code, 'plain-list-no-owner');
  });

  it('takes an owner written without a comma as it stands, with a warning', () => {
    const result = readPlainList(seed.replace('Sui, Yang\n', 'Yang Sui\n'), 'seed.txt');
    assert.deepEqual(result.owners, ['Yang Sui']);
    assert.equal(result.records.length, 10);
    assert.equal(result.diagnostics[0]?.code, 'plain-list-owner-format');
  });

  it('warns about an empty file and reads nothing', () => {
    const result = readPlainList('\n \n', 'empty.txt');
    assert.deepEqual(result, {
      records: [],
      diagnostics: [{ severity: 'warning', code: 'empty-input', message: 'the file is empty', file: 'empty.txt' }],
      owners: [],
      entryCount: 0,
    });
  });
});
