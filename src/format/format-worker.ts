import { parentPort, workerData } from 'node:worker_threads';
import type { CslItem } from '../model/record.js';
import { renderEntriesAlone, type EntryHtml } from './csl-engine.js';
import type { CslStyle } from './csl-style.js';

/** What a formatting thread is given: every item, and a shared counter to take chunks from. */
export interface FormatJob {
  /**
   * Every item as JSON text, parsed when a thread takes its chunk: items as objects are copied
   * into each thread as a graph of small objects it holds (and its collector walks) until it
   * ends, a string is one block. JSON is what decides an entry for the cache too (`EntryCache.itemKey`).
   */
  readonly items: readonly string[];
  readonly style: CslStyle;
  readonly lang: string | undefined;
  /** One Int32: the index of the next item nobody has taken yet. */
  readonly next: SharedArrayBuffer;
  readonly chunk: number;
}

/** What a formatting thread sends: a chunk's HTML, a failure, or that it has finished. */
export type FormatReply = { readonly start: number; readonly htmls: EntryHtml[] } | { readonly error: string } | { readonly done: true };

/** The items `start` up to `end` of a job, as objects. */
type ItemSlice = (start: number, end: number) => readonly CslItem[];

/** The items of a job, parsed a slice at a time. */
function sliceOfTexts(items: readonly string[]): ItemSlice {
  return (start, end) => items.slice(start, end).map((text) => JSON.parse(text) as CslItem);
}

/**
 * Takes chunks of the job's items from the shared counter until none are left and hands each
 * chunk's HTML to `deliver`. Every thread taking part runs this same loop, so a thread that
 * started late (a worker loading its modules) simply takes fewer chunks.
 */
export function takeChunks(job: FormatJob, slice: ItemSlice, deliver: (start: number, htmls: EntryHtml[]) => void): void {
  const next = new Int32Array(job.next);
  for (;;) {
    const start = Atomics.add(next, 0, job.chunk);
    if (start >= job.items.length) return;
    deliver(start, renderEntriesAlone(slice(start, start + job.chunk), job.style, job.lang));
  }
}

/** The workerData of a formatting thread; the name keeps other code's workers from running this. */
export interface FormatWorkerData {
  readonly pubcvFormatJob: FormatJob;
}

// In a worker thread started for formatting: work through the job, then say so.
const job = (workerData as Partial<FormatWorkerData> | null)?.pubcvFormatJob;
if (parentPort && job) {
  const port = parentPort;
  try {
    takeChunks(job, sliceOfTexts(job.items), (start, htmls) => port.postMessage({ start, htmls } satisfies FormatReply));
    port.postMessage({ done: true } satisfies FormatReply);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FormatReply);
  }
}
