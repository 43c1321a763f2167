import type { CslName } from '../model/record.js';
import { familyCore, givenTokens, parseOwnerName, type GivenToken, type OwnerName } from './owner-name.js';
import { stripMarkup } from '../text/strip-markup.js';

/** How surely a name is the owner's: the given name in full, only its initial, or no given name at all. */
export type MatchStrength = 'full' | 'initial' | 'family-only';

const RANK: Record<MatchStrength, number> = { full: 3, initial: 2, 'family-only': 1 };

/** The stronger of two matches. */
function strongerMatch(a: MatchStrength | undefined, b: MatchStrength | undefined): MatchStrength | undefined {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** True when `a` is a stronger match than `b`. */
export function isStronger(a: MatchStrength, b: MatchStrength): boolean {
  return RANK[a] > RANK[b];
}

/** A name reduced to what matching compares: the family core and the given-name tokens. */
export interface NameKey {
  readonly family: string;
  readonly given: readonly GivenToken[];
}

const isUpperCase = (text: string): boolean => {
  const plain = stripMarkup(text);
  return /\p{Lu}/u.test(plain) && !/\p{Ll}/u.test(plain);
};

/**
 * The ways a CSL name can be read. A structured name has one reading; a literal ("Yang Sui",
 * "Sui, Yang") has two when it has no comma, since the family name may come first.
 */
export function nameKeys(name: CslName): NameKey[] {
  if (name.literal !== undefined) {
    const text = stripMarkup(name.literal);
    const readings: OwnerName[] = [];
    const asWritten = parseOwnerName(text);
    if (asWritten) readings.push(asWritten);
    const words = text.trim().split(/\s+/);
    if (!text.includes(',') && words.length > 1) readings.push({ family: words[0] ?? '', given: words.slice(1).join(' ') });
    return readings.map(ownerKey);
  }
  const family = `${name['non-dropping-particle'] ?? ''} ${name.family ?? ''}`;
  return [{ family: familyCore(family), given: givenTokens(name.given ?? '', isUpperCase(name.family ?? '')) }];
}

/** The key of an owner name. */
export function ownerKey(owner: OwnerName): NameKey {
  return { family: familyCore(`${owner.particle ?? ''} ${owner.family}`), given: givenTokens(owner.given ?? '', isUpperCase(owner.family)) };
}

/**
 * Compares given names token by token: each pair must be the same name, or an initial and a
 * name it begins. Extra middle names on either side are allowed ("John Adam" ~ "J.", "John"),
 * conflicting ones are not ("J. A." vs "J. B.").
 */
function compareGiven(a: readonly GivenToken[], b: readonly GivenToken[]): MatchStrength | undefined {
  if (a.length === 0 || b.length === 0) return 'family-only';
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.letter !== y.letter) return undefined;
    if (x.full !== undefined && y.full !== undefined && x.full !== y.full) return undefined;
  }
  return a[0]?.full !== undefined && b[0]?.full !== undefined ? 'full' : 'initial';
}

/** How a name matches one key, if at all. */
function compareKeys(name: NameKey, owner: NameKey): MatchStrength | undefined {
  if (name.family === '' || name.family !== owner.family) return undefined;
  return compareGiven(name.given, owner.given);
}

/** True when a name read as `name` matches the owner name `owner` at all. */
export function keysMatch(name: NameKey, owner: NameKey): boolean {
  return compareKeys(name, owner) !== undefined;
}

/** The strongest match of a name against any of the owner's names. */
export function matchOwner(name: CslName, owners: readonly NameKey[]): MatchStrength | undefined {
  let best: MatchStrength | undefined;
  for (const key of nameKeys(name)) for (const owner of owners) best = strongerMatch(best, compareKeys(key, owner));
  return best;
}

/** How a name compares with one owner: the match, or the spelling its given name rules out. */
interface PersonMatch {
  readonly strength?: MatchStrength;
  /** The index of the spelling whose given name rules the name out, when it matched only through an initial. */
  readonly contradicts?: number;
}

/**
 * Compares a name with the spellings of one owner. An initial spelling ("Zhang, Y.") stands for
 * the owner's full given name, not for every name with that initial: a name that matches only
 * through it ("Zhang, Yue") while another spelling gives the owner's given name in full, and it
 * differs ("Zhang, Yichi"), is someone else.
 */
export function matchPerson(name: CslName, spellings: readonly NameKey[]): PersonMatch {
  const strength = matchOwner(name, spellings);
  if (strength !== 'initial') return strength === undefined ? {} : { strength };
  for (const reading of nameKeys(name)) {
    if (reading.given[0]?.full === undefined) continue;
    const ruledOut = spellings.findIndex((s) => s.family === reading.family && s.given[0]?.full !== undefined && compareKeys(reading, s) === undefined);
    if (ruledOut >= 0) return { contradicts: ruledOut };
  }
  return { strength };
}

/** The first letter of a name's first given name, for telling initials apart. */
export function givenInitial(name: CslName): string | undefined {
  return nameKeys(name)[0]?.given[0]?.letter;
}

/** A name as people read it, for messages: "Sui, Y.". */
export function writtenName(name: CslName): string {
  const strip = (s: string | undefined) => stripMarkup(s ?? '');
  if (name.literal !== undefined) return strip(name.literal);
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).map(strip).join(' ');
  return name.given ? `${family}, ${strip(name.given)}` : family;
}
