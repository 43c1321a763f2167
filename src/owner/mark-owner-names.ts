import { wrapOwnerPart } from './owner-sentinel.js';
import type { Diagnostic } from '../model/errors.js';
import type { CslItem, CslName, SourceRecord } from '../model/record.js';
import { nameLists, type NameRole } from './name-roles.js';
import { ownerKey } from './owner-match.js';
import { placePerson, type Candidate, type Person } from './place-person.js';
import type { OwnerName } from './owner-name.js';
import { groupOwnerNames } from './owner-people.js';
import { namesInData } from './names-in-data.js';
import { ownerCoverage } from './owner-coverage.js';

const PARTS = ['family', 'given', 'non-dropping-particle', 'dropping-particle', 'suffix', 'literal'] as const;

/** Wraps every part of a name in the owner tag; `index` alternates the tag between names. */
export function wrapName(name: CslName, index: number): CslName {
  const wrapped: CslName = { ...name };
  for (const part of PARTS) {
    const value = name[part];
    if (typeof value === 'string' && value !== '') wrapped[part] = wrapOwnerPart(value, index);
  }
  return wrapped;
}

/** "Vasilescu, Bogdan", as the user gave the name. */
export const labelOf = (owner: OwnerName): string => [[owner.particle, owner.family].filter(Boolean).join(' '), owner.given].filter(Boolean).join(', ');

/** The item with the chosen names tagged; consecutive tagged names alternate the tag. */
function tagChosen(item: CslItem, lists: ReturnType<typeof nameLists>, chosen: readonly Candidate[]): CslItem {
  const tagged: CslItem = { ...item };
  let count = 0;
  for (const [role, names] of lists) {
    const here = new Set(chosen.filter((c) => c.role === role).map((c) => c.index));
    if (here.size > 0) tagged[role] = names.map((name, i) => (here.has(i) ? wrapName(name, (count += 1)) : name));
  }
  return tagged;
}

/** Where the owner was found in one record: the roles it is highlighted in, and whether the match was in doubt. */
export interface OwnerPlacement {
  readonly roles: ReadonlySet<NameRole>;
  /** Someone in the record may be the owner, but nobody was highlighted (the names could each be the owner). */
  readonly undecided: boolean;
}

/** Records with the owner tagged, what was said about it, and where it was found in each record. */
export interface MarkedOwner {
  readonly value: SourceRecord[];
  readonly diagnostics: Diagnostic[];
  /** One per record, in order. */
  readonly placements: readonly OwnerPlacement[];
  /** Where the owner is missing, said once for the whole list (not among `diagnostics`). */
  readonly coverage?: Diagnostic;
}

/**
 * Tags the owner's names in every name list of every record (author, editor, translator, ...)
 * before formatting, and reports where the match is uncertain; `coverage` says once for the whole
 * list where the owner is missing (ownerCoverage). The owner names are spellings of one person unless two of
 * them write together (see groupOwnerNames): each person is then found on their own.
 */
export function markOwnerNames(records: readonly SourceRecord[], owners: readonly OwnerName[]): MarkedOwner {
  const named = owners.filter((o) => ownerKey(o).family !== '');
  if (named.length === 0) return { value: [...records], diagnostics: [], placements: records.map(() => ({ roles: new Set(), undecided: false })) };
  const keys = named.map(ownerKey);
  const labels = named.map(labelOf);
  const grouped = groupOwnerNames(records, keys, labels);
  const people: Person[] = grouped.people.map((indices) => ({ keys: indices.map((i) => keys[i]!), labels: indices.map((i) => labels[i]!) }));
  const diagnostics: Diagnostic[] = [...grouped.diagnostics];
  const missing: string[] = [];
  const placements: OwnerPlacement[] = [];
  const value = records.map((record) => {
    const lists = nameLists(record.item);
    const doubts: string[] = [];
    const chosen = people.flatMap((person) => placePerson(lists, person, doubts));
    const where = { file: record.source.file, line: record.source.line, entry: record.item.id };
    if (chosen.length === 0 && doubts.length === 0) missing.push(record.item.id);
    for (const doubt of doubts) diagnostics.push({ severity: 'warning', code: 'owner-ambiguous', message: doubt, ...where });
    placements.push({ roles: new Set(chosen.map((c) => c.role)), undecided: chosen.length === 0 && doubts.length > 0 });
    return { ...record, item: chosen.length > 0 ? tagChosen(record.item, lists, chosen) : record.item };
  });
  const matched = placements.filter((p) => p.roles.size > 0).length;
  const coverage = ownerCoverage({ labels, keys, total: records.length, matched, missing, names: missing.length > 0 ? namesInData(records) : [] });
  return { value, diagnostics, placements, ...(coverage ? { coverage } : {}) };
}
