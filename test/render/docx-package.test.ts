import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExternalHyperlink, File, Header, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { writeBody } from '../../src/render/docx-body.js';
import { compilePackage } from '../../src/render/docx-compile.js';
import { packDeterministically } from '../../src/render/docx-package.js';

/** A document with a running header, so it starts with relationships of its own besides docx's. */
function createFile(children: Paragraph[]): File {
  return new File({ creator: 'Tester', sections: [{ headers: { default: new Header({ children: [new Paragraph('head')] }) }, children }] });
}

function createTitle(): Paragraph[] {
  return [new Paragraph({ text: 'Publications' })];
}

/** Paragraphs with links, one made afresh for each use, as docx changes paragraphs while writing them. */
function createBody(): Paragraph[] {
  return ['https://example.org/1', 'https://example.org/2#x', 'https://example.org/3'].map(
    (link, i) => new Paragraph({ children: [new TextRun(`entry ${i} `), new ExternalHyperlink({ link, children: [new TextRun(link)] })] }),
  );
}

/** docx's own package of the whole document, its random link ids named in document order as the writer names them. */
function compileWhole(): Map<string, string> {
  const files = new Map([...compilePackage(createFile([...createTitle(), ...createBody()]))].map(([name, data]) => [name, data as string]));
  const rels = files.get('word/_rels/document.xml.rels') ?? '';
  const ids = [...rels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]*\/hyperlink"/g)].map(([, id]) => id as string);
  const rename = (text: string): string => ids.reduce((renamed, id, i) => renamed.split(`"${id}"`).join(`"rIdLink${i + 1}"`), text);
  for (const name of ['word/document.xml', 'word/_rels/document.xml.rels']) files.set(name, rename(files.get(name) ?? ''));
  return files;
}

describe('packDeterministically', () => {
  const packed = unzipSync(
    packDeterministically(
      compilePackage(createFile(createTitle())),
      writeBody(
        createBody().map((paragraph) => ({ make: () => [paragraph] })),
        2,
      ),
      '2026-01-15',
    ),
  );
  const whole = compileWhole();

  it('gives the package docx writes for the whole document in one piece', () => {
    assert.deepEqual(Object.keys(packed).sort(), [...whole.keys()].sort());
    for (const [name, text] of whole) {
      if (name !== 'docProps/core.xml') assert.equal(strFromU8(packed[name] as Uint8Array), text, name);
    }
  });

  it('numbers the font table after the links, as docx does', () => {
    const rels = strFromU8(packed['word/_rels/document.xml.rels'] as Uint8Array);
    const ids = [...rels.matchAll(/<Relationship Id="([^"]+)"/g)].map(([, id]) => id);
    assert.deepEqual(ids.slice(-4), ['rIdLink1', 'rIdLink2', 'rIdLink3', `rId${ids.length}`]);
  });

  it('stamps core.xml with the build date and puts [Content_Types].xml first', () => {
    assert.match(strFromU8(packed['docProps/core.xml'] as Uint8Array), /<dcterms:created [^>]*>2026-01-15T00:00:00Z<\/dcterms:created>/);
    assert.equal(Object.keys(packed)[0], '[Content_Types].xml');
  });
});

describe('zip entry times', () => {
  it('are the build date in UTC, whatever the time zone (including one whose clocks jump at midnight)', () => {
    const zone = process.env.TZ;
    const pack = (TZ: string) => {
      process.env.TZ = TZ;
      return packDeterministically(
        compilePackage(createFile(createTitle())),
        writeBody(
          createBody().map((paragraph) => ({ make: () => [paragraph] })),
          2,
        ),
        '2023-11-14',
      );
    };
    try {
      const utc = Buffer.from(pack('UTC'));
      for (const TZ of ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'America/Santiago']) assert.ok(utc.equals(Buffer.from(pack(TZ))), TZ);
      // 2023-11-14 00:00:00 as an MS-DOS date and time, in the first local header.
      assert.deepEqual([utc.readUInt16LE(10), utc.readUInt16LE(12)], [0, ((2023 - 1980) << 9) | (11 << 5) | 14]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
