import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Document } from '../../src/model/index.js';
import { renderDocx } from '../../src/render/docx.js';
import { renderPdf } from '../../src/render/pdf.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { readDocx } from '../helpers/read-docx.js';
import { pdfLines, readPdf } from '../helpers/read-pdf.js';

/** The sample with its abstract shown in PDF and DOCX too, as `--abstracts` asks. */
const withAbstracts: Document = {
  ...sampleDocument,
  sections: sampleDocument.sections.map((s) => ({
    ...s,
    entries: s.entries.map((e) => ({ ...e, ...(e.blocks ? { blocks: e.blocks.map((b) => ({ ...b, formats: undefined })) } : {}) })),
  })),
};

describe('PDF and DOCX: badges and the lines under an entry', () => {
  it('PDF: draws the badge before the reference and the extra lines, smaller, under it', async () => {
    const lines = pdfLines(await readPdf(await renderPdf(withAbstracts)));
    const at = (text: string) => lines.find((l) => l.text.startsWith(text));
    assert.match(at('2. [NeurIPS] Yang, C.,')?.text ?? '', /Sui, Y\./);
    assert.equal(at('Best paper award')?.runs[0]?.italic, true);
    assert.ok(
      (at('PDF: example.org/moe.pdf?x=1&y=2 · Code: github.com/x/moe_i2')?.runs[0]?.size ?? 99) < 10.5,
      'bare link labels are printed with their targets',
    );
    assert.ok((at('We compress experts')?.runs[0]?.size ?? 99) < 10);
    const without = pdfLines(await readPdf(await renderPdf(sampleDocument)));
    assert.ok(!without.some((l) => l.text.includes('We compress experts')), 'abstracts are HTML-only unless asked for');
  });

  it('DOCX: gives each kind of extra line its own style and keeps the entry with its lines', async () => {
    const { paragraphs, documentXml } = await readDocx(await renderDocx(withAbstracts));
    const styleOf = (text: string) =>
      paragraphs.find((p) =>
        p.runs
          .map((r) => r.text)
          .join('')
          .startsWith(text),
      )?.style;
    assert.equal(styleOf('Best paper award'), 'PublicationAward');
    assert.equal(styleOf('PDF · Code'), 'PublicationDetail');
    assert.equal(styleOf('We compress experts'), 'PublicationAbstract');
    assert.equal(styleOf('Selected publications'), 'PublicationHeaderLine');
    assert.equal(styleOf('Updated January 15, 2026'), 'PublicationHeaderLine');
    // The reference paragraph of an entry with lines keeps with the next; its last line ends the entry.
    const moe = /<w:p><w:pPr><w:pStyle w:val="Publication"\/><w:keepNext\/>/.test(documentXml);
    assert.ok(moe, 'an entry with lines under it keeps with them');
  });

  it('DOCX: draws a section heading from its runs', async () => {
    const doc: Document = {
      ...sampleDocument,
      sections: [
        {
          ...sampleDocument.sections[0]!,
          heading: [
            { text: 'Journal', marks: [{ type: 'italic' }] },
            { text: ' (2)', marks: [] },
          ],
        },
      ],
    };
    const heading = (await readDocx(await renderDocx(doc))).paragraphs.find((p) => p.style === 'Heading1');
    assert.deepEqual(
      heading?.runs.map((r) => [r.text, r.italic]),
      [
        ['Journal', true],
        [' (2)', false],
      ],
    );
  });
});
