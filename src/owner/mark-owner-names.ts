import { wrapOwnerPart } from './owner-sentinel.js';
import type { Diagnostic } from '../model/errors.js';
import type { CslItem, CslName, SourceRecord } from '../model/record.js';
import { nameLists, type NameRole } from './name-roles.js';
import { givenInitial, isStronger, matchOwner, matchPerson, nameKeys, ownerKey, writtenName, type MatchStrength, type NameKey } from './owner-match.js';
import type { OwnerName } from './owner-name.js';
import { groupOwnerNames } from './owner-people.js';
import { namesInData } from './names-in-data.js';
import { ownerCoverage } from './owner-coverage.js';

const quoted = (name: CslName) => `"${writtenName(name)}"`;
const inRole = (role: NameRole) => (role === 'author' ? '' : ` (${role})`);

/** One name that matches the owner: where it stands and how well it matches. */
interface Candidate {
  readonly role: NameRole;
  readonly index: number;
  readonly name: CslName;
  readonly strength: MatchStrength;
}

/** One owner: their spellings as keys, and as the user wrote them, for messages. */
interface Person {
  readonly keys: readonly NameKey[];
  readonly labels: readonly string[];
}

/** The same written name ("Sui, Yang" as author and as editor of one volume). */
const sameWrittenName = (a: CslName, b: CslName): boolean => JSON.stringify(nameKeys(a)[0]) === JSON.stringify(nameKeys(b)[0]);

/**
 * Finds one owner in all of an item's name lists at once: the strongest match wins, in whichever
 * role it stands, and may stand in several roles (author and editor), once in each. Two different
 * names that match equally well are left alone; a weaker match anywhere (a co-author or an editor
 * with the owner's initial), a family-only match, an initial a same-family name shares, and a
 * name that only an initial spelling matches are doubts worth a warning.
 */
function placePerson(lists: ReturnType<typeof nameLists>, person: Person, doubts: string[]): Candidate[] {
  const found: Candidate[] = [];
  for (const [role, names] of lists) {
    names.forEach((name, index) => {
      const match = matchPerson(name, person.keys);
      if (match.strength) found.push({ role, index, name, strength: match.strength });
      else if (match.contradicts !== undefined) {
        doubts.push(
          `${quoted(name)}${inRole(role)} matches an owner name written with an initial but is not "${person.labels[match.contradicts] ?? ''}"; not highlighted`,
        );
      }
    });
  }
  const best = found.reduce<MatchStrength | undefined>((b, c) => (b === undefined || isStronger(c.strength, b) ? c.strength : b), undefined);
  const top = found.filter((c) => c.strength === best);
  const chosen = top[0];
  if (!chosen) return [];
  const oneName = top.every((c) => sameWrittenName(c.name, chosen.name)) && new Set(top.map((c) => c.role)).size === top.length;
  if (!oneName) {
    doubts.push(
      `${top.map((c) => quoted(c.name) + inRole(c.role)).join(' and ')} could each be the owner; ${top.length === 2 ? 'neither' : 'none'} is highlighted: give a fuller --name`,
    );
    return [];
  }
  for (const other of found)
    if (!top.includes(other)) doubts.push(`${quoted(other.name)}${inRole(other.role)} may also be the owner; ${quoted(chosen.name)} is highlighted`);
  if (chosen.strength === 'family-only')
    doubts.push(`${quoted(chosen.name)} has the owner's family name but no given name to compare; highlighted as the owner`);
  if (chosen.strength === 'initial') {
    const family = nameKeys(chosen.name)[0]?.family;
    const initial = givenInitial(chosen.name);
    for (const c of top) {
      const names = lists.find(([role]) => role === c.role)?.[1] ?? [];
      const twin = names.find(
        (n, i) => i !== c.index && matchOwner(n, person.keys) === undefined && nameKeys(n)[0]?.family === family && givenInitial(n) === initial,
      );
      if (twin)
        doubts.push(
          `${quoted(chosen.name)} is highlighted as the owner, but ${c.role === 'author' ? 'co-author' : c.role} ${quoted(twin)} has the same family name and initial`,
        );
    }
  }
  return top;
}

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
const labelOf = (owner: OwnerName): string => [[owner.particle, owner.family].filter(Boolean).join(' '), owner.given].filter(Boolean).join(', ');

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
