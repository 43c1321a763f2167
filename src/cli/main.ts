import yargs from 'yargs';
import { UserError, type Diagnostic } from '../errors.js';
import type { HighlightStyle } from '../model/index.js';
import { exitCodeFor, formatDiagnostic } from './format-diagnostic.js';
import { diagnosticLines } from './print-diagnostics.js';
import { parseFormats } from './parse-formats.js';

const HIGHLIGHTS: readonly HighlightStyle[] = ['bold', 'underline', 'italic', 'bold-underline'];

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[], verbose: boolean): void {
  for (const line of diagnosticLines(diagnostics, verbose)) io.stderr(`${line}\n`);
}

/** Runs the command line and returns the exit code; the only place that decides how pubcv exits. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const parser = yargs([...argv])
    .scriptName('pubcv')
    .usage('$0 <command> [options]\n\nTurn your publications into the publication section of a CV (PDF, DOCX, HTML).')
    .command(
      ['build [inputs..]', '$0 [inputs..]'],
      'build the publication list (no inputs: the bundled example)',
      (y) =>
        y
          .positional('inputs', { type: 'string', array: true, describe: '.bib .bibtex .json .yaml .yml .txt files, - for stdin' })
          .option('name', { alias: 'n', type: 'string', array: true, describe: 'the owner, "Family, Given"; repeat for aliases' })
          .option('style', { alias: 's', type: 'string', default: 'apa', describe: 'CSL style name (apa, vancouver, harvard1) or .csl file' })
          .option('format', { alias: 'f', type: 'string', default: 'pdf,docx,html', describe: 'comma list of pdf,docx,html' })
          .option('out', { alias: 'o', type: 'string', default: 'output', describe: 'output folder' })
          .option('highlight', { choices: HIGHLIGHTS, default: 'bold' as HighlightStyle, describe: "how the owner's name is drawn" })
          .option('lang', { type: 'string', describe: 'CSL locale, e.g. en-US, de-DE' })
          .option('json', { type: 'boolean', default: false, describe: 'print the build report as JSON on stdout' })
          .option('strict', { type: 'boolean', default: false, describe: 'warnings fail the build (exit 1)' }),
      async (args) => {
        const { build } = await import('../build-files.js');
        const inputs = args.inputs ?? [];
        const report = await build({
          inputs,
          ...(inputs.includes('-') ? { stdin: await io.readStdin() } : {}),
          ...(args.name ? { names: args.name } : {}),
          style: args.style,
          formats: parseFormats(args.format),
          out: args.out,
          highlight: args.highlight,
          ...(args.lang ? { lang: args.lang } : {}),
        });
        printDiagnostics(io, report.diagnostics, args.verbose === true);
        if (args.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        else if (report.outputs.length > 0) {
          const { rendered, read } = report.entries;
          io.stderr(`pubcv: ${rendered} of ${read} entries -> ${report.outputs.join(', ')}\n`);
        }
        exitCode = report.outputs.length === 0 ? 1 : exitCodeFor(report.diagnostics, args.strict);
      },
    )
    .command(
      'check [inputs..]',
      'validate inputs: diagnostics and exit code, no files written',
      (y) =>
        y
          .positional('inputs', { type: 'string', array: true })
          .option('name', { alias: 'n', type: 'string', array: true, describe: 'the owner, "Family, Given"' })
          .option('json', { type: 'boolean', default: false, describe: 'print the report as JSON on stdout' })
          .option('strict', { type: 'boolean', default: false, describe: 'warnings fail the check (exit 1)' }),
      async (args) => {
        const { check } = await import('../check-files.js');
        const inputs = args.inputs ?? [];
        const report = await check({
          inputs,
          ...(inputs.includes('-') ? { stdin: await io.readStdin() } : {}),
          ...(args.name ? { names: args.name } : {}),
        });
        printDiagnostics(io, report.diagnostics, args.verbose === true);
        if (args.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        else io.stderr(`pubcv: ${report.entries.rendered} of ${report.entries.read} entries readable\n`);
        exitCode = exitCodeFor(report.diagnostics, args.strict);
      },
    )
    .command(
      'styles [query]',
      'list the CSL styles available offline',
      (y) => y.positional('query', { type: 'string' }),
      async (args) => {
        const { bundledStyleNames } = await import('../build/csl-style.js');
        const query = (args.query ?? '').toLowerCase();
        for (const name of bundledStyleNames().filter((n) => n.includes(query))) io.stdout(`${name}\n`);
      },
    )
    .option('verbose', { type: 'boolean', default: false, global: true, describe: 'print every diagnostic, not a summary of repeated ones' })
    .strict()
    .help()
    .alias('help', 'h')
    .version()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(message);
    });

  try {
    await parser.parseAsync();
    return exitCode;
  } catch (error) {
    return reportFailure(io, error);
  }
}

class UsageError extends Error {}

function reportFailure(io: Io, error: unknown): number {
  if (error instanceof UsageError) {
    io.stderr(`pubcv: ${error.message}\nRun pubcv --help for usage.\n`);
    return 2;
  }
  if (error instanceof UserError) {
    io.stderr(`${formatDiagnostic(error.diagnostic)}\n`);
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`pubcv: internal error — this is a bug, please report it with the input that caused it.\n${stack}\n`);
  return 3;
}
