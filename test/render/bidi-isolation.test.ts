import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { buildDocument } from '../../src/api/pipeline.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { bundledStyle } from '../../src/format/csl-style.js';
import { hasMark, type Document, type Entry, type Run } from '../../src/model/index.js';
import { renderDocx } from '../../src/render/docx.js';
import { defaultTemplatesDir, renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderPdf } from '../../src/render/pdf.js';
import { renderText } from '../../src/render/text.js';
import { PEER_TESTS, skipWithout } from '../helpers/corpus.js';
import { expectGolden } from '../helpers/golden.js';
import { prettyPrintXml } from '../helpers/read-docx.js';
import { pdfLines, readPdf } from '../helpers/read-pdf.js';

// Entries mixing Latin, Hebrew and Arabic names and titles (test/fixtures/bidi/mixed-scripts.bib),
// the owner "Sui, Yang" as in the seed: each name and each stretch written against the CV's
// direction is isolated once, in the model, and every writer draws the isolate its own way.

const FIXTURE = 'test/fixtures/bidi/mixed-scripts.bib';
const FSI = '\u2068';
const PDI = '\u2069';
const LRM = '\u200e';
const RLM = '\u200f';

// The one corpus file whose rendered entries hold right-to-left text (a Hebrew newspaper article);
// in corpus/real only the Armenian list has any, a Syriac word in a `language` field no style prints.
const HEBREW_PEER = `${PEER_TESTS}zotero-better-bibtex-import/article with entrysubtype.bib`;

async function build(locale?: string, path = FIXTURE): Promise<Document> {
  const text = readFileSync(path, 'utf8');
  const settings = { ...resolveSettings(), names: ['Sui, Yang'], style: bundledStyle('apa')!, date: '2026-01-01', ...(locale ? { locale } : {}) };
  const { document } = await buildDocument([{ path, text }], settings);
  assert.ok(document);
  return document;
}

const entries = (doc: Document): Entry[] => doc.sections.flatMap((s) => s.entries);
const entry = (doc: Document, id: string): Entry => entries(doc).find((e) => e.id === id)!;
const isolated = (runs: readonly Run[]): string[] => {
  const spans: string[] = [];
  let previous = false;
  for (const run of runs) {
    const inside = hasMark(run.marks, 'isolate');
    if (inside && previous) spans[spans.length - 1] += run.text;
    else if (inside) spans.push(run.text);
    previous = inside;
  }
  return spans;
};

