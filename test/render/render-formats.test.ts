import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEMPLATES_DIR } from '../../src/files/bundled-files.js';
import type { Document } from '../../src/model/index.js';
import { PDF_THREAD_ENTRIES, renderFormats } from '../../src/render/render-formats.js';
import { sampleDocument } from '../fixtures/sample-document.js';

/** The sample's entries repeated until the document is long enough for a PDF thread. */
function longDocument(entries: number): Document {
  const pool = sampleDocument.sections.flatMap((s) => s.entries);
  const section = sampleDocument.sections[0]!;
  return {
    ...sampleDocument,
    sections: [{ ...section, entries: Array.from({ length: entries }, (_, i) => ({ ...pool[i % pool.length]!, id: `e${i}` })) }],
  };
}

const options = { templatesDir: TEMPLATES_DIR };

describe('renderFormats', () => {
  it('gives the same bytes, in the order asked, whether the PDF has a thread of its own or not', async () => {
    const doc = longDocument(PDF_THREAD_ENTRIES);
    const formats = ['html', 'pdf', 'docx'] as const;
    const threaded = await renderFormats(doc, formats, options, 2);
    const plain = await renderFormats(doc, formats, options, 1);
    assert.equal(threaded.length, 3);
    formats.forEach((format, i) => assert.ok(Buffer.from(threaded[i]!).equals(Buffer.from(plain[i]!)), format));
    assert.equal(Buffer.from(threaded[1]!).subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(new TextDecoder().decode(threaded[0]), /^<!DOCTYPE html>/i);
  });

  it('renders a short document on this thread only', async () => {
    const doc = longDocument(3);
    const [pdf] = await renderFormats(doc, ['pdf'], options, 4);
    assert.equal(Buffer.from(pdf!).subarray(0, 5).toString('latin1'), '%PDF-');
  });
});
