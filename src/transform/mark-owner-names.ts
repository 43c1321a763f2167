import { wrapOwnerPart } from '../build/owner-sentinel.js';
import type { Diagnostic, Result } from '../errors.js';
import type { CslItem, CslName, SourceRecord } from '../input/record.js';
import { givenInitial, isStronger, matchOwner, nameKeys, ownerKey, writtenName, type MatchStrength, type NameKey } from './owner-match.js';
import type { OwnerName } from './owner-name.js';

/** The name lists the owner is looked for in. */
export const NAME_ROLES = ['author', 'editor'] as const;
export type NameRole = (typeof NAME_ROLES)[number];

/** Where the owner is in one item: a name index per list, and what made the choice uncertain. */
export interface OwnerPlacement {
  readonly positions: Partial<Record<NameRole, number>>;
  readonly doubts: string[];
}

const quoted = (name: CslName) => `"${writtenName(name)}"`;

/**
 * Picks the owner in one name list: the single strongest match. Two equally strong matches are
 * left alone (neither is highlighted); a weaker second match, a family-only match, or an initial
 * that a same-family co-author shares are doubts worth a warning.
 */
function placeOwner(names: readonly CslName[], owners: readonly NameKey[], doubts: string[]): number | undefined {
  const matches = names.map((name, index) => ({ name, index, strength: matchOwner(name, owners) }));
  const found = matches.filter((m): m is typeof m & { strength: MatchStrength } => m.strength !== undefined);
  const best = found.reduce<MatchStrength | undefined>((b, m) => (b === undefined || isStronger(m.strength, b) ? m.strength : b), undefined);
  const top = found.filter((m) => m.strength === best);
  const chosen = top[0];
  if (!chosen) return undefined;
  if (top.length > 1) {
    doubts.push(`${top.map((m) => quoted(m.name)).join(' and ')} could each be the owner; neither is highlighted: give a fuller --name`);
    return undefined;
  }
  for (const other of found) if (other !== chosen) doubts.push(`${quoted(other.name)} may also be the owner; ${quoted(chosen.name)} is highlighted`);
  if (chosen.strength === 'family-only') doubts.push(`${quoted(chosen.name)} has the owner's family name but no given name to compare; highlighted as the owner`);
  if (chosen.strength === 'initial') {
    const family = nameKeys(chosen.name)[0]?.family;
    const initial = givenInitial(chosen.name);
    const twin = names.find((n, i) => i !== chosen.index && matchOwner(n, owners) === undefined && nameKeys(n)[0]?.family === family && givenInitial(n) === initial);
    if (twin) doubts.push(`${quoted(chosen.name)} is highlighted as the owner, but co-author ${quoted(twin)} has the same family name and initial`);
  }
  return chosen.index;
}

/** Where the owner is in an item's author and editor lists. */
function placeOwnerInItem(item: CslItem, owners: readonly OwnerName[]): OwnerPlacement {
  const keys = owners.map(ownerKey).filter((k) => k.family !== '');
  const positions: Partial<Record<NameRole, number>> = {};
  const doubts: string[] = [];
  for (const role of NAME_ROLES) {
    const names = item[role];
    if (!Array.isArray(names)) continue;
    const index = placeOwner(names, keys, doubts);
    if (index !== undefined) positions[role] = index;
  }
  return { positions, doubts };
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

/**
 * Tags the owner's names in every record's author and editor lists before formatting, and
 * reports entries where the owner is missing or the match is uncertain.
 */
export function markOwnerNames(records: readonly SourceRecord[], owners: readonly OwnerName[]): Result<SourceRecord[]> {
  const diagnostics: Diagnostic[] = [];
  if (owners.length === 0) return { value: [...records], diagnostics };
  const value = records.map((record) => {
    const { positions, doubts } = placeOwnerInItem(record.item, owners);
    const where = { file: record.source.file, line: record.source.line, entry: record.item.id };
    const item = { ...record.item };
    let tagged = 0;
    for (const role of NAME_ROLES) {
      const names = item[role];
      const at = positions[role];
      if (!Array.isArray(names) || at === undefined) continue;
      tagged += 1;
      item[role] = names.map((name, i) => (i === at ? wrapName(name, tagged) : name));
    }
    if (tagged === 0 && doubts.length === 0) {
      diagnostics.push({ severity: 'warning', code: 'owner-not-found', message: 'the owner is not among the authors or editors', ...where });
    }
    for (const doubt of doubts) diagnostics.push({ severity: 'warning', code: 'owner-ambiguous', message: doubt, ...where });
    return { item, source: record.source };
  });
  return { value, diagnostics };
}
