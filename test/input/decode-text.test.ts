import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readLockFile } from '../../src/enrich/read-lock-file.js';
import { decodeText } from '../../src/text/decode-text.js';
import { readInputTexts } from '../../src/input/read-input.js';
import { readSources } from '../../src/api/read-sources.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIB = '@book{a, title = {Ünïcode book}, year = 2020}\n';
const RIS = 'TY  - BOOK\nTI  - Ünïcode book\nPY  - 2020\nER  - \n';
const JSON_TEXT = '[{"id": "a", "type": "book", "title": "Ünïcode book"}]';
const YAML = '- id: a\n  type: book\n  title: Ünïcode book\n';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
const utf8bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

test('the byte-order mark decides the encoding, and is removed', () => {
  for (const encode of [utf16le, utf16be, utf8bom, (t: string) => Buffer.from(t, 'utf8')]) assert.equal(decodeText(encode(BIB)), BIB);
});

test('UTF-16 and BOM-marked inputs of every format are read, not "no entries"', async () => {
  const dir = tempDir('encodings');
  const files: Array<[string, Buffer]> = [
    ['le.bib', utf16le(BIB)],
    ['be.bib', utf16be(BIB)],
    ['le.ris', utf16le(RIS)],
    ['be.ris', utf16be(RIS)],
    ['le.json', utf16le(JSON_TEXT)],
    ['bom.json', utf8bom(JSON_TEXT)],
    ['bom.yaml', utf8bom(YAML)],
    ['le.yaml', utf16le(YAML)],
  ];
  for (const [name, bytes] of files) {
    writeFileSync(join(dir, name), bytes);
    const sources = await readSources([join(dir, name)], undefined);
    const read = await readInputTexts(sources);
    assert.equal(read.records.length, 1, `${name}: ${JSON.stringify(read.diagnostics)}`);
    assert.equal(read.records[0]!.item.title, 'Ünïcode book', name);
    assert.deepEqual(
      read.diagnostics.filter((d) => d.severity === 'error'),
      [],
      name,
    );
  }
});

test('a lock file saved with a BOM is read', async () => {
  const dir = tempDir('lock-bom');
  const path = join(dir, 'pubcv.lock.json');
  writeFileSync(path, utf8bom('{"version": 2, "entries": {}}\n'));
  assert.deepEqual((await readLockFile(path))?.lock, { version: 2, entries: {} });
});
