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

/** A job as posted to the thread, numbered so its reply finds it. */
export interface WriterRequest {
  readonly id: number;
  readonly job: WriterJob;
}

/** What a writer thread sends back for a request: the file's bytes, or why it could not make them. */
export type WriterReply = { readonly id: number } & ({ readonly bytes: Uint8Array } | { readonly error: string });

/** The workerData of a writer thread; the name keeps other code's workers from running this. */
export interface WriterWorkerData {
  readonly pubcvWriterThread: true;
}

// The thread lives as long as the process that started it (render-formats.ts) and renders one
// request after another, so its fonts, word shapes and compiled code stay warm between builds.
if (parentPort && (workerData as Partial<WriterWorkerData> | null)?.pubcvWriterThread) {
  const port = parentPort;
  port.on('message', async ({ id, job }: WriterRequest) => {
    try {
      const bytes = await (await writers[job.format].load()).render(job.document, job.options);
      port.postMessage({ id, bytes } satisfies WriterReply, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WriterReply);
    }
  });
}
