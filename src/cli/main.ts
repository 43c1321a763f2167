import yargs from 'yargs';
import { STDIN_ARGUMENT } from './commands/arguments.js';
import type { Command } from './commands/command.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { enrichCommand } from './commands/enrich.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { previewCommand } from './commands/preview.js';
import { stylesCommand } from './commands/styles.js';
import { reportFailure, UsageError } from './report-failure.js';
import { skipHelpCaching } from './skip-help-caching.js';
import { processIo, type Io } from './terminal.js';

// Only yargs and these small modules load at start-up: each command imports what it needs
// (citeproc, pdfkit, docx, chokidar) when it runs, so `pubcv --help` stays instant.

/** The commands, in the order `pubcv --help` lists them; the first is also the default. */
const COMMANDS: readonly Command[] = [buildCommand, checkCommand, enrichCommand, importCommand, initCommand, stylesCommand, previewCommand];

/** Runs the command line and returns the exit code; the only place that decides how pubcv exits. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const exit = (code: number) => {
    exitCode = code;
  };
  const global = yargs(argv.map((arg) => (arg === '-' ? STDIN_ARGUMENT : arg)))
    .scriptName('pubcv')
    .usage('$0 <command> [options]\n\nTurn your publications into the publication section of a CV (PDF, DOCX, HTML).')
    .option('verbose', { type: 'boolean', default: false, global: true, describe: 'print every diagnostic, not a summary of repeated ones' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, global: true, describe: 'print errors only: no warnings, progress or summary' })
    .check((args) => !(args.quiet && args.verbose) || '--quiet and --verbose cannot be used together');
  const parser = COMMANDS.reduce((y, add) => add(y, io, exit), global)
    .strict()
    .help()
    .alias('help', 'h')
    .version()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((message, error: unknown) => {
      // yargs' own validation failures arrive as a YError, and a `.check` that returns a message
      // arrives as that message (a string): both are usage errors (exit 2). An error a command
      // threw comes back here too and goes on as it is.
      if (error instanceof Error && error.name !== 'YError') throw error;
      throw new UsageError(message ?? (error instanceof Error ? error.message : String(error ?? 'invalid arguments')));
    });

  skipHelpCaching(parser);
  try {
    await parser.parseAsync();
    return exitCode;
  } catch (error) {
    return reportFailure(io, error);
  }
}
