import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import PDFDocument from 'pdfkit';
import { fontChain } from '../../src/render/font-chain.js';
import { isWordLike, measureText, plainStyle, type Typesetter } from '../../src/render/pdf-draw.js';
import { registerFonts } from '../../src/render/pdf-fonts.js';

/** A typesetter over a fresh document with the serif faces registered. */
function newSetter(): Typesetter {
  const pdf = new PDFDocument({ autoFirstPage: false });
  registerFonts(pdf, 'serif');
  return { pdf, styles: new Map(), chain: fontChain('serif') };
}

describe('isWordLike', () => {
  it('keeps words, with or without their trailing space, and a lone space', () => {
    for (const text of ['sparse', 'sparse ', ' ', 'Příliš', '10.1000/xyz']) assert.ok(isWordLike(text), text);
  });

  it('leaves out fragments of several words', () => {
    for (const text of ['sparse low-rank', 'of large ', ' leading']) assert.ok(!isWordLike(text), text);
  });
});

describe('measureText', () => {
  it('measures a fragment of several words the same every time, and as pdfkit does', () => {
    const setter = newSetter();
    const style = plainStyle(setter, 'regular', 10.5);
    const text = 'Efficient sparse low-rank training of large language models ';
    const first = measureText(setter, text, style);
    assert.equal(measureText(setter, 'Efficient ', style) > 0, true);
    assert.equal(measureText(setter, text, style), first);
    const reference = newSetter().pdf.font('regular').fontSize(10.5).widthOfString(text);
    assert.equal(first, reference);
  });
});
