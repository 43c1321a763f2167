/**
 * Floor child: pdfkit alone. A fresh `node` process that loads pdfkit and writes lines of plain
 * text (broken beforehand, bench/floor-text.ts) in pdfkit's built-in Times-Roman (no font to
 * embed, no shaping, no line breaking), a new A4 page every 55 lines, into a buffer: the least
 * any build that writes its PDF with pdfkit spends, once node has started.
 *
 *   node floor-pdfkit.js ROOT LINES.json [OUT.pdf]
 *
 * Transpiled to plain JavaScript by bench/floors.ts, so no TypeScript loader is timed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// Types only: the module itself is found from ROOT, wherever this file was transpiled to.
import type PdfKitDocument from 'pdfkit';

const LINES_PER_PAGE = 55;
const MARGIN = 56.7;
const LEADING = 13;

const [root, linesFile, outFile] = process.argv.slice(2);
if (!root || !linesFile) throw new Error('usage: floor-pdfkit ROOT LINES [OUT]');
const fromRoot = createRequire(join(root, 'package.json'));
const { default: PDFDocument } = (await import(pathToFileURL(fromRoot.resolve('pdfkit')).href)) as { default: typeof PdfKitDocument };

const lines = JSON.parse(readFileSync(linesFile, 'utf8')) as string[];
const pdf = new PDFDocument({ size: 'A4', margin: MARGIN });
const chunks: Buffer[] = [];
pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
const done = new Promise<Buffer>((resolve, reject) => {
  pdf.on('end', () => resolve(Buffer.concat(chunks)));
  pdf.on('error', reject);
});
pdf.font('Times-Roman').fontSize(10);
lines.forEach((line, index) => {
  const row = index % LINES_PER_PAGE;
  if (row === 0 && index > 0) pdf.addPage();
  pdf.text(line, MARGIN, MARGIN + row * LEADING, { lineBreak: false });
});
pdf.end();
const bytes = await done;
if (outFile) writeFileSync(outFile, bytes);
