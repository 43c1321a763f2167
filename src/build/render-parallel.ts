import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CslItem } from '../input/record.js';
import { renderEntriesAlone } from './csl-engine.js';
import type { CslStyle } from './csl-style.js';
import { takeChunks, type FormatJob, type FormatReply, type FormatWorkerData } from './format-worker.js';

/**
 * The worker's module next to this one. Compiled, it is plain JavaScript; run from TypeScript
 * sources (the tests, under tsx) a worker does not inherit tsx's loader, so a one-line module
 * registers tsx first and then imports the worker.
 */
function workerUrl(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./format-worker.js', import.meta.url);
  const worker = new URL('./format-worker.ts', import.meta.url).href;
  const code = `const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/**
 * Entries each thread should have before another one is worth starting: a worker spends
 * about 0.3 s loading citeproc and building its engine, the time of about 100 APA entries.
 */
export const ENTRIES_PER_THREAD = 150;

/** Entries a thread takes at a time: small enough to share out evenly, large enough to be cheap. */
const CHUNK = 16;

/** Threads to format with when not told: one per core. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Runs one worker thread over the job; settles when it says it has finished (or fails or exits),
 * having delivered what it did, and never waits on a worker that lingers after its work.
 */
export function runFormatWorker(job: FormatJob, deliver: (start: number, htmls: string[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), { workerData: { pubcvFormatJob: job } satisfies FormatWorkerData });
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
): Promise<string[]> {
  const workerCount = Math.min(threads, Math.floor(items.length / perThread)) - 1;
  if (workerCount <= 0) return renderEntriesAlone(items, style, lang);
  const job: FormatJob = { items, style, lang, next: new SharedArrayBuffer(4), chunk: CHUNK };
  const htmls: Array<string | undefined> = new Array<string | undefined>(items.length).fill(undefined);
  const deliver = (start: number, chunk: readonly string[]): void => chunk.forEach((html, i) => (htmls[start + i] = html));
  const workers = Array.from({ length: workerCount }, () => runFormatWorker(job, deliver));
  takeChunks(job, deliver);
  await Promise.allSettled(workers);
  const missed = htmls.flatMap((html, i) => (html === undefined ? [i] : []));
  const redone = renderEntriesAlone(missed.map((i) => items[i] as CslItem), style, lang);
  missed.forEach((index, j) => (htmls[index] = redone[j]));
  return htmls as string[];
}
