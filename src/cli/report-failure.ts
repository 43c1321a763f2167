import { readFileSync } from 'node:fs';
import { UserError } from '../model/errors.js';
import { ConfigError } from '../text/config-error.js';
import { formatDiagnostic } from './format-diagnostic.js';
import { printDiagnostics } from './print-report.js';
import type { Io } from './terminal.js';
import { showControls } from './visible-text.js';

/** A usage mistake yargs found (unknown flag, missing argument): exit 2. */
export class UsageError extends Error {}

/** Where bugs are reported: package.json's `bugs`, read only when there is one to report. */
function issuesUrl(): string | undefined {
  try {
    const bugs = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bugs?: unknown }).bugs;
    const url = typeof bugs === 'string' ? bugs : (bugs as { url?: unknown } | undefined)?.url;
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Prints a failed run's reason and returns its exit code: 2 usage, 1 input, 3 a bug. A bug (an
 * InternalError or any exception no one expected) is one line asking for a report; its stack is
 * printed only when PUBCV_DEBUG is set, because a user needs the request, a maintainer the stack.
 */
export function reportFailure(io: Io, error: unknown): number {
  if (error instanceof UsageError) {
    io.stderr(`pubcv: ${showControls(error.message)}\nRun pubcv --help for usage.\n`);
    return 2;
  }
  if (error instanceof ConfigError) {
    // Every problem in the file at once, each with its line quoted (and, in GitHub Actions, marked
    // on its line of the pull request): one edit-and-rerun fixes them all.
    printDiagnostics(io, error.diagnostics, [error.source], { json: false, quiet: false, verbose: true });
    return error.exitCode;
  }
  if (error instanceof UserError) {
    io.stderr(`${formatDiagnostic(error.diagnostic)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  const where = issuesUrl();
  io.stderr(`pubcv: internal error: ${showControls(message)} — please report it${where ? ` at ${where}` : ''} with the input that caused it\n`);
  const debug = io.env.PUBCV_DEBUG;
  if (debug !== undefined && debug !== '' && debug !== '0' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 3;
}
