import { Worker } from 'node:worker_threads';
import { entryCount, type Document } from '../model/index.js';
import { workerModuleUrl } from '../files/worker-url.js';
import type { WriterOptions } from './writer.js';
import type { WriterJob, WriterReply, WriterRequest, WriterWorkerData } from './writer-worker.js';
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
const PDF_THREAD_MAX_ENTRIES = 2000;

/** Renders one format on this thread. */
async function renderHere(document: Document, format: OutputFormat, options: WriterOptions): Promise<Uint8Array> {
  return (await writers[format].load()).render(document, options);
}

/**
 * The writer thread: started by the first document that needs it, then kept for the life of the
 * process (a `--watch` session, a library calling `build()` again), so a rebuild finds pdfkit,
 * the fonts and the word shapes already loaded: a new thread per build spent about 1 s of a
 * 300-entry rebuild getting back there. It holds the process open only while it has work.
 */
interface WriterThread {
  readonly worker: Worker;
  readonly waiting: Map<number, (reply: WriterReply | Error) => void>;
}

let thread: WriterThread | undefined;
let nextRequest = 0;

function writerThread(): WriterThread {
  if (thread) return thread;
  const worker = new Worker(workerModuleUrl('./writer-worker.js', import.meta.url), { workerData: { pubcvWriterThread: true } satisfies WriterWorkerData });
  worker.unref();
  const started: WriterThread = { worker, waiting: new Map() };
  // A thread that fails or dies is not used again: its jobs reject (and are rendered here).
  const fail = (error: Error): void => {
    if (thread === started) thread = undefined;
    void worker.terminate();
    for (const settle of started.waiting.values()) settle(error);
    started.waiting.clear();
  };
  worker.on('message', (reply: WriterReply) => {
    started.waiting.get(reply.id)?.(reply);
    started.waiting.delete(reply.id);
    if (started.waiting.size === 0) worker.unref();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`writer thread exited with code ${code}`)));
  thread = started;
  return started;
}

/** Renders one format on the writer thread; a thread that fails or dies rejects. */
function renderInWorker(job: WriterJob): Promise<Uint8Array> {
  const { worker, waiting } = writerThread();
  const id = nextRequest++;
  return new Promise((resolve, reject) => {
    waiting.set(id, (reply) => {
      if (reply instanceof Error) reject(reply);
      else if ('bytes' in reply) resolve(reply.bytes);
      else reject(new Error(reply.error));
    });
    worker.ref();
    worker.postMessage({ id, job } satisfies WriterRequest);
  });
}

/**
 * The document as the PDF writer reads it: without each entry's record (`csl`, for the BibTeX and
 * CSL-JSON exports) and work (`work`, for JSON-LD), which are most of what copying a document to
 * the thread copies (the test of this module checks the PDF is the same either way).
 */
function withoutRecords(document: Document): Document {
  return {
    ...document,
    sections: document.sections.map((section) => ({ ...section, entries: section.entries.map(({ csl: _csl, work: _work, ...entry }) => entry) })),
  };
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
  const pdf = renderInWorker({ document: withoutRecords(document), format: 'pdf', options }).catch(() => renderHere(document, 'pdf', options));
  // Until the others are written nothing awaits the PDF: its failure must not go unhandled.
  pdf.catch(() => undefined);
  const others = new Map<OutputFormat, Uint8Array>();
  for (const format of formats) if (format !== 'pdf') others.set(format, await renderHere(document, format, options));
  const pdfBytes = await pdf;
  return formats.map((format) => (format === 'pdf' ? pdfBytes : (others.get(format) as Uint8Array)));
}
