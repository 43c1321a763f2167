import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../model/errors.js';
import type { InputText } from '../input/input-text.js';
import { annotationLine, inGithubActions } from './github-annotations.js';
import { diagnosticLines, failsTheRun } from './print-diagnostics.js';
import { paintFor, stderrHasColor, type Io } from './terminal.js';

/** The output flags every command shares. */
export interface OutputFlags {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
  /** --strict: warnings fail the run, so --quiet still prints them. */
  readonly strict?: boolean | undefined;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The texts the diagnostics' lines are quoted from: the inputs as the command read them, and each
 * other file a diagnostic points into (the config, marks or people file), read now. One that
 * cannot be read is not quoted; its diagnostics still name its file and line.
 */
function quotableTexts(diagnostics: readonly Diagnostic[], sources: readonly InputText[]): readonly InputText[] {
  const known = new Set(sources.map((s) => s.path));
  const more: InputText[] = [];
  for (const d of diagnostics) {
    if (d.file === undefined || d.line === undefined || known.has(d.file)) continue;
    known.add(d.file);
    try {
      more.push({ path: d.file, text: readFileSync(d.file, 'utf8') });
    } catch {
      // Gone or unreadable since the build read it: the message alone says where.
    }
  }
  return more.length > 0 ? [...sources, ...more] : sources;
}

/**
 * Prints diagnostics for people on stderr (with the source line), and in GitHub Actions also as
 * workflow commands that mark the line in the pull request: on stdout, or on stderr (which the
 * runner reads as well) when stdout carries the JSON report.
 */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[], sources: readonly InputText[], flags: OutputFlags): void {
  const view = {
    verbose: flags.verbose,
    quiet: flags.quiet,
    strict: flags.strict,
    paint: paintFor(stderrHasColor(io)),
    sources: quotableTexts(diagnostics, sources),
  };
  for (const line of diagnosticLines(diagnostics, view)) io.stderr(`${line}\n`);
  if (!inGithubActions(io.env)) return;
  const write = flags.json ? io.stderr : io.stdout;
  // GitHub shows only the first few annotations of each kind per step: errors go first.
  const shown = diagnostics.filter((d) => !flags.quiet || failsTheRun(d, flags.strict));
  const ordered = [...shown].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  for (const d of ordered) write(`${annotationLine(d, io.env)}\n`);
}

/** The report as `--json` prints it: everything but the input texts. */
export function reportJson(report: { sources: readonly InputText[] }): string {
  const fields = Object.fromEntries(Object.entries(report).filter(([key]) => key !== 'sources'));
  return `${JSON.stringify(fields, null, 2)}\n`;
}
