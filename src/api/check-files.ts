import type { Selection } from '../select/selection-settings.js';
import type { Diagnostic } from '../model/errors.js';
import { findLock } from '../enrich/find-lock.js';
import { checkInputs } from './prepare-records.js';
import type { EntryCounts } from '../model/record.js';
import type { InputText } from '../input/input-text.js';
import { inputsOrExample, readSources } from './read-sources.js';
import type { InputSpec } from '../input/input-text.js';

export interface CheckOptions {
  /** Input files ('-' reads `stdin`) or texts. Empty: the bundled example. */
  readonly inputs?: readonly InputSpec[];
  /** Text of standard input, when an input is '-'. */
  readonly stdin?: string;
  readonly names?: readonly string[];
  /** Filters and sections, so the counts match the build's: filtered-out entries are skipped. */
  readonly selection?: Selection;
  /** The lock file that fills what entries lack, as a build's `lock` option. */
  readonly lock?: string | false;
}

/** What a check found; `--json` prints all of it but `sources`. */
export interface CheckReport {
  readonly entries: EntryCounts;
  readonly diagnostics: Diagnostic[];
  /** The input texts as read, so a caller can quote the line a diagnostic points at. */
  readonly sources: readonly InputText[];
}

/**
 * Reads and validates the inputs without formatting or writing anything. Loads no citeproc,
 * PDF or DOCX code, so it stays fast enough to run on every save.
 */
export async function check(options: CheckOptions = {}): Promise<CheckReport> {
  const sources = await readSources(inputsOrExample(options.inputs), options.stdin);
  const lock = await findLock(options.lock, options.inputs);
  const result = checkInputs(sources, options.names, options.selection, lock);
  return { entries: result.entries, diagnostics: result.diagnostics, sources };
}
