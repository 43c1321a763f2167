import type { Diagnostic } from '../errors.js';

/** `file:line:col severity code: message [entry]`, the form editors and CI logs link from. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line !== undefined ? `:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : ''}: ` : '';
  const entry = d.entry ? ` [${d.entry}]` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}${entry}`;
}

/** Exit code for a finished run: 1 when an entry failed (or a warning, under --strict). */
export function exitCodeFor(diagnostics: readonly Diagnostic[], strict: boolean): 0 | 1 {
  const failing = diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
  return failing ? 1 : 0;
}
