import type { Diagnostic } from '../model/errors.js';
import { findLock } from '../enrich/find-lock.js';
import { oldCitationCounts } from '../enrich/citation-age.js';
import { documentDate } from './document-date.js';
export { documentDate };
import { checkInputs } from './prepare-records.js';
import { peopleNames, readPeopleFile } from './people-names.js';
import type { EntryCounts } from '../model/record.js';
import { inputsOrExample, readSources } from './read-sources.js';
import { resolveSettings } from '../config/resolve-settings.js';
import type { InputText } from '../input/input-text.js';
import type { SettingsLayer } from '../config/settings.js';

/** The settings a check uses (filters and sections, so the counts match the build's; the lock, the overrides and the people to mark), and standard input's text. */
export type CheckOptions = Pick<SettingsLayer, 'inputs' | 'names' | 'owner' | 'people' | 'selection' | 'lock' | 'citations' | 'overrides'> & {
  /** YYYY-MM-DD counts' ages are measured to; default from SOURCE_DATE_EPOCH, else today (UTC). */
  readonly date?: string;
  /** Text of standard input, when an input is '-'. */
  readonly stdin?: string;
};

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
  const settings = resolveSettings({
    inputs: options.inputs,
    names: options.names,
    owner: options.owner,
    people: options.people,
    selection: options.selection,
    lock: options.lock,
    citations: options.citations,
    overrides: options.overrides,
  });
  const sources = await readSources(inputsOrExample(settings.inputs), options.stdin);
  const lock = await findLock(settings.lock, settings.inputs);
  const people = peopleNames(settings.people, await readPeopleFile(settings.people.file));
  const result = await checkInputs(sources, settings, { lock, people: people.value });
  result.diagnostics.unshift(...people.diagnostics);
  const old = lock ? oldCitationCounts(lock, options.date ?? documentDate(), settings.citations.maxAge) : [];
  return { entries: result.entries, diagnostics: [...result.diagnostics, ...old], sources };
}
