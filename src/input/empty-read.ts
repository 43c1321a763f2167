import type { Diagnostic } from '../model/errors.js';
import type { ReadResult } from '../model/record.js';

/** The result of an input that yielded no entries, with the one diagnostic saying why. */
export function emptyRead(diagnostic: Diagnostic): ReadResult {
  return { records: [], diagnostics: [diagnostic], owners: [], entryCount: 0 };
}
