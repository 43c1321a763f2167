import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainText, type Run } from '../../src/model/index.js';
import { printedTarget, withPrintedTargets } from '../../src/render/printed-links.js';
import { messagesFor } from '../../src/text/messages/messages-for.js';
import { readFileSync } from 'node:fs';
import { buildDocument, loadStyle } from '../../src/index.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { loadTemplates, templateSearchPath } from '../../src/assemble/load-templates.js';
import { renderPdf } from '../../src/render/pdf.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';
import { pdfLines, readPdf } from '../helpers/read-pdf.js';

const link = (text: string, href: string): Run => ({ text, marks: [{ type: 'link', href }] });

test('a link target as a reader types it: the DOI for doi.org, else the address without its scheme', () => {
  assert.equal(printedTarget('https://doi.org/10.1145/3368089.3409752'), '10.1145/3368089.3409752');
  assert.equal(printedTarget('https://doi.org/10.1002/%28SICI%291097'), '10.1002/(SICI)1097');
  assert.equal(printedTarget('https://github.com/x/y/'), 'github.com/x/y');
  assert.equal(printedTarget('mailto:me@example.org'), 'me@example.org');
});

test("a bare label pubcv wrote is printed with its target, in the document's language; other links are left alone", () => {
  const runs = [link('DOI', 'https://doi.org/10.1/abc'), { text: ' · ', marks: [] }, link('Quellcode', 'https://github.com/a/b')];
  assert.equal(plainText(withPrintedTargets(runs, messagesFor('de'))), 'DOI: 10.1/abc · Quellcode: github.com/a/b');
  assert.equal(plainText(withPrintedTargets(runs, messagesFor('en'))), 'DOI: 10.1/abc · Quellcode', '"Quellcode" is no English label');
  assert.equal(plainText(withPrintedTargets([link('PDF', 'https://x.org/p.pdf')], messagesFor('fr'))), 'PDF\u00a0: x.org/p.pdf');
  const address = [link('https://doi.org/10.1/abc', 'https://doi.org/10.1/abc')];
  assert.equal(withPrintedTargets(address, messagesFor('en')), address);
});

const WEYAND = corpusFile('weyand-alfolio-papers.bib');

test("weyand's al-folio list: every link under an entry in the PDF shows where it goes", { skip: skipWithout(WEYAND) }, async () => {
  const settings = { ...resolveSettings(), style: await loadStyle('apa'), locale: undefined, date: '2026-01-01' };
  const entryTemplates = await loadTemplates(await templateSearchPath());
  const { document } = await buildDocument([{ path: WEYAND, text: readFileSync(WEYAND, 'utf8') }], { ...settings, entryTemplates });
  assert.ok(document);
  const lines = pdfLines(await readPdf(await renderPdf(document))).map((l) => l.text);
  assert.ok(lines.includes('PDF: www.vision.rwth-aachen.de/media/papers/weyand-tsai-wacv15.pdf'), lines.join('\n'));
  assert.ok(lines.includes('arXiv: arxiv.org/abs/2206.01326'), lines.join('\n'));
  const bare = lines.filter((line) => /^(?:(?:PDF|arXiv|Code|Website|DOI|Slides|Video|Poster)(?: · |$))+$/.test(line));
  assert.deepEqual(bare, []);
});
