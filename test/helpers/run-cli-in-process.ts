import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../../src/cli/terminal.js';
import { type CliResult, repoRoot } from './run-cli.js';

type Main = typeof import('../../src/cli/main.js').main;
let loaded: Promise<Main> | undefined;

/** The built CLI's main(), the one bin/pubcv.js runs (`npm run build` first, as npm test's pretest does). */
function builtMain(): Promise<Main> {
  loaded ??= import(pathToFileURL(join(repoRoot, 'dist', 'bundle', 'main.js')).href).then((module: { main: Main }) => module.main);
  return loaded;
}

// The working folder is the process's: calls take turns, each in its own folder.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the built CLI's main() in this process, as runCli runs it in a child:
 * same environment (SOURCE_DATE_EPOCH fixed), stdout and stderr captured, the exit code returned.
 * No process start, and citeproc, the fonts and the writers load once per test file.
 *
 * `cwd` (default: the repository's root) is the working folder main() runs in: this process
 * changes to it for the call and back after it, and calls wait for each other, so a test file
 * must not read relative paths while a call runs. Without `cwd` the test process must already be
 * at the repository's root (as npm test runs it), so that a relative path means the same as in
 * runCli.
 */
export function runCliInProcess(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  const run = queue.then(() => runInFolder(args, options));
  queue = run.catch(() => undefined);
  return run;
}

async function runInFolder(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string }): Promise<CliResult> {
  const home = process.cwd();
  if (options.cwd === undefined && home !== repoRoot) throw new Error(`runCliInProcess runs from the repository's root (${repoRoot}), not ${home}`);
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => options.input ?? '',
    stderrIsTTY: false,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', ...options.env },
  };
  const main = await builtMain();
  if (options.cwd !== undefined) process.chdir(options.cwd);
  try {
    return { status: await main(args, io), stdout, stderr };
  } finally {
    process.chdir(home);
  }
}
