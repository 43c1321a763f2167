import { UserError } from '../model/errors.js';
import { ConfigError } from '../text/config-error.js';
import { formatDiagnostic } from './format-diagnostic.js';
import { printDiagnostics } from './print-report.js';
import type { Io } from './terminal.js';
import { showControls } from './visible-text.js';

/** A usage mistake yargs found (unknown flag, missing argument): exit 2. */
export class UsageError extends Error {}

/** Prints a failed run's reason and returns its exit code: 2 usage, 1 input, 3 a bug (with the stack). */
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
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`pubcv: internal error — this is a bug, please report it with the input that caused it.\n${stack}\n`);
  return 3;
}
