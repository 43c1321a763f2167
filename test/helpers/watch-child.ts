import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './run-cli.js';

/** How long one expected line of a watch may take to appear. */
export const STEP_TIMEOUT_MS = 30_000;

/** A `pubcv build --watch` running in a child process, read through its stderr. */
export interface WatchChild {
  /** Waits until stderr, from `from` on, matches `pattern`; returns where the match ends. */
  waitFor(pattern: RegExp, from: number): Promise<number>;
  /** True while the process has not exited. */
  running(): boolean;
  /** Everything printed on stderr so far. */
  stderr(): string;
  /** Sends SIGTERM once (a second one would kill the watch mid-shutdown) and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the built CLI with `args` (which must include --watch) in `cwd`. */
export function startWatch(cwd: string, args: readonly string[]): WatchChild {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/pubcv.js'), ...args], {
    cwd,
    env: { ...process.env, GITHUB_ACTIONS: '', FORCE_COLOR: '', NO_COLOR: '' },
  });
  let stderr = '';
  let exited: number | null | undefined;
  let stopping = false;
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exited = code))));
  return {
    async waitFor(pattern, from) {
      const deadline = Date.now() + STEP_TIMEOUT_MS;
      while (Date.now() < deadline) {
        const match = pattern.exec(stderr.slice(from));
        if (match) return from + match.index + match[0].length;
        if (exited !== undefined) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no ${pattern} in:\n${stderr.slice(from)}`);
    },
    running: () => exited === undefined,
    stderr: () => stderr,
    stop() {
      if (!stopping) child.kill('SIGTERM');
      stopping = true;
      return exit;
    },
  };
}
