import type { CslName } from '../model/record.js';
import type { nameLists, NameRole } from './name-roles.js';
import { givenInitial, isStronger, matchOwner, matchPerson, nameKeys, writtenName, type MatchStrength, type NameKey } from './owner-match.js';

const quoted = (name: CslName) => `"${writtenName(name)}"`;
const inRole = (role: NameRole) => (role === 'author' ? '' : ` (${role})`);

/** One name that matches a person: where it stands and how well it matches. */
export interface Candidate {
  readonly role: NameRole;
  readonly index: number;
  readonly name: CslName;
  readonly strength: MatchStrength;
}

/** One person looked for: their spellings as keys, and as the user wrote them, for messages. */
export interface Person {
  readonly keys: readonly NameKey[];
  readonly labels: readonly string[];
}

/** How the doubts about one person are worded: the owner's, or one of the people to mark. */
export interface Wording {
  /** "the owner", "\"Zhang, Yue\" (people:)". */
  readonly who: string;
  /** "the owner's", "the family name of \"Zhang, Yue\"". */
  readonly family: string;
  /** "highlighted", "marked". */
  readonly done: string;
  /** "an owner name", "a name in people:". */
  readonly spelling: string;
  /** What to do about two equally good names: "give a fuller --name". */
  readonly fuller: string;
}

/** The owner's wording. */
const OWNER_WORDING: Wording = {
  who: 'the owner',
  family: "the owner's family name",
  done: 'highlighted',
  spelling: 'an owner name',
  fuller: 'give a fuller --name',
};

/** The same written name ("Sui, Yang" as author and as editor of one volume). */
const sameWrittenName = (a: CslName, b: CslName): boolean => JSON.stringify(nameKeys(a)[0]) === JSON.stringify(nameKeys(b)[0]);

/**
 * Finds one person in all of an item's name lists at once: the strongest match wins, in whichever
 * role it stands, and may stand in several roles (author and editor), once in each. Two different
 * names that match equally well are left alone; a weaker match anywhere (a co-author or an editor
 * with the person's initial), a family-only match, an initial a same-family name shares, and a
 * name that only an initial spelling matches are doubts worth a warning.
 */
export function placePerson(lists: ReturnType<typeof nameLists>, person: Person, doubts: string[], w: Wording = OWNER_WORDING): Candidate[] {
  const found: Candidate[] = [];
  for (const [role, names] of lists) {
    names.forEach((name, index) => {
      const match = matchPerson(name, person.keys);
      if (match.strength) found.push({ role, index, name, strength: match.strength });
      else if (match.contradicts !== undefined) {
        doubts.push(
          `${quoted(name)}${inRole(role)} matches ${w.spelling} written with an initial but is not "${person.labels[match.contradicts] ?? ''}"; not ${w.done}`,
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
      `${top.map((c) => quoted(c.name) + inRole(c.role)).join(' and ')} could each be ${w.who}; ${top.length === 2 ? 'neither' : 'none'} is ${w.done}: ${w.fuller}`,
    );
    return [];
  }
  for (const other of found)
    if (!top.includes(other)) doubts.push(`${quoted(other.name)}${inRole(other.role)} may also be ${w.who}; ${quoted(chosen.name)} is ${w.done}`);
  if (chosen.strength === 'family-only') doubts.push(`${quoted(chosen.name)} has ${w.family} but no given name to compare; ${w.done} as ${w.who}`);
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
          `${quoted(chosen.name)} is ${w.done} as ${w.who}, but ${c.role === 'author' ? 'co-author' : c.role} ${quoted(twin)} has the same family name and initial`,
        );
    }
  }
  return top;
}
