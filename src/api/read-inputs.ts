import type { Diagnostic } from '../model/errors.js';
import type { SourceRecord } from '../model/record.js';
import { readRecords } from './prepare-records.js';
import type { InputText } from '../input/input-text.js';
import { readSources } from './read-sources.js';
import type { InputSpec } from '../input/input-text.js';

/** Normalized records from some inputs, with what the readers had to say. */
export interface ReadInputsResult {
  /** CSL-JSON items with their file and line, cleaned and given unique ids, in input order. */
  readonly records: SourceRecord[];
  /** Owner names the inputs declare (a plain list's first line), as "Family, Given". */
  readonly owners: string[];
  /** Every entry in every input, including those that could not be read. */
  readonly read: number;
  /** Entries folded into a duplicate (each has a `duplicate-merged` diagnostic). */
  readonly merged: number;
  readonly diagnostics: Diagnostic[];
  readonly sources: readonly InputText[];
}

/**
 * Reads and normalizes inputs — file paths, or `{ path, text }` where the path only names the
 * format and labels diagnostics — into CSL-JSON records. Formats and writes nothing.
 */
export async function readInputs(inputs: readonly InputSpec[]): Promise<ReadInputsResult> {
  const sources = await readSources(inputs, undefined);
  return { ...(await readRecords(sources)), sources };
}
