import type { Diagnostic } from '../model/errors.js';
import type { InputText } from '../input/input-text.js';
import { caretColor, formatDiagnostic } from './format-diagnostic.js';
import { quoteSourceLine } from './quote-source.js';
import type { Paint } from './terminal.js';
import { FILTERED_OUT, filteredCounts, filteredPhrase } from '../select/select-records.js';

/** How many diagnostics of one code are printed before the rest are summarised. */
const SHOWN_PER_CODE = 3;

/** How diagnostics are shown on a terminal. */
export interface DiagnosticView {
  /** Every diagnostic, not a summary of repeated warnings. */
  readonly verbose: boolean;
  /** Only what fails the run: errors, and warnings when `strict`. */
  readonly quiet: boolean;
  /** Warnings fail the run (--strict), so `quiet` shows them: they are why it failed. */
  readonly strict?: boolean | undefined;
  readonly paint: Paint;
  /** Input texts, to quote the line a diagnostic points at. */
  readonly sources: readonly InputText[];
}

/** Whether `d` fails the run: an error, or under --strict a warning too. */
export function failsTheRun(d: Diagnostic, strict: boolean | undefined): boolean {
  return d.severity === 'error' || (strict === true && d.severity === 'warning');
}

/** The diagnostic's line and a caret under its column, like tsc; nothing when there is no line to show. */
function quoteLines(d: Diagnostic, view: DiagnosticView): string[] {
  if (d.file === undefined || d.line === undefined) return [];
  const source = view.sources.find((s) => s.path === d.file);
  const quoted = source && quoteSourceLine(source.text, d.line, d.column);
  if (!quoted) return [];
  const { dim } = view.paint;
  const pad = ' '.repeat(quoted.gutter.length);
  const lines = [`  ${dim(`${quoted.gutter} |`)} ${quoted.text}`];
  if (quoted.caretIndent !== undefined) lines.push(`  ${dim(`${pad} |`)} ${quoted.caretIndent}${caretColor(d.severity, view.paint)('^')}`);
  return lines;
}

/**
 * Diagnostics for a terminal: errors always in full, each with its source line; a warning code
 * that repeats (ten undated entries) is shown a few times and then counted, unless `verbose`.
 * `--json` keeps them all.
 */
export function diagnosticLines(diagnostics: readonly Diagnostic[], view: DiagnosticView): string[] {
  const lines: string[] = [];
  const seen = new Map<string, number>();
  const hidden = new Map<string, number>();
  for (const d of diagnostics) {
    if (view.quiet && !failsTheRun(d, view.strict)) continue;
    if (!view.verbose && d.code === FILTERED_OUT) continue;
    const count = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, count);
    if (view.verbose || d.severity === 'error' || count <= SHOWN_PER_CODE) lines.push(formatDiagnostic(d, view.paint), ...quoteLines(d, view));
    else hidden.set(d.code, (hidden.get(d.code) ?? 0) + 1);
  }
  for (const [code, count] of hidden) lines.push(`... and ${count} more ${code} (--verbose shows all)`);
  const filtered = view.verbose || view.quiet ? undefined : filteredSummary(diagnostics);
  if (filtered) lines.push(formatDiagnostic(filtered, view.paint));
  if (ENRICHABLE.some((code) => seen.has(code))) lines.push(view.paint.dim(ENRICH_HINT));
  return lines;
}

/**
 * The entries the filters left out, as one note that counts them by filter, instead of one note
 * per entry: "left out 40 entries: 38 by only-owner, 2 by since".
 */
function filteredSummary(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  const counts = filteredCounts(diagnostics);
  if (counts.size === 0) return undefined;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    severity: 'info',
    code: FILTERED_OUT,
    message: `left out ${total} ${total === 1 ? 'entry' : 'entries'}: ${filteredPhrase(counts)} (--verbose lists each)`,
  };
}

/** Warnings `pubcv enrich` can answer: a list without years or venues should learn that it exists. */
const ENRICHABLE = ['missing-date', 'missing-venue'];

const ENRICH_HINT = 'hint: `pubcv enrich` looks up missing years and venues in Crossref, OpenAlex, DBLP and arXiv and keeps them in pubcv.lock.json';
