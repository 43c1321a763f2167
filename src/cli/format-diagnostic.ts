import type { Diagnostic, Severity } from '../model/errors.js';
import { paintFor, type Paint } from './terminal.js';
import { showControls } from './visible-text.js';

/** Each severity's colour (a Record, so a new severity cannot be left without one). */
const SEVERITY_COLORS: Record<Severity, (paint: Paint) => (s: string) => string> = {
  error: (paint) => (s) => paint.bold(paint.red(s)),
  warning: (paint) => (s) => paint.bold(paint.yellow(s)),
  info: (paint) => (s) => paint.bold(paint.cyan(s)),
};

function severityColor(severity: Severity, paint: Paint): (s: string) => string {
  return SEVERITY_COLORS[severity](paint);
}

/** `file:line:col: severity code: message [entry]`, the form editors and CI logs link from. */
export function formatDiagnostic(d: Diagnostic, paint: Paint = paintFor(false)): string {
  const position = d.line !== undefined ? `:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : '';
  const where = d.file ? `${paint.bold(`${showControls(d.file)}${position}`)}: ` : '';
  const entry = d.entry ? ` [${showControls(d.entry)}]` : '';
  return `${where}${severityColor(d.severity, paint)(d.severity)} ${paint.dim(d.code)}: ${showControls(d.message)}${entry}`;
}

/** The caret's colour: the severity's. */
export function caretColor(severity: Severity, paint: Paint): (s: string) => string {
  return severityColor(severity, paint);
}

/** Exit code for a finished run: 1 when an entry failed (or a warning, under --strict). */
export function exitCodeFor(diagnostics: readonly Diagnostic[], strict: boolean): 0 | 1 {
  const failing = diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
  return failing ? 1 : 0;
}
