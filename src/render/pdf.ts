import PDFDocument from 'pdfkit';
import type { Document } from '../model/index.js';
import { drawText, measureText, plainStyle, type Typesetter } from './pdf-draw.js';
import { PAGE, typesetDocument } from './pdf-flow.js';
import { registerFonts } from './pdf-fonts.js';
import type { Writer } from './writer.js';

const FOOTER_SIZE = 8.5;
const FOOTER_COLOR = '#555555';

/**
 * The document date as a UTC-midnight Date. pdfkit writes it as CreationDate and hashes it
 * into the file ID, so a fixed date is what makes two renders byte-identical.
 */
function documentDate(doc: Document): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(doc.date);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new Error(`Document date is not YYYY-MM-DD: ${JSON.stringify(doc.date)}`);
  return date;
}

/** The PDF's Info dictionary: what viewers show as title and author. */
function documentInfo(doc: Document): PDFKit.DocumentInfo {
  const date = documentDate(doc);
  const owner = doc.owner?.trim() ? doc.owner.trim() : undefined;
  return {
    Title: owner ? `${doc.title} — ${owner}` : doc.title,
    ...(owner ? { Author: owner } : {}),
    Subject: `Publication list (${doc.style} style)`,
    Creator: 'pubcv',
    CreationDate: date,
    ModDate: date,
  };
}

/** Writes "n / total" centred in the bottom margin of every page. */
function drawPageNumbers(setter: Typesetter): void {
  const { pdf } = setter;
  const { start, count } = pdf.bufferedPageRange();
  const style = plainStyle(setter, 'regular', FOOTER_SIZE);
  for (let i = 0; i < count; i++) {
    pdf.switchToPage(start + i);
    const text = `${i + 1} / ${count}`;
    const x = (PAGE.width - measureText(setter, text, style)) / 2;
    drawText(setter, text, style, x, PAGE.height - PAGE.margin / 2, FOOTER_COLOR);
  }
}

/** Collects the bytes pdfkit streams out once the document is ended. */
function collectBytes(pdf: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
    pdf.end();
  });
}

/** Renders the document as an A4 PDF set in Noto Serif, fonts embedded and subset. */
export async function renderPdf(doc: Document): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    info: documentInfo(doc),
    lang: doc.lang,
    displayTitle: true,
  });
  registerFonts(pdf);
  const setter: Typesetter = { pdf, styles: new Map() };
  typesetDocument(setter, doc);
  drawPageNumbers(setter);
  return collectBytes(pdf);
}

/** The PDF writer; it needs no templates. */
export const pdfWriter: Writer = { extension: 'pdf', render: (doc) => renderPdf(doc) };
