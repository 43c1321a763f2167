import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CslItem } from '../model/record.js';
import { workerModuleUrl } from '../files/worker-url.js';
import { renderEntriesAlone, type EntryHtml } from './csl-engine.js';
import type { CslStyle } from './csl-style.js';
import { takeChunks, type FormatJob, type FormatReply, type FormatWorkerData } from './format-worker.js';

/**
 * Entries each thread should have before another one is worth starting: a worker spends
 * about 0.3 s loading citeproc and building its engine, the time of about 100 APA entries.
 */
const ENTRIES_PER_THREAD = 150;

/** Entries a thread takes at a time: small enough to share out evenly, large enough to be cheap. */
const CHUNK = 16;

/** Threads to format with when not told: one per core. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A worker's heap, sized to what it holds: the items' text (two bytes a character at worst),
 * citeproc and one chunk's garbage. V8 lets an unbounded heap grow to four times what survived
 * its last collection, which for a formatting thread was some 110 MB of mostly garbage; under a
 * bound it collects sooner. A worker that still runs out ends, and this thread formats the rest.
 */
function workerLimits(job: FormatJob): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  const textMb = (2 * job.items.reduce((sum, text) => sum + text.length, 0)) / 2 ** 20;
  return { maxOldGenerationSizeMb: Math.ceil(64 + 3 * textMb), maxYoungGenerationSizeMb: 16 };
}

/**
 * Runs one worker thread over the job; settles when it says it has finished (or fails or exits),
 * having delivered what it did, and never waits on a worker that lingers after its work.
 */
export function runFormatWorker(job: FormatJob, deliver: (start: number, htmls: EntryHtml[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerModuleUrl('./format-worker.js', import.meta.url), {
      workerData: { pubcvFormatJob: job } satisfies FormatWorkerData,
      resourceLimits: workerLimits(job),
    });
    const settle = (error?: Error): void => {
      void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    worker.on('message', (reply: FormatReply) => {
      if ('start' in reply) deliver(reply.start, reply.htmls);
      else if ('error' in reply) settle(new Error(reply.error));
      else settle();
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => settle(code === 0 ? undefined : new Error(`format worker exited with code ${code}`)));
  });
}

/**
 * `renderEntriesAlone` spread over up to `threads` threads (this one included): each takes
 * chunks of entries from a shared counter until none are left, so the work divides evenly
 * whenever each thread is ready. The result is the same HTML in the same order; entries a failed
 * worker took are formatted here, so a worker failure costs time, never entries. A thread is
 * only started for every `perThread` entries.
 */
export async function renderEntriesInParallel(
  items: readonly CslItem[],
  style: CslStyle,
  lang: string | undefined,
  threads: number = defaultThreads(),
  perThread: number = ENTRIES_PER_THREAD,
): Promise<EntryHtml[]> {
  const workerCount = Math.min(threads, Math.floor(items.length / perThread)) - 1;
  if (workerCount <= 0) return renderEntriesAlone(items, style, lang);
  const job: FormatJob = { items: items.map((item) => JSON.stringify(item)), style, lang, next: new SharedArrayBuffer(4), chunk: CHUNK };
  const htmls: Array<EntryHtml | undefined> = new Array<EntryHtml | undefined>(items.length).fill(undefined);
  const deliver = (start: number, chunk: readonly EntryHtml[]): void => chunk.forEach((html, i) => (htmls[start + i] = html));
  const workers = Array.from({ length: workerCount }, () => runFormatWorker(job, deliver));
  takeChunks(job, (start, end) => items.slice(start, end), deliver);
  await Promise.allSettled(workers);
  const missed = htmls.flatMap((html, i) => (html === undefined ? [i] : []));
  const redone = renderEntriesAlone(
    missed.map((i) => items[i] as CslItem),
    style,
    lang,
  );
  missed.forEach((index, j) => (htmls[index] = redone[j]));
  return htmls as EntryHtml[];
}
