/** Where the bytes pdfkit streams out are gathered while a document is typeset. */
interface PdfBytes {
  /** Takes what pdfkit has written so far off its stream, as one buffer. */
  readonly drain: () => void;
  /** Ends the document and resolves to the whole file. */
  readonly finish: () => Promise<Uint8Array>;
}

/**
 * The buffer's bytes as a plain Uint8Array over the same memory: copying a whole file at the very
 * end of a render, when the most is held, would add its size to the peak. Node hands out small
 * buffers as slices of one shared pool; those (never a whole PDF) are copied.
 */
function plainBytes(buffer: Buffer): Uint8Array {
  const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  return whole ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : new Uint8Array(buffer);
}

/**
 * Gathers a document's bytes. Typesetting is synchronous, so nothing reads pdfkit's stream until
 * it is done: every object header, dictionary and page pdfkit writes waits in the stream's buffer
 * as a small chunk of its own, some 15 MB of chunks for a 3 MB file of 5,000 entries. Draining
 * after each page joins them into one buffer a page.
 */
export function gatherBytes(pdf: PDFKit.PDFDocument): PdfBytes {
  const chunks: Buffer[] = [];
  return {
    drain: () => {
      // read() with no size returns the whole buffered data joined, or null when there is none.
      const chunk = pdf.read() as Buffer | null;
      if (chunk) chunks.push(chunk);
    },
    finish: () =>
      new Promise((resolve, reject) => {
        pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
        pdf.on('end', () => resolve(plainBytes(Buffer.concat(chunks))));
        pdf.on('error', reject);
        pdf.end();
      }),
  };
}
