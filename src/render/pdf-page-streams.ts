/**
 * Each page's content stream gathered as text and compressed in one piece, and a page whose
 * content is the same as in the last render taken compressed from it.
 *
 * pdfkit 0.20 (as read in 0.20.2: PDFReference `write`, `end`, `finalize`; PDFDocument `addPage`)
 * turns every operator written to a page into a buffer of its own and joins them when the page
 * ends, then deflates the page. A rebuild after editing one entry draws every later page again,
 * and most come out the same as before, so deflating them again is wasted. Here a page's
 * operators are kept as strings (pdfkit writes them as Latin-1 bytes, each followed by a line
 * break), joined at the end, deflated with the same call pdfkit makes (or found in the last
 * render), and handed to pdfkit's `finalize` as already compressed: the file's bytes are the ones
 * pdfkit writes itself. Its test renders the same pages both ways; it fails if those internals
 * change.
 */
import { deflateSync } from 'node:zlib';
import { KeptPieces, type RenderPieces } from './render-cache.js';

/** The compressed pages of this thread's last PDF render, by their content. */
export const keptPageStreams = new KeptPieces<Uint8Array>();

/** The parts of pdfkit 0.20's PDFReference, a page's content stream, this module takes over. */
interface ContentStream {
  buffer: Uint8Array[];
  compress: boolean;
  write(chunk: unknown): void;
  end(): void;
  finalize(): void;
}

function isContentStream(value: unknown): value is ContentStream {
  const stream = value as Partial<ContentStream> | null;
  return (
    typeof stream === 'object' &&
    stream !== null &&
    Array.isArray(stream.buffer) &&
    typeof stream.compress === 'boolean' &&
    typeof stream.write === 'function' &&
    typeof stream.end === 'function' &&
    typeof stream.finalize === 'function'
  );
}

/** The current page's content stream, when it has pdfkit 0.20's internals. */
function currentContent(pdf: PDFKit.PDFDocument): ContentStream | undefined {
  const content: unknown = (pdf as unknown as { page?: { content?: unknown } }).page?.content;
  return isContentStream(content) ? content : undefined;
}

/** Bytes pdfkit wrote, as the Latin-1 text they were written from. */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Gathers `content`'s operators from here on as text and compresses the page in one piece when it ends. */
function gatherPage(content: ContentStream, deflated: RenderPieces<Uint8Array> | undefined): void {
  // What pdfkit wrote before the page was handed over (its flip of the y axis), as the text it was.
  const parts = content.buffer.map(latin1);
  content.write = (chunk: unknown): void => {
    parts.push(chunk instanceof Uint8Array ? latin1(chunk) : `${String(chunk)}\n`);
  };
  content.end = (): void => {
    const text = parts.join('');
    let bytes = deflated?.get(text);
    if (!bytes) {
      bytes = deflateSync(Buffer.from(text, 'latin1'));
      deflated?.set(text, bytes);
    }
    content.buffer = [bytes];
    content.compress = false;
    content.finalize();
  };
}

/**
 * Has every page of `pdf` from the current one on gathered and compressed in one piece (see
 * above), looking pages up in, and adding them to, `deflated`. A document pdfkit does not
 * compress, or whose pages lack the internals, is left to pdfkit.
 */
export function compressPagesWhole(pdf: PDFKit.PDFDocument, deflated?: RenderPieces<Uint8Array>): void {
  const take = (): void => {
    const content = currentContent(pdf);
    if (content?.compress) gatherPage(content, deflated);
  };
  take();
  pdf.on('pageAdded', take);
}
