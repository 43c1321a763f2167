import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import PDFDocument from 'pdfkit';
import { gatherBytes } from '../../src/render/pdf-bytes.js';

const DATE = new Date(Date.UTC(2026, 0, 1));

/** A three-page document; `drain` runs after each page is drawn. */
function drawPages(drain: () => void, pdf: PDFKit.PDFDocument): void {
  for (let n = 1; n <= 3; n++) {
    if (n > 1) pdf.addPage();
    pdf.text(`Page ${n}`, 72, 72);
    drain();
  }
}

function newDocument(): PDFKit.PDFDocument {
  return new PDFDocument({ info: { CreationDate: DATE, ModDate: DATE } });
}

describe('gatherBytes', () => {
  it('gives the same file whether or not it is drained while pages are drawn', async () => {
    const drained = newDocument();
    const drainedBytes = gatherBytes(drained);
    drawPages(drainedBytes.drain, drained);
    const whole = newDocument();
    const wholeBytes = gatherBytes(whole);
    drawPages(() => undefined, whole);
    const [a, b] = await Promise.all([drainedBytes.finish(), wholeBytes.finish()]);
    assert.ok(a.length > 0);
    assert.deepEqual(a, b);
    assert.equal(Buffer.from(a.subarray(0, 5)).toString('latin1'), '%PDF-');
  });

  it('resolves to a plain Uint8Array that owns its memory (a worker thread transfers it)', async () => {
    const pdf = newDocument();
    const bytes = gatherBytes(pdf);
    drawPages(bytes.drain, pdf);
    const file = await bytes.finish();
    assert.equal(Object.getPrototypeOf(file), Uint8Array.prototype);
    assert.equal(file.byteOffset, 0);
    assert.equal(file.buffer.byteLength, file.byteLength);
  });

  it('takes what pdfkit has written off its stream', () => {
    const pdf = newDocument();
    const bytes = gatherBytes(pdf);
    pdf.text('Page 1', 72, 72);
    pdf.addPage();
    assert.ok(pdf.readableLength > 0, 'the first page waits in the stream');
    bytes.drain();
    assert.equal(pdf.readableLength, 0);
    bytes.drain();
    pdf.end();
  });
});
