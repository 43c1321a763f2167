import type { Diagnostic } from '../errors.js';
import { formatDiagnostic } from './format-diagnostic.js';

/** How many diagnostics of one code are printed before the rest are summarised. */
const SHOWN_PER_CODE = 3;

/**
 * Diagnostics for a terminal: errors always in full; a warning code that repeats (ten undated
 * entries) is shown a few times and then counted, unless `verbose`. `--json` keeps them all.
 */
export function diagnosticLines(diagnostics: readonly Diagnostic[], verbose: boolean): string[] {
  const lines: string[] = [];
  const seen = new Map<string, number>();
  for (const d of diagnostics) {
    const count = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, count);
    if (verbose || d.severity === 'error' || count <= SHOWN_PER_CODE) lines.push(formatDiagnostic(d));
  }
  if (!verbose) {
    for (const [code, count] of seen) {
      const hidden = diagnostics.filter((d) => d.code === code && d.severity !== 'error').length - SHOWN_PER_CODE;
      if (hidden > 0) lines.push(`... and ${hidden} more ${code} (--verbose shows all)`);
    }
  }
  return lines;
}
