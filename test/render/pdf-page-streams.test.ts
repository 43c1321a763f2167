import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import PDFDocument from 'pdfkit';
import { gatherBytes } from '../../src/render/pdf-bytes.js';
import { registerFonts } from '../../src/render/pdf-fonts.js';
import { compressPagesWhole } from '../../src/render/pdf-page-streams.js';
import { KeptPieces } from '../../src/render/render-cache.js';

const DATE = new Date(Date.UTC(2026, 0, 2));

/** Three pages of text, rules and links, the second page's words set by `middle`; with `gather`, pages go through compressPagesWhole. */
async function render(middle: string, gather?: (pdf: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', info: { CreationDate: DATE, ModDate: DATE, Title: 'Pages' } });
  registerFonts(pdf, 'serif');
  gather?.(pdf);
  const bytes = gatherBytes(pdf);
  for (const [page, words] of ['Příliš žluťoučký kůň', middle, 'AVAWAY office Σπύρος'].entries()) {
    if (page > 0) pdf.addPage();
    pdf
      .font(page === 1 ? 'italic' : 'regular')
      .fontSize(10.5)
      .fillColor('#1f4e96');
    pdf.text(words, 72, 100, { lineBreak: false });
    pdf.save().lineWidth(0.5).strokeColor('#444444').moveTo(72, 120).lineTo(300, 120).stroke().restore();
    pdf.link(72, 90, 100, 12, `https://example.org/${page}`);
    bytes.drain();
  }
  return Buffer.from(await bytes.finish());
}

describe('compressPagesWhole', () => {
  it('writes the very bytes pdfkit writes itself', async () => {
    const own = await render('Москва and more');
    const whole = await render('Москва and more', (pdf) => compressPagesWhole(pdf));
    assert.ok(own.includes('/FlateDecode'), 'pages are compressed');
    assert.ok(own.equals(whole), 'same file');
  });

  it('takes the pages the last render had from it, and compresses only the changed one', async () => {
    const kept = new KeptPieces<Uint8Array>();
    const found: boolean[] = [];
    const withKept = (pdf: PDFKit.PDFDocument): void => {
      const pages = kept.begin('', 3);
      assert.ok(pages);
      const get = pages.get.bind(pages);
      pages.get = (key) => {
        const hit = get(key);
        found.push(hit !== undefined);
        return hit;
      };
      compressPagesWhole(pdf, pages);
      pdf.on('end', () => pages.keep());
    };
    await render('first words', withKept);
    assert.deepEqual(found, [false, false, false]);
    found.length = 0;
    const second = await render('second words', withKept);
    assert.deepEqual(found, [true, false, true], 'pages 1 and 3 were in the last render');
    assert.ok(second.equals(await render('second words')), 'same file as pdfkit alone');
  });

  it('leaves an uncompressed document to pdfkit', async () => {
    const pdf = new PDFDocument({ compress: false });
    compressPagesWhole(pdf);
    const bytes = gatherBytes(pdf);
    pdf.text('plain', 72, 72, { lineBreak: false });
    const text = Buffer.from(await bytes.finish()).toString('latin1');
    assert.ok(!text.includes('/FlateDecode'));
    assert.ok(text.includes('BT'));
  });
});
