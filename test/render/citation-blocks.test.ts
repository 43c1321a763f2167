import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Document, Entry } from '../../src/model/index.js';
import { renderDocx } from '../../src/render/docx.js';
import { defaultTemplatesDir, renderHtml } from '../../src/render/html.js';
import { renderLatex } from '../../src/render/latex.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderPdf } from '../../src/render/pdf.js';
import { renderText } from '../../src/render/text.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { expectGolden } from '../helpers/golden.js';
import { prettyPrintXml, readDocx } from '../helpers/read-docx.js';
import { dumpPdf, pdfLines, readPdf } from '../helpers/read-pdf.js';

const HREF = 'https://openalex.org/W9000000001';

/** The sample document with citation counts shown: a summary under the header, "Cited by 1,234" under the first entry. */
const cited: Document = {
  ...sampleDocument,
  citationSummary: { figures: 'Citation metrics: Total citations 1,240; h-index 2; i10-index 1', asOf: 'as of December 1, 2026, OpenAlex' },
  sections: sampleDocument.sections.map((section, s) => ({
    ...section,
    entries: section.entries.map(
      (entry, e): Entry =>
        s === 0 && e === 0
          ? { ...entry, blocks: [...(entry.blocks ?? []), { kind: 'citations', runs: [{ text: 'Cited by 1,234', marks: [{ type: 'link', href: HREF }] }] }] }
          : entry,
    ),
  })),
};

describe('citation counts in every writer', () => {
  it('PDF: the summary under the header, "Cited by" under the entry, a link to the work', async () => {
    const bytes = await renderPdf(cited);
    const pdf = await readPdf(bytes);
    expectGolden('pdf/cited.txt', dumpPdf(pdf));
    const texts = pdfLines(pdf).map((l) => l.text);
    const summary = texts.indexOf('Citation metrics: Total citations 1,240; h-index 2; i10-index 1');
    assert.ok(summary > texts.indexOf('Updated January 15, 2026') && texts[summary + 1] === 'as of December 1, 2026, OpenAlex', texts.slice(0, 8).join(' | '));
    assert.ok(texts.includes('Cited by 1,234'));
    assert.ok(Buffer.from(bytes).toString('latin1').includes(HREF), 'the PDF links to the OpenAlex work');
  });

  it('DOCX: the summary as header lines, "Cited by" as a hyperlinked detail line', async () => {
    const { documentXml } = await readDocx(await renderDocx(cited));
    const xml = prettyPrintXml(documentXml);
    expectGolden('docx/cited.xml', xml);
    assert.ok(xml.indexOf('Citation metrics: Total citations 1,240') > xml.indexOf('Updated January 15, 2026'));
    assert.match(xml, /Cited by 1,234/);
  });

  it('HTML: the summary in the header, "Cited by" as a paragraph of its own kind, linked', async () => {
    const html = await renderHtml(cited, { templatesDir: defaultTemplatesDir });
    expectGolden('html/cited.html', html);
    assert.match(
      html,
      /<p class="cv-subtitle cv-citations">Citation metrics: Total citations 1,240; h-index 2; i10-index 1<\/p>\n\s*<p class="cv-updated">as of December 1, 2026, OpenAlex<\/p>\n<\/header>/,
    );
    assert.match(html, new RegExp(`<p class="entry-citations"><a href="${HREF}"[^>]*>Cited by 1,234</a></p>`));
  });

  it('Markdown, text and LaTeX carry the summary lines and the count', () => {
    for (const text of [renderMarkdown(cited), renderText(cited), renderLatex(cited)]) {
      assert.match(text, /Citation metrics: Total citations 1,240/);
      assert.match(text, /as of December 1, 2026, OpenAlex/);
      assert.match(text, /Cited by 1,234/);
    }
  });

  it('a document without counts is drawn as before: no summary lines', async () => {
    const html = await renderHtml(sampleDocument, { templatesDir: defaultTemplatesDir });
    assert.doesNotMatch(html, /cv-citations|entry-citations/);
  });
});
