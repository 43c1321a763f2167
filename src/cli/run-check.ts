import type { CheckOptions } from '../api/check-files.js';
import { exitCodeFor } from './format-diagnostic.js';
import { printDiagnostics, reportJson, type OutputFlags } from './print-report.js';
import { checkSummary } from './summary-line.js';
import type { Io } from './terminal.js';

/** Runs a check, prints its diagnostics and summary, returns its exit code (1 on errors, or warnings under --strict). */
export async function runCheck(io: Io, options: CheckOptions, flags: OutputFlags & { readonly strict: boolean }): Promise<number> {
  const { check, documentDate } = await import('../api/check-files.js');
  const started = performance.now();
  // The date from the CLI's environment, not the process's: main() may run inside another process.
  const report = await check({ date: documentDate(io.env), ...options });
  printDiagnostics(io, report.diagnostics, report.sources, flags);
  if (flags.json) io.stdout(reportJson(report));
  else if (!flags.quiet)
    io.stderr(
      `${checkSummary(
        report,
        report.sources.map((s) => s.path),
        performance.now() - started,
      )}\n`,
    );
  const code = exitCodeFor(report.diagnostics, flags.strict);
  // Failed by --strict alone: say so, also under --quiet, which shows no warnings.
  if (code === 1 && exitCodeFor(report.diagnostics, false) === 0 && !flags.json) {
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
    io.stderr(`pubcv: --strict: ${warnings} ${warnings === 1 ? 'warning fails' : 'warnings fail'} the check\n`);
  }
  return code;
}
