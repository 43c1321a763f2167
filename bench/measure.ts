import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One timed run of a command. */
export interface Sample {
  readonly seconds: number;
  /** Peak resident memory of the child in MB, when /usr/bin/time can tell. */
  readonly peakMb: number | undefined;
}

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

/**
 * Runs a command to completion and times it by the wall clock. Peak memory comes from
 * /usr/bin/time's maximum resident set size. A failing command stops the benchmark: a timing
 * of a failed build means nothing.
 */
export function timeCommand(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): Sample {
  const argv = hasTime ? ['-f', '__peak_kb=%M', command, ...args] : [...args];
  const started = performance.now();
  const result = spawnSync(hasTime ? TIME : command, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr.slice(-2000)}`);
  }
  const peak = /__peak_kb=(\d+)/.exec(result.stderr ?? '');
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : undefined };
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Medians of a run's samples: seconds, and the highest peak memory seen. */
export interface Summary {
  readonly seconds: number;
  readonly peakMb: number | undefined;
  readonly runs: number;
}

/** Summarises samples: median time, maximum peak memory. */
export function summarize(samples: readonly Sample[]): Summary {
  const peaks = samples.map((s) => s.peakMb).filter((p): p is number => p !== undefined);
  return { seconds: median(samples.map((s) => s.seconds)), peakMb: peaks.length > 0 ? Math.max(...peaks) : undefined, runs: samples.length };
}

/** True when a command can be run. */
export function commandExists(command: string): boolean {
  return spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * Starts several commands at once and times them by the wall clock until the last one has
 * finished: what the machine's cores do together. Peak memory is the largest of any one.
 */
export async function timeCommandsTogether(
  commands: ReadonlyArray<{ command: string; args: readonly string[] }>,
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Sample> {
  const started = performance.now();
  const peaks = await Promise.all(commands.map(({ command, args }) => runToEnd(command, args, options)));
  const seconds = (performance.now() - started) / 1000;
  const known = peaks.filter((p): p is number => p !== undefined);
  return { seconds, peakMb: known.length > 0 ? Math.max(...known) : undefined };
}

/** Runs one command (under /usr/bin/time when there is one); resolves with its peak memory in MB. */
function runToEnd(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<number | undefined> {
  const argv = hasTime ? ['-f', '__peak_kb=%M', command, ...args] : [...args];
  return new Promise((resolve, reject) => {
    const child = spawn(hasTime ? TIME : command, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) {
        reject(new Error(`${command} ${args.join(' ')} failed (exit ${status}):\n${stderr.slice(-2000)}`));
        return;
      }
      const peak = /__peak_kb=(\d+)/.exec(stderr);
      resolve(peak ? Number(peak[1]) / 1024 : undefined);
    });
  });
}
