import { InternalError } from '../model/errors.js';
import PDFDocument from 'pdfkit';
import { documentDirection, documentMessages, entryCount, fillMessage, type Document, type Messages } from '../model/index.js';
import { gatherBytes } from './pdf-bytes.js';
import { drawLine, layoutPieces, plainStyle, type Typesetter } from './pdf-draw.js';
import { entryLayouts, keptEntryLayouts, type CachedEntryLines } from './pdf-entry-cache.js';
import type { KeptPieces } from './render-cache.js';
import { typesetDocument } from './pdf-flow.js';
import { fontChain } from './font-chain.js';
import { registerFonts } from './pdf-fonts.js';
import { pageGeometry, type PageGeometry } from './pdf-page.js';
import { compressPagesWhole, keptPageStreams } from './pdf-page-streams.js';
import type { Writer } from './writer.js';

const MARGIN_TEXT_SIZE = 8.5;
const MARGIN_TEXT_COLOR = '#555555';

/**
 * The document date as a UTC-midnight Date. pdfkit writes it as CreationDate and hashes it
 * into the file ID, so a fixed date is what makes two renders byte-identical.
 */
function documentDate(doc: Document): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(doc.date);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new InternalError(`Document date is not YYYY-MM-DD: ${JSON.stringify(doc.date)}`);
  return date;
}

/** The owner's name, when the document has a non-blank one. */
function ownerOf(doc: Document): string | undefined {
  const owner = doc.owner?.trim();
  return owner ? owner : undefined;
}

/** The PDF's Info dictionary: what viewers and search engines show as title, author and topic. */
function documentInfo(doc: Document): PDFKit.DocumentInfo {
  const date = documentDate(doc);
  const owner = ownerOf(doc);
  const messages = documentMessages(doc);
  const subject = owner ? fillMessage(messages['document.subjectOf'], { owner }) : messages['document.subject'];
  return {
    Title: owner ? `${doc.title} — ${owner}` : doc.title,
    ...(owner ? { Author: owner } : {}),
    Subject: `${subject}, ${fillMessage(messages['document.styleNote'], { style: doc.style })}`,
    Keywords: [messages['document.keywords'], ...(owner ? [owner] : [])].join('; '),
    Creator: 'pubcv',
    CreationDate: date,
    ModDate: date,
  };
}

/** Draws one line of small muted text in a page margin, with CJK fallback, starting at `x`. */
function drawMarginText(setter: Typesetter, text: string, x: number, baseline: number): void {
  const style = plainStyle(setter, 'regular', MARGIN_TEXT_SIZE);
  const [line] = layoutPieces(setter, [{ text, style }], () => Number.POSITIVE_INFINITY);
  if (line) drawLine(setter, line, { left: x, top: baseline - MARGIN_TEXT_SIZE, height: MARGIN_TEXT_SIZE, baseline }, MARGIN_TEXT_COLOR);
}

/** Width of a line of margin text as `drawMarginText` draws it. */
function marginTextWidth(setter: Typesetter, text: string): number {
  const style = plainStyle(setter, 'regular', MARGIN_TEXT_SIZE);
  return layoutPieces(setter, [{ text, style }], () => Number.POSITIVE_INFINITY)[0]?.width ?? 0;
}

/**
 * From page 2 on, the owner's name at the top left and the document title at the top right, so a
 * loose page of a printed stack still says whose it is; the title alone when there is no owner.
 */
function drawRunningHeader(setter: Typesetter, doc: Document, page: PageGeometry): void {
  const owner = ownerOf(doc);
  const baseline = page.margin / 2 + MARGIN_TEXT_SIZE / 2;
  const left = owner ?? doc.title;
  const right = owner ? doc.title : '';
  const rightWidth = marginTextWidth(setter, right);
  const fitsBoth = right !== '' && marginTextWidth(setter, left) + rightWidth + 2 * MARGIN_TEXT_SIZE <= page.textWidth;
  drawMarginText(setter, left, page.margin, baseline);
  if (fitsBoth) drawMarginText(setter, right, page.margin + page.textWidth - rightWidth, baseline);
}

/** Writes the page number ("n / total", as the document's catalogue words it) centred in the bottom margin of the current page. */
function drawPageNumber(setter: Typesetter, page: PageGeometry, number: number, total: number, messages: Messages): void {
  const text = fillMessage(messages['page.number'], { page: number, pages: total });
  drawMarginText(setter, text, (page.width - marginTextWidth(setter, text)) / 2, page.height - page.margin / 2);
}

/**
 * Renders the document as a PDF on A4 or Letter, set in Noto Serif or Noto Sans (CJK text in
 * Noto Sans Hans), fonts embedded and subset, with a bookmark per section. Entries laid out in
 * `kept`'s last render are not laid out again (by default this thread's writer's), and pages the
 * same as in this thread's last render are not compressed again.
 */
export async function renderPdf(doc: Document, kept: KeptPieces<CachedEntryLines> = keptEntryLayouts): Promise<Uint8Array> {
  const layout = doc.layout;
  const page = pageGeometry(layout);
  const pdf = new PDFDocument({
    size: [page.width, page.height],
    margin: page.margin,
    info: documentInfo(doc),
    lang: doc.lang,
    displayTitle: true,
  });
  registerFonts(pdf, layout.font);
  const direction = documentDirection(doc.lang);
  const setter: Typesetter = { pdf, styles: new Map(), chain: fontChain(layout.font), ...(direction === 'rtl' ? { direction } : {}) };
  const bytes = gatherBytes(pdf);
  const pages = keptPageStreams.begin('', entryCount(doc));
  compressPagesWhole(pdf, pages);
  const layouts = entryLayouts(doc, kept);
  // Paginate first, so each page gets its "n / N" while it is current and is then written out.
  const total = typesetDocument(setter, doc, page, { paint: false, finishPage: () => undefined }, layouts);
  typesetDocument(
    setter,
    doc,
    page,
    {
      paint: true,
      finishPage: (index) => {
        if (index > 0) drawRunningHeader(setter, doc, page);
        drawPageNumber(setter, page, index + 1, total, documentMessages(doc));
        bytes.drain();
      },
    },
    layouts,
  );
  const written = await bytes.finish();
  layouts?.keep();
  pages?.keep();
  return written;
}

/** The PDF writer; it needs no templates. */
export const pdfWriter: Writer = { render: (doc) => renderPdf(doc) };
