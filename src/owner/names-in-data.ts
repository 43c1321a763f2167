import type { SourceRecord } from '../model/record.js';
import { editDistance } from '../text/did-you-mean.js';
import { LITERAL_ET_AL } from './literal-et-al.js';
import { nameLists } from './name-roles.js';
import { keysMatch, nameKeys, writtenName, type NameKey } from './owner-match.js';
import type { GivenToken } from './owner-name.js';

/** One person's name as the entries write it, and in how many entries it stands. */
export interface NameCount {
  /** As first written: "Vasilescu, Bogdan". */
  readonly label: string;
  readonly key: NameKey;
  readonly entries: number;
}

const tokenText = (t: GivenToken): string => t.full ?? t.letter;
const keyText = (key: NameKey): string => `${key.family}|${key.given.map(tokenText).join(' ')}`;

/**
 * Every name the entries hold (authors, editors, every other name list), one per spelling, with the
 * number of entries it stands in; the most frequent first, then in the order first met.
 */
export function namesInData(records: readonly SourceRecord[], roles?: ReadonlySet<string>): NameCount[] {
  const counts = new Map<string, { label: string; key: NameKey; entries: number; order: number }>();
  for (const record of records) {
    const seen = new Set<string>();
    for (const [role, names] of nameLists(record.item)) {
      if (roles && !roles.has(role)) continue;
      for (const name of names) {
        const key = nameKeys(name)[0];
        // The written "et al." and the gap of a cut list are no one's name.
        if (!key || key.family === '' || name.literal === LITERAL_ET_AL || name.literal === '…') continue;
        const text = keyText(key);
        if (seen.has(text)) continue;
        seen.add(text);
        const known = counts.get(text);
        if (known) known.entries += 1;
        else counts.set(text, { label: writtenName(name), key, entries: 1, order: counts.size });
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.entries - a.entries || a.order - b.order).map(({ label, key, entries }) => ({ label, key, entries }));
}

/** Edits allowed between two spellings of one name: about one in three letters. */
const allowed = (a: string, b: string): number => Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));

/** How far the first given names are apart: 0 when an initial fits the other name, undefined when too far. */
function givenDistance(a: readonly GivenToken[], b: readonly GivenToken[]): number | undefined {
  const x = a[0];
  const y = b[0];
  if (!x || !y) return 0;
  if (x.full === undefined || y.full === undefined) return x.letter === y.letter ? 0 : undefined;
  const d = editDistance(x.full, y.full, { transpositions: true });
  return d <= allowed(x.full, y.full) ? d : undefined;
}

/** How far a name in the data is from an owner name, when it is close enough to be a slip; undefined otherwise. */
function slipDistance(name: NameKey, owner: NameKey): number | undefined {
  const family = editDistance(name.family, owner.family, { transpositions: true });
  if (family > allowed(name.family, owner.family)) return undefined;
  const given = givenDistance(name.given, owner.given);
  return given === undefined ? undefined : family + given;
}

/** The owner's name read the other way round ("Bogdan, Vasilescu" for "Vasilescu, Bogdan"), when it has a given name. */
function swapped(owner: NameKey): NameKey | undefined {
  const first = owner.given[0]?.full;
  if (first === undefined) return undefined;
  return { family: first, given: [{ letter: owner.family[0] ?? '', full: owner.family }] };
}

/**
 * The names in the data the owner may have meant and did not match: a letter or two off
 * ("Bodgan" for "Bogdan"), another first initial rule, the family and given name swapped, or the
 * same name with a middle initial that differs. Closest first, then the most frequent; at most `max`.
 */
export function nearMissNames(names: readonly NameCount[], owners: readonly NameKey[], max = 3): NameCount[] {
  const scored: Array<{ name: NameCount; distance: number }> = [];
  for (const name of names) {
    if (owners.some((o) => keysMatch(name.key, o))) continue;
    const distances = owners
      .flatMap((o) => [o, swapped(o)])
      .filter((o): o is NameKey => o !== undefined)
      .map((o) => slipDistance(name.key, o))
      .filter((d): d is number => d !== undefined);
    if (distances.length > 0) scored.push({ name, distance: Math.min(...distances) });
  }
  scored.sort((a, b) => a.distance - b.distance || b.name.entries - a.name.entries);
  return scored.slice(0, max).map((s) => s.name);
}
