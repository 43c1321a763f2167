import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExternalHyperlink, File, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync } from 'fflate';
import { compilePackage } from '../../src/render/docx-compile.js';

/** A one-paragraph document with a hyperlink; made afresh for each use, as docx changes a document while writing it. */
function createLinkedFile(): File {
  const link = new ExternalHyperlink({ link: 'https://example.org/a?b=1&c=2', children: [new TextRun('paper')] });
  return new File({ sections: [{ children: [new Paragraph({ children: [new TextRun('see '), link] })] }] });
}

// compilePackage reaches into docx (Packer's private Compiler, docx 9.15.2): these fail when docx changes that.
describe('compilePackage', () => {
  it('gives the parts that Packer zips', async () => {
    const zipped = unzipSync(await Packer.toBuffer(createLinkedFile()));
    const compiled = compilePackage(createLinkedFile());
    assert.deepEqual(
      [...compiled.keys()].sort(),
      Object.keys(zipped)
        .filter((name) => !name.endsWith('/'))
        .sort(),
    );
    for (const [name, data] of compiled) assert.ok(typeof data === 'string' || data instanceof Uint8Array, name);
  });

  it('writes the body and its hyperlink relationship as the writer expects them', () => {
    const compiled = compilePackage(createLinkedFile());
    const documentXml = compiled.get('word/document.xml');
    const rels = compiled.get('word/_rels/document.xml.rels');
    assert.equal(typeof documentXml, 'string');
    assert.equal(typeof rels, 'string');
    assert.match(documentXml as string, /<w:body><w:p>.*<\/w:p><w:sectPr>.*<\/w:sectPr><\/w:body><\/w:document>$/);
    const id = /<w:hyperlink [^>]*r:id="([^"]+)"/.exec(documentXml as string)?.[1];
    assert.ok(id, 'the hyperlink names its relationship');
    assert.match(
      rels as string,
      new RegExp(`<Relationship Id="${id}" Type="[^"]*/hyperlink" Target="https://example.org/a\\?b=1&amp;c=2" TargetMode="External"/>`),
    );
    // The writer numbers the font table on from the links it splices in before it.
    const ids = [...(rels as string).matchAll(/<Relationship Id="([^"]+)" Type="[^"]*\/(\w+)"/g)].map(([, rid, type]) => `${rid} ${type}`);
    assert.equal(ids.at(-1), `rId${ids.length} fontTable`);
    assert.equal(ids.at(-2), `${id} hyperlink`);
  });
});
