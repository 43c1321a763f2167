import { UserError } from '../model/errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../render/writers.js';

/** "pdf,html" -> ['pdf', 'html']; an unknown format, or none, is a usage error. */
export function parseFormats(list: string): OutputFormat[] {
  const names = list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  if (names.length === 0) {
    const message = `--format lists no format (available: ${OUTPUT_FORMATS.join(', ')})`;
    throw new UserError(message, { severity: 'error', code: 'unknown-format', message }, 2);
  }
  const formats: OutputFormat[] = [];
  for (const name of names) {
    const format = OUTPUT_FORMATS.find((f) => f === name);
    if (!format) {
      const message = `unknown format "${name}" (available: ${OUTPUT_FORMATS.join(', ')})`;
      throw new UserError(message, { severity: 'error', code: 'unknown-format', message }, 2);
    }
    if (!formats.includes(format)) formats.push(format);
  }
  return formats;
}
