import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { renderDocx } from '../../src/render/docx.js';
import { sampleDocument } from '../fixtures/sample-document.js';

/** The text of one part of the package. */
async function part(bytes: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  assert.ok(file, `${name} is in the package`);
  return file.async('string');
}

/** Headers and footers by their type in the section properties, as their XML. */
async function headersAndFooters(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const body = await part(bytes, 'word/document.xml');
  const rels = await part(bytes, 'word/_rels/document.xml.rels');
  const out: Record<string, string> = {};
  for (const [, kind, type, id] of body.matchAll(/<w:(header|footer)Reference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    out[`${kind}:${type}`] = (await zip.file(`word/${target}`)?.async('string')) ?? '';
  }
  return out;
}

describe('DOCX print setup', () => {
  it('describes itself: title, creator, subject and keywords', async () => {
    const core = await part(await renderDocx(sampleDocument), 'docProps/core.xml');
    assert.match(core, /<dc:title>Publications<\/dc:title>/);
    assert.match(core, /<dc:creator>Yang Sui<\/dc:creator>/);
    assert.match(core, /<dc:subject>Publications of Yang Sui<\/dc:subject>/);
    assert.match(core, /<cp:keywords>publications; publication list; curriculum vitae; Yang Sui<\/cp:keywords>/);
  });

  it('sets A4 with 2 cm margins by default, and Letter, margins and Arial when the layout asks', async () => {
    const a4 = await part(await renderDocx(sampleDocument), 'word/document.xml');
    assert.match(a4, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(a4, /<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/);
    const bytes = await renderDocx({ ...sampleDocument, layout: { pageSize: 'Letter', marginMm: 25.4, font: 'sans' } });
    const letter = await part(bytes, 'word/document.xml');
    assert.match(letter, /<w:pgSz w:w="12240" w:h="15840"/);
    assert.match(letter, /<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    const styles = await part(bytes, 'word/styles.xml');
    assert.match(styles, /w:ascii="Arial"/);
    assert.doesNotMatch(styles, /Times New Roman/);
    await assert.rejects(renderDocx({ ...sampleDocument, layout: { pageSize: 'A4', marginMm: 80, font: 'serif' } }), /no room for text/);
  });

  it('numbers pages "n / N" with Word fields and heads pages after the first with the owner and title', async () => {
    const parts = await headersAndFooters(await renderDocx(sampleDocument));
    assert.deepEqual(Object.keys(parts).sort(), ['footer:default', 'footer:first', 'header:default', 'header:first']);
    for (const footer of [parts['footer:default'], parts['footer:first']]) {
      assert.match(footer ?? '', /PAGE[\s\S]* \/ [\s\S]*NUMPAGES/);
    }
    assert.match(parts['header:default'] ?? '', /<w:t[^>]*>Yang Sui<\/w:t>[\s\S]*<w:tab\/>[\s\S]*<w:t[^>]*>Publications<\/w:t>/);
    assert.doesNotMatch(parts['header:first'] ?? '', /<w:t/);
    assert.match(await part(await renderDocx(sampleDocument), 'word/document.xml'), /<w:titlePg\/>/);
  });
});