describe('bidi isolation of names and titles written against the CV', () => {
  let ltr: Document;
  let rtl: Document;
  before(async () => {
    ltr = await build();
    rtl = await build('he-IL');
  });

  it('isolates each Hebrew or Arabic name and each right-to-left stretch of a left-to-right CV, and no Latin name', () => {
    assert.deepEqual(isolated(entry(ltr, 'mixed2023').runs), ['כהן, דוד', 'عبد الله, محمد']);
    assert.deepEqual(isolated(entry(ltr, 'owneramongrtl2024').runs), ['כהן, דוד', 'عبد الله, محمد']);
    // The title and journal make one right-to-left stretch; the volume and pages after it stay outside.
    assert.deepEqual(isolated(entry(ltr, 'hebrew2022').runs), ['כהן, ד.', 'לוי, ד.', 'למידת מכונה בעברית. כתב עת למדעי המחשב']);
    assert.deepEqual(isolated(entry(ltr, 'arabictitle2021').runs), ['معالجة اللغة العربية']);
    const owner = entry(ltr, 'owneramongrtl2024').runs.filter((r) => hasMark(r.marks, 'owner'));
    assert.deepEqual(
      owner.map((r) => [r.text, hasMark(r.marks, 'isolate')]),
      [['Sui, Y.', false]],
    );
  });

  it('in a right-to-left CV isolates the Latin names and stretches instead', () => {
    assert.deepEqual(isolated(entry(rtl, 'mixed2023').runs), ['Sui, Y.', 'Compressing language models on the edge. Journal of Machine Learning']);
    assert.deepEqual(isolated(entry(rtl, 'hebrew2022').runs), []);
    assert.deepEqual(isolated(entry(rtl, 'arabictitle2021').runs), ['Levi, D.', 'Sui, Y.', 'Proceedings of the Workshop on Arabic NLP']);
  });

  it('isolates the Hebrew author and the quoted Hebrew title of the corpus file that has them', { skip: skipWithout(HEBREW_PEER) }, async () => {
    const [only] = entries(await build(undefined, HEBREW_PEER));
    assert.deepEqual(isolated(only!.runs), ['גל, ד. א.', '“בשורה לנשים”: אושרה גלולה להפלה גם בחודש שלישי']);
  });

  it('PDF: draws the list left to right, each name right to left, the year and pages outside the names', async () => {
    const lines = pdfLines(await readPdf(await renderPdf(ltr)))
      .map((l) => l.text)
      .filter((t) => /\(20\d\d\)/.test(t));
    expectGolden('pdf/bidi.txt', `${lines.join('\n')}\n`);
  });

  it('PDF: a right-to-left CV is set flush right, each line read right to left, the Latin names left to right', async () => {
    const pdf = await readPdf(await renderPdf(rtl));
    const lines = pdfLines(pdf)
      .map((l) => l.text)
      .filter((t) => /\(20\d\d\)/.test(t));
    expectGolden('pdf/bidi-rtl.txt', `${lines.join('\n')}\n`);
    const page = pdf.pages[0]!;
    const rightEdge = (y: number): number => Math.max(...page.items.filter((item) => Math.abs(item.y - y) < 0.5).map((item) => item.x + item.width));
    const firstLines = page.items.filter((item) => item.text.includes('2023') || item.text.includes('2022')).map((item) => rightEdge(item.y));
    const titleEdge = rightEdge(page.items.find((item) => item.text === 'Publications')!.y);
    assert.equal(firstLines.length, 2);
    for (const edge of firstLines) assert.ok(Math.abs(edge - titleEdge) < 1, `${edge} against ${titleEdge}`);
  });

  it("DOCX: brackets each isolate in direction marks, the paragraph's outside and the name's own inside", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(ltr));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    assert.ok(xml.includes(`${LRM}${RLM}כהן, דוד${RLM}${LRM}`), 'the Hebrew name between LRM RLM … RLM LRM');
    assert.ok(!/<w:bidi\/>/.test(xml), 'left-to-right paragraphs');
    expectGolden('docx/bidi.xml', prettyPrintXml(xml));
    const rtlXml = (await (await JSZip.loadAsync(await renderDocx(rtl))).file('word/document.xml')?.async('string')) ?? '';
    assert.ok(rtlXml.includes(`${RLM}${LRM}Sui, Y.${LRM}${RLM}`), 'the Latin name between RLM LRM … LRM RLM');
    assert.ok(/<w:bidi\/>/.test(rtlXml), 'right-to-left paragraphs');
  });

  it('HTML: a <bdi> per isolate; a right-to-left CV is a dir="rtl" page', async () => {
    const options = { templatesDir: defaultTemplatesDir };
    const html = await renderHtml(ltr, options);
    const items = html.split('\n').filter((line) => line.trimStart().startsWith('<li'));
    expectGolden('html/bidi.html', `${items.join('\n')}\n`);
    assert.match(html, /^<html lang="en" class=/m);
    assert.match(await renderHtml(rtl, options), /^<html lang="he-IL" dir="rtl" class=/m);
  });

  it('text and Markdown: each isolate between FSI and PDI', () => {
    const text = renderText(ltr);
    assert.ok(text.includes(`Sui, Y., ${FSI}כהן, דוד${PDI}, & ${FSI}عبد الله, محمد${PDI}. (2023).`), text);
    assert.ok(renderMarkdown(ltr).includes(`**Sui, Y.**, ${FSI}כהן, דוד${PDI}, & ${FSI}عبد الله, محمد${PDI}. (2023).`));
  });
});
