import { Worker } from 'node:worker_threads';
import type { Document } from '../model/index.js';
import { workerModuleUrl } from '../files/worker-url.js';
import type { WriterOptions } from './writer.js';
import type { WriterJob, WriterReply, WriterWorkerData } from './writer-worker.js';
import { type OutputFormat, writers } from './writers.js';

/**
 * Entries a document needs before the PDF is worth a thread of its own: starting one (loading
 * pdfkit and the fonts, copying the document across) costs about as much as typesetting this many.
 */
export const PDF_THREAD_ENTRIES = 150;

/**
 * Entries beyond which the PDF stays on this thread after all: the thread's copy of the document
 * and its own heap, beside the DOCX writer's, cost more memory than the seconds it saves are worth
 * (5,000 entries, when this was set: a peak of about 710 MB with the thread, 480 MB without).
 */
export const PDF_THREAD_MAX_ENTRIES = 2000;

function entryCount(document: Document): number {
  return document.sections.reduce((sum, section) => sum + section.entries.length, 0);
}

/** Renders one format on this thread. */
async function renderHere(document: Document, format: OutputFormat, options: WriterOptions): Promise<Uint8Array> {
  return (await writers[format].load()).render(document, options);
}

/** Renders one format on a thread of its own; a thread that fails or dies rejects. */
function renderInWorker(job: WriterJob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerModuleUrl('./writer-worker.js', import.meta.url), { workerData: { pubcvWriterJob: job } satisfies WriterWorkerData });
    let settled = false;
    const settle = (result: Uint8Array | Error): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    worker.on('message', (reply: WriterReply) => settle('bytes' in reply ? reply.bytes : new Error(reply.error)));
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => settle(new Error(`${job.format} writer thread exited with code ${code}`)));
  });
}

/**
 * The document in each format, in the order asked. With two threads or more, a long document's
 * PDF (the slowest writer by far; up to PDF_THREAD_MAX_ENTRIES) is typeset on a thread of its own while this thread writes the
 * other formats one after another; the bytes are the same either way. A PDF thread that fails
 * is not trusted to have said why: the PDF is rendered here instead, so an error is this
 * thread's own.
 */
export async function renderFormats(document: Document, formats: readonly OutputFormat[], options: WriterOptions, threads: number): Promise<Uint8Array[]> {
  const entries = entryCount(document);
  const offload = threads > 1 && formats.length > 1 && formats.includes('pdf') && entries >= PDF_THREAD_ENTRIES && entries <= PDF_THREAD_MAX_ENTRIES;
  if (!offload) {
    const rendered: Uint8Array[] = [];
    for (const format of formats) rendered.push(await renderHere(document, format, options));
    return rendered;
  }
  const pdf = renderInWorker({ document, format: 'pdf', options }).catch(() => renderHere(document, 'pdf', options));
  // Until the others are written nothing awaits the PDF: its failure must not go unhandled.
  pdf.catch(() => undefined);
  const others = new Map<OutputFormat, Uint8Array>();
  for (const format of formats) if (format !== 'pdf') others.set(format, await renderHere(document, format, options));
  const pdfBytes = await pdf;
  return formats.map((format) => (format === 'pdf' ? pdfBytes : (others.get(format) as Uint8Array)));
}
