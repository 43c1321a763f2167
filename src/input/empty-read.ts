import type { Diagnostic } from '../errors.js';
import type { ReadResult } from './record.js';

/** The result of an input that yielded no entries, with the one diagnostic saying why. */
export function emptyRead(diagnostic: Diagnostic): ReadResult {
  return { records: [], diagnostics: [diagnostic], owners: [], entryCount: 0 };
}
