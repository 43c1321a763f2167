import { groupSections, type SectionPlan } from '../select/group-sections.js';
import { neutralizeSentinels } from '../format/neutralize-sentinels.js';
import { selectRecords } from '../select/select-records.js';
import type { SectionOutline } from '../assemble/assemble-document.js';
import type { Diagnostic, Result } from '../model/errors.js';
import { applyLockToRecords } from '../enrich/apply-lock.js';
import type { LoadedLock } from '../enrich/lock-entries.js';
import { readInputTexts } from '../input/read-input.js';
import type { EntryCounts, RecordsResult, SourceRecord } from '../model/record.js';
import { normalizeRecords } from '../normalize/normalize-records.js';
import { markOwnerNames, type MarkedOwner } from '../owner/mark-owner-names.js';
import { markPeople, type PeopleMarks } from '../owner/mark-people.js';
import { ownerKey } from '../owner/owner-match.js';
import { keepOwnerEntries } from '../select/keep-owner-entries.js';
import { parseOwnerName, type OwnerName } from '../owner/owner-name.js';
import type { OwnerRules } from '../model/settings.js';
import type { Settings } from '../config/settings.js';
import { applyOverrides } from '../select/apply-overrides.js';
import { articlesAtConferences } from '../select/article-at-conference.js';
import type { InputText } from '../input/input-text.js';
import { ENGLISH_MESSAGES, type Messages } from '../model/messages.js';

// The stages before citeproc live apart from pipeline.ts so that `check` and `readInputs`
// never load citeproc, pdfkit or docx: a check on a small file should feel instant.

/** read -> normalize: every input through its reader, then names, text, ids and missing fields. Pure. */
export async function readRecords(inputs: readonly InputText[]): Promise<RecordsResult> {
  // Read together: BibTeX inputs share @string macros and crossref targets in command-line order.
  const result = await readInputTexts(inputs);
  const normalized = normalizeRecords(result.records);
  const diagnostics = [...result.diagnostics, ...normalized.diagnostics];
  return { records: normalized.value, owners: result.owners, read: result.entryCount, merged: normalized.merged, diagnostics };
}

function ownersFrom(names: readonly string[]): OwnerName[] {
  return names.map(parseOwnerName).filter((n): n is OwnerName => n !== undefined);
}

const sameName = (a: OwnerName, b: OwnerName): boolean => JSON.stringify(ownerKey(a)) === JSON.stringify(ownerKey(b));

/** Records ready for citeproc: filtered, grouped and sorted, with the owner tagged. */
export interface PreparedRecords {
  /** In document order: section by section. */
  readonly records: SourceRecord[];
  /** The sections, with the keys their numbering prefixes are given under. */
  readonly sections: ReadonlyArray<SectionOutline & { readonly key: string }>;
  readonly owners: OwnerName[];
  /** The people to mark (`people:`) found in each entry. */
  readonly people: PeopleMarks;
  readonly read: number;
  /** Entries folded into a duplicate. */
  readonly merged: number;
  readonly diagnostics: Diagnostic[];
}

/** The settings that decide which records are listed, how they are grouped, and whose names are marked. */
export type RecordSettings = Pick<Settings, 'names' | 'owner' | 'selection' | 'overrides'>;

/** What a build or check loaded for the records: the lock, the catalogue (section titles), the people's names (`peopleNames`). */
export interface LoadedForRecords {
  /** `pubcv enrich`'s pubcv.lock.json; undefined: none. */
  readonly lock: LoadedLock | undefined;
  readonly messages: Messages;
  readonly people: ReadonlyArray<readonly string[]>;
}

/**
 * read -> normalize -> fill from the lock (`pubcv enrich`'s pubcv.lock.json, when given) -> the
 * config's corrections (`overrides`) -> select ->
 * group and sort -> owner marking: everything before citeproc. Pure.
 */
