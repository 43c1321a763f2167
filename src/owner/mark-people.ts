import type { Diagnostic, Result } from '../model/errors.js';
import type { CslName, SourceRecord } from '../model/record.js';
import { labelOf } from './mark-owner-names.js';
import { nameLists } from './name-roles.js';
import { namesInData, nearMissNames } from './names-in-data.js';
import { ownerKey, writtenName } from './owner-match.js';
import type { OwnerName } from './owner-name.js';
import { placePerson, type Person, type Wording } from './place-person.js';
import { untagName } from './tag-names.js';

/** The lists people are marked in: the ones pubcv tags for formatting. */
const PEOPLE_ROLES = ['author', 'editor'] as const;
type PeopleRole = (typeof PEOPLE_ROLES)[number];

/** Per entry id, the indices of the marked names in each list. */
export type PeopleMarks = ReadonlyMap<string, Readonly<Partial<Record<PeopleRole, readonly number[]>>>>;

const wordingFor = (label: string): Wording => ({
  who: `"${label}" (people:)`,
  family: `the family name of "${label}" (people:)`,
  done: 'marked',
  spelling: 'a name in people:',
  fuller: 'give a fuller name in people:',
});

/** The name lists people are looked for in, with the owner's names blanked: the owner's highlight wins. */
function peopleLists(record: SourceRecord) {
  return nameLists(record.item)
    .filter(([role]) => (PEOPLE_ROLES as readonly string[]).includes(role))
    .map(([role, names]) => [role, names.map((n): CslName => (untagName(n).owner ? {} : n))] as const);
}

/**
 * Finds the people to mark (students, lab members: `people:`, `--mark-people`) in every entry's
 * authors and editors, each person by the owner's rules (placePerson): the same spellings match,
 * the same doubts are `people-ambiguous` warnings. Names already tagged as the owner are skipped.
 * A name two listed people could each be is marked, with a warning; a person found in no entry
 * (nor in doubt anywhere) is one `people-not-found` warning, with the near misses.
 */
export function markPeople(records: readonly SourceRecord[], people: readonly (readonly OwnerName[])[]): Result<PeopleMarks> {
  const persons: Person[] = people
    .map((spellings) => spellings.filter((s) => ownerKey(s).family !== ''))
    .filter((spellings) => spellings.length > 0)
    .map((spellings) => ({ keys: spellings.map(ownerKey), labels: spellings.map(labelOf) }));
  const value = new Map<string, Partial<Record<PeopleRole, number[]>>>();
  const diagnostics: Diagnostic[] = [];
  if (persons.length === 0) return { value, diagnostics };
  const found = new Set<Person>();
  for (const record of records) {
    const lists = peopleLists(record);
    const doubts: string[] = [];
    const chosen = new Map<string, { name: CslName; people: Person[] }>();
    for (const person of persons) {
      const before = doubts.length;
      const placed = placePerson(lists, person, doubts, wordingFor(person.labels[0] ?? ''));
      // A person in doubt is not missing: the warning already names the entry.
      if (placed.length > 0 || doubts.length > before) found.add(person);
      for (const c of placed) {
        const at = `${c.role} ${c.index}`;
        chosen.set(at, { name: c.name, people: [...(chosen.get(at)?.people ?? []), person] });
      }
    }
    const marks: Partial<Record<PeopleRole, number[]>> = {};
    for (const [at, { name, people: who }] of chosen) {
      const [role, index] = at.split(' ') as [PeopleRole, string];
      marks[role] = [...(marks[role] ?? []), Number(index)];
      if (who.length > 1)
        doubts.push(`"${writtenName(name)}" could be ${who.map((p) => `"${p.labels[0] ?? ''}"`).join(' or ')} (people:); marked as one of them`);
    }
    if (chosen.size > 0) value.set(record.item.id, marks);
    const where = { file: record.source.file, line: record.source.line, entry: record.item.id };
    for (const doubt of doubts) diagnostics.push({ severity: 'warning', code: 'people-ambiguous', message: doubt, ...where });
  }
  const missing = persons.filter((p) => !found.has(p));
  if (missing.length > 0) diagnostics.push(notFound(missing, records));
  return { value, diagnostics };
}

/** One warning for the listed people no entry names, each with the spellings they may have meant. */
function notFound(missing: readonly Person[], records: readonly SourceRecord[]): Diagnostic {
  const names = namesInData(records, new Set(PEOPLE_ROLES));
  const each = missing.map((p) => {
    const near = nearMissNames(names, p.keys, 2);
    return `"${p.labels[0] ?? ''}"${near.length > 0 ? ` (did you mean ${near.map((n) => `"${n.label}"`).join(' or ')}?)` : ''}`;
  });
  const message = `${each.join(', ')} ${missing.length === 1 ? 'is' : 'are'} in people: but named by no entry listed (${records.length})`;
  return { severity: 'warning', code: 'people-not-found', message };
}
