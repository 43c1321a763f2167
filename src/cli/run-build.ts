import { appendFile } from 'node:fs/promises';
import type { BuildOptions } from '../api/build-files.js';
import { exitCodeFor } from './format-diagnostic.js';
import { jobSummary } from './job-summary.js';
import { printDiagnostics, reportJson, type OutputFlags } from './print-report.js';
import { startProgress } from './progress-line.js';
import { buildSummary } from './summary-line.js';
import type { Io } from './terminal.js';

/** The build command's flags, as parsed. */
export interface BuildFlags extends OutputFlags {
  readonly strict: boolean;
  /** A file to append the build's Markdown summary to (GitHub's $GITHUB_STEP_SUMMARY). */
  readonly summary?: string | undefined;
}

/** Runs one build with a progress line, prints its diagnostics and summary, returns its exit code. */
export async function runBuild(io: Io, options: BuildOptions, flags: BuildFlags): Promise<number> {
  const { build, documentDate } = await import('../api/build-files.js');
  const started = performance.now();
  const progress = startProgress(io.stderr, io.stderrIsTTY && !flags.quiet);
  let report: Awaited<ReturnType<typeof build>>;
  try {
    // The date from the CLI's environment, not the process's: main() may run inside another process.
    report = await build({
      date: documentDate(io.env),
      ...options,
      ...(flags.strict ? { strict: true } : {}),
      onProgress: (stage, detail) => progress.update(`${stage} ${detail}`),
    });
  } finally {
    progress.stop();
  }
  printDiagnostics(io, report.diagnostics, report.sources, flags);
  if (flags.summary) await appendFile(flags.summary, jobSummary(report, options.output ?? 'output'));
  if (flags.json) io.stdout(reportJson(report));
  else if (!flags.quiet) io.stderr(`${buildSummary(report, performance.now() - started)}\n`);
  return report.outputs.length === 0 ? 1 : exitCodeFor(report.diagnostics, flags.strict);
}