export async function prepareRecords(inputs: readonly InputText[], settings: RecordSettings, loaded: LoadedForRecords): Promise<PreparedRecords> {
  const { names, selection, owner: ownerRules, overrides } = settings;
  const { lock, messages, people } = loaded;
  const fromInputs = await readRecords(inputs);
  const { records: filled, owners: declaredOwners, read, merged, diagnostics } = lock ? applyLockToRecords(fromInputs, lock) : fromInputs;
  // After the lock, so a correction in the config wins over what `pubcv enrich` found.
  const corrected = applyOverrides(filled, overrides, selection.sections);
  diagnostics.push(...corrected.diagnostics);
  // After the lock and the overrides, whose fields are input too: nothing may pass for a formatting marker.
  const neutral = neutralizeSentinels(corrected.value);
  const records = neutral.value;
  diagnostics.push(...neutral.diagnostics);
  const persons = people.map(ownersFrom).filter((p) => p.length > 0);
  // A name given as the owner and in people: is one of the people: people: says who is someone else.
  const owners = (ownerRules.none ? [] : ownersFrom(names.length > 0 ? names : declaredOwners)).filter(
    (o) => !persons.some((p) => p.some((s) => sameName(s, o))),
  );
  if (owners.length === 0 && !ownerRules.none) {
    diagnostics.push({
      severity: 'warning',
      code: 'owner-unknown',
      message: 'no owner name given: use --name "Family, Given" (or owner: in pubcv.config.yaml) to highlight it, or --no-owner for a list without one',
    });
  }
  // Filtered out before the owner is looked for: a short CV warns only about what it lists.
  const selected = selectRecords(records, selection.filters);
  diagnostics.push(...articlesAtConferences(selected.value));
  const grouped = groupSections(selected.value, selection.sections, messages);
  diagnostics.push(...selected.diagnostics, ...grouped.diagnostics);
  const listed = grouped.value.flatMap((s) => s.records);
  const marked = markOwnerNames(listed, owners);
  diagnostics.push(...marked.diagnostics);
  const marks = markPeople(marked.value, persons);
  diagnostics.push(...marks.diagnostics);
  // An owner-only CV drops the entries without the owner: only an owner found nowhere is news.
  if (marked.coverage && (ownerRules.only.length === 0 || marked.coverage.severity === 'error')) diagnostics.push(marked.coverage);
  let position = 0;
  const markedSections = grouped.value.map((s) => ({ ...s, records: s.records.map(() => marked.value[position++]!) }));
  const owned = ownerEntries(markedSections, marked, ownerRules, owners.length > 0);
  diagnostics.push(...owned.diagnostics);
  const sections = owned.value.map((s) => ({ key: s.key, id: s.id, title: s.title, entries: s.records.map((r) => r.item.id) }));
  return { records: owned.value.flatMap((s) => s.records), sections, owners, people: marks.value, read, merged, diagnostics };
}

/** The sections as they are, or with only the owner's entries when the rules ask for that. */
function ownerEntries(sections: SectionPlan[], marked: MarkedOwner, rules: OwnerRules, hasOwner: boolean): Result<SectionPlan[]> {
  if (rules.only.length === 0) return { value: sections, diagnostics: [] };
  if (!hasOwner) {
    const message = 'only-owner keeps the entries of an owner, and none is given: every entry is kept; give --name "Family, Given"';
    return { value: sections, diagnostics: [{ severity: 'error', code: 'owner-only-without-owner', message }] };
  }
  const placements = new Map(marked.value.map((r, i) => [r, marked.placements[i]!]));
  return keepOwnerEntries(sections, placements, rules.only);
}

/** What `checkInputs` finds: the counts and diagnostics a build would give, without formatting. */
interface CheckResult {
  readonly entries: EntryCounts;
  readonly diagnostics: Diagnostic[];
}

/** Validates inputs without formatting: the diagnostics and counts a build would give (section titles in English). */
export async function checkInputs(inputs: readonly InputText[], settings: RecordSettings, loaded: Omit<LoadedForRecords, 'messages'>): Promise<CheckResult> {
  const prepared = await prepareRecords(inputs, settings, { ...loaded, messages: ENGLISH_MESSAGES });
  const rendered = prepared.records.length;
  return {
    entries: { read: prepared.read, rendered, skipped: prepared.read - rendered - prepared.merged, merged: prepared.merged },
    diagnostics: prepared.diagnostics,
  };
}
