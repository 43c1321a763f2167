import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One timed run of a command. */
export interface Sample {
  readonly seconds: number;
  /** CPU time (user + system, every thread) in seconds, when /usr/bin/time can tell. */
  readonly cpu?: number | undefined;
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
  const argv = hasTime ? ['-f', TIME_FORMAT, command, ...args] : [...args];
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
  return { seconds, ...fromTime(result.stderr ?? '') };
}

/** What /usr/bin/time prints after the command's own stderr. */
const TIME_FORMAT = '__peak_kb=%M __cpu=%U+%S';

/** Peak memory and CPU time from /usr/bin/time's line. */
function fromTime(stderr: string): { peakMb: number | undefined; cpu: number | undefined } {
  const peak = /__peak_kb=(\d+)/.exec(stderr);
  const cpu = /__cpu=([\d.]+)\+([\d.]+)/.exec(stderr);
  return { peakMb: peak ? Number(peak[1]) / 1024 : undefined, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined };
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Medians of a run's samples: seconds, CPU seconds, and the highest peak memory seen. */
export interface Summary {
  readonly seconds: number;
  readonly cpu?: number | undefined;
  readonly peakMb: number | undefined;
  readonly runs: number;
}

/** Summarises samples: median time, maximum peak memory. */
export function summarize(samples: readonly Sample[]): Summary {
  const peaks = samples.map((s) => s.peakMb).filter((p): p is number => p !== undefined);
  const cpus = samples.map((s) => s.cpu).filter((c): c is number => c !== undefined);
  return {
    seconds: median(samples.map((s) => s.seconds)),
    cpu: cpus.length === samples.length && cpus.length > 0 ? median(cpus) : undefined,
    peakMb: peaks.length > 0 ? Math.max(...peaks) : undefined,
    runs: samples.length,
  };
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
  const runs = await Promise.all(commands.map(({ command, args }) => runToEnd(command, args, options)));
  const seconds = (performance.now() - started) / 1000;
  const known = runs.map((r) => r.peakMb).filter((p): p is number => p !== undefined);
  const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== undefined);
  return {
    seconds,
    cpu: cpus.length === runs.length ? cpus.reduce((a, b) => a + b, 0) : undefined,
    peakMb: known.length > 0 ? Math.max(...known) : undefined,
  };
}

/** Runs one command (under /usr/bin/time when there is one); resolves with its peak memory in MB and CPU seconds. */
function runToEnd(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ peakMb: number | undefined; cpu: number | undefined }> {
  const argv = hasTime ? ['-f', TIME_FORMAT, command, ...args] : [...args];
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
      resolve(fromTime(stderr));
    });
  });
}
