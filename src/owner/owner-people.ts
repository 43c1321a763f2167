import type { Diagnostic } from '../model/errors.js';
import type { SourceRecord } from '../model/record.js';
import { nameLists } from './name-roles.js';
import { keysMatch, matchOwner, type NameKey } from './owner-match.js';

/** The owner names given, grouped by person: indices into the list of names. */
type People = ReadonlyArray<readonly number[]>;

const pairKey = (i: number, j: number): string => `${Math.min(i, j)} ${Math.max(i, j)}`;

/**
 * Pairs of owner names that are two people: in some list one name matches the first and not the
 * second, another name the second and not the first. Each pair's entries, in record order.
 */
function coAuthorPairs(records: readonly SourceRecord[], keys: readonly NameKey[]): Map<string, string[]> {
  const pairs = new Map<string, string[]>();
  for (const record of records) {
    const found = new Set<string>();
    for (const [, names] of nameLists(record.item)) {
      const matched = names.map((name) => keys.flatMap((key, i) => (matchOwner(name, [key]) ? [i] : []))).filter((m) => m.length > 0);
      for (const a of matched) for (const b of matched) for (const i of a) for (const j of b) if (!b.includes(i) && !a.includes(j)) found.add(pairKey(i, j));
    }
    for (const pair of found) pairs.set(pair, [...(pairs.get(pair) ?? []), record.item.id]);
  }
  return pairs;
}

/**
 * Groups the owner names into people. Several names are several spellings of one person (initials,
 * a former family name), unless two of them write together: two names that are two authors of the
 * same entry are two people, both highlighted, and one warning says so.
 */
export function groupOwnerNames(
  records: readonly SourceRecord[],
  keys: readonly NameKey[],
  labels: readonly string[],
): { people: People; diagnostics: Diagnostic[] } {
  const pairs = coAuthorPairs(records, keys);
  const people: number[][] = [];
  keys.forEach((_, i) => {
    const home = people.find((person) => person.every((j) => !pairs.has(pairKey(i, j))));
    if (home) home.push(i);
    else people.push([i]);
  });
  const unlike = unlikeNames(keys, labels, pairs);
  if (people.length < 2) return { people, diagnostics: unlike };
  const together = [...pairs].map(([pair, entries]) => {
    const [i, j] = pair.split(' ').map(Number);
    const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
    return `"${labels[i ?? 0]}" and "${labels[j ?? 0]}" are co-authors in ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} (${shown})`;
  });
  const message = `the owner names given are ${people.length} different people, not spellings of one name: ${together.join('; ')}. They are treated as one owner: ${people.length === 2 ? 'both' : 'all'} are highlighted wherever they appear. Give --name only for spellings of one person's name to highlight that person alone; to mark other people (students, lab members) use --mark-people FILE or people: in the config`;
  return { people, diagnostics: [{ severity: 'warning', code: 'owner-several-people', message }, ...unlike] };
}

/**
 * True when two owner names cannot be spellings of one name: the same family name with given
 * names that conflict ("Sui, Yang", "Sui, Yu"), or another family name and another given name
 * ("Vasilescu, Bogdan", "Kästner, Christian"). Another family name alone is a former name.
 */
function unlike(a: NameKey, b: NameKey): boolean {
  if (a.family === b.family) return !keysMatch(a, b);
  const x = a.given[0];
  const y = b.given[0];
  if (!x || !y) return false;
  return x.letter !== y.letter || (x.full !== undefined && y.full !== undefined && x.full !== y.full);
}

/**
 * One warning naming the pairs of owner names that look like two people and do not write
 * together (those that do are said by groupOwnerNames): they stay spellings of the one owner, so
 * all are highlighted, never a silent "nobody" or a silent second owner.
 */
function unlikeNames(keys: readonly NameKey[], labels: readonly string[], pairs: ReadonlyMap<string, string[]>): Diagnostic[] {
  const found: string[] = [];
  keys.forEach((a, i) => {
    keys.forEach((b, j) => {
      if (j > i && !pairs.has(pairKey(i, j)) && unlike(a, b)) found.push(`"${labels[i] ?? ''}" and "${labels[j] ?? ''}"`);
    });
  });
  if (found.length === 0) return [];
  const [what, all] = found.length === 1 ? ['two people', 'both are'] : ['different people', 'all are'];
  const message = `${found.join(', ')} look like ${what}; pubcv treats every --name as a spelling of the one owner, so ${all} highlighted as the owner: to mark other people (students, lab members) use --mark-people FILE or people: in the config`;
  return [{ severity: 'warning', code: 'owner-several-people', message }];
}
