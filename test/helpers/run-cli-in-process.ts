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

/**
 * Runs the built CLI's main() in this process, as runCli runs it in a child:
 * same environment (SOURCE_DATE_EPOCH fixed), stdout and stderr captured, the exit code returned.
 * No process start, and citeproc, the fonts and the writers load once per test file. The working
 * folder is this process's, which main() cannot be given: so only for commands whose paths do not
 * depend on it, run from the repository's root (as npm test does); runCli takes a `cwd`.
 */
export async function runCliInProcess(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  if (process.cwd() !== repoRoot) throw new Error(`runCliInProcess runs from the repository's root (${repoRoot}), not ${process.cwd()}`);
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
  const status = await (await builtMain())(args, io);
  return { status, stdout, stderr };
}
