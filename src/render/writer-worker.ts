import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../model/index.js';
import type { WriterOptions } from './writer.js';
import { type OutputFormat, writers } from './writers.js';

/** What a writer thread is given: one document to render in one format. */
export interface WriterJob {
  readonly document: Document;
  readonly format: OutputFormat;
  readonly options: WriterOptions;
}

/** What a writer thread sends back: the file's bytes, or why it could not make them. */
export type WriterReply = { readonly bytes: Uint8Array } | { readonly error: string };

/** The workerData of a writer thread; the name keeps other code's workers from running this. */
export interface WriterWorkerData {
  readonly pubcvWriterJob: WriterJob;
}

const job = (workerData as Partial<WriterWorkerData> | null)?.pubcvWriterJob;
if (parentPort && job) {
  const port = parentPort;
  try {
    const bytes = await (await writers[job.format].load()).render(job.document, job.options);
    port.postMessage({ bytes } satisfies WriterReply, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WriterReply);
  }
}
