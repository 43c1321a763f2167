import { assertNever, type Diagnostic, type Result } from '../model/errors.js';
import type { SourceRecord } from '../model/record.js';
import { entryKind, isSelected, keywordsOf, yearOf } from './entry-kind.js';
import { KIND_TITLE_KEYS } from './selection-settings.js';
import { ENGLISH_MESSAGES, type Messages } from '../model/messages.js';
import { sortRecords } from './sort-records.js';
import { ENTRY_KINDS, type CustomSection, type SectionRules } from '../model/settings.js';

/** One section of the document before formatting: its records in the order they are listed. */
export interface SectionPlan {
  /** The name the config gives the group: a kind, a year, a keyword, a custom id, or `rest`. */
  readonly key: string;
  /** The section's id in the document: `key` made safe for an HTML id. */
  readonly id: string;
  readonly title: string;
  readonly records: SourceRecord[];
}

// A fixed locale, so the order of keyword sections does not depend on the machine's.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A section id from its key or title: "Machine learning" -> "machine-learning". */
export function sectionSlug(key: string): string {
  return (
    key
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}

/** One group per key, in `keys` order; records of no listed key are returned as the rest. */
function groupBy(records: readonly SourceRecord[], keys: readonly string[], keysOf: (r: SourceRecord) => readonly string[]) {
  const groups = new Map<string, SourceRecord[]>(keys.map((k) => [k, []]));
  const rest: SourceRecord[] = [];
  for (const record of records) {
    const own = keysOf(record);
    const key = keys.find((k) => own.includes(k));
    if (key === undefined) rest.push(record);
    else groups.get(key)?.push(record);
  }
  return { groups: [...groups], rest };
}

function groupByYear(records: readonly SourceRecord[], rules: SectionRules): Array<[string, SourceRecord[]]> {
  const years = [...new Set(records.map((r) => yearOf(r.item)).filter((y): y is number => y !== undefined))];
  years.sort((a, b) => (rules.sort === 'oldest' ? a - b : b - a));
  const keys = years.map(String);
  const { groups, rest } = groupBy(records, keys, (r) => [String(yearOf(r.item))]);
  if (rest.length === 0) return groups;
  return rules.undated === 'first' ? [['undated', rest], ...groups] : [...groups, ['undated', rest]];
}

/** A custom section's records: the listed ids in their order, then the rest it takes, sorted. */
function takeCustom(
  section: CustomSection,
  pool: Map<string, SourceRecord>,
  rules: SectionRules,
  diagnostics: Diagnostic[],
  claimed: SourceRecord[],
): SourceRecord[] {
  const listed: SourceRecord[] = [];
  for (const id of section.ids) {
    const own = claimed.findIndex((r) => r.item.id === id || r.source.key === id);
    // Listed by id and sent here by an override too: the list's order wins.
    if (own >= 0) {
      listed.push(...claimed.splice(own, 1));
      continue;
    }
    const record = pool.get(id) ?? [...pool.values()].find((r) => r.source.key === id);
    if (record) {
      listed.push(record);
      pool.delete(record.item.id);
    } else {
      diagnostics.push({
        severity: 'warning',
        code: 'section-entry-missing',
        message: `section "${section.title}" lists "${id}", which is not among the entries (an unknown id, or left out by a filter or an earlier section)`,
      });
    }
  }
  const wanted = (r: SourceRecord): boolean =>
    section.types.includes(entryKind(r.item)) ||
    keywordsOf(r.item).some((k) => section.keywords.includes(k.toLowerCase())) ||
    (section.selected && isSelected(r.item));
  const matched = [...pool.values()].filter(wanted);
  for (const r of matched) pool.delete(r.item.id);
  return [...listed, ...sortRecords([...claimed, ...matched], rules)];
}

function titleFor(key: string, rules: SectionRules, messages: Messages): string {
  // Keywords are compared in lower case; their titles may be keyed as the user spells them.
  const given = rules.titles[key] ?? Object.entries(rules.titles).find(([k]) => k.toLowerCase() === key)?.[1];
  if (given !== undefined) return given;
  if (key in KIND_TITLE_KEYS) return messages[KIND_TITLE_KEYS[key as keyof typeof KIND_TITLE_KEYS]];
  return key === 'undated' ? messages['section.undated'] : key;
}

/** The groups before the rest: [key, records] in section order. */
function splitIntoGroups(
  records: readonly SourceRecord[],
  rules: SectionRules,
  diagnostics: Diagnostic[],
): { groups: Array<[string, SourceRecord[]]>; rest: SourceRecord[] } {
  switch (rules.by) {
    case 'none':
      return { groups: [['publications', [...records]]], rest: [] };
    case 'type':
      return groupBy(records, rules.types ?? ENTRY_KINDS, (r) => [entryKind(r.item)]);
    case 'year':
      return { groups: groupByYear(records, rules), rest: [] };
    case 'keyword': {
      const found = [...new Set(records.flatMap((r) => keywordsOf(r.item)))].sort(collator.compare);
      return groupBy(
        records,
        (rules.keywords ?? found).map((k) => k.toLowerCase()),
        (r) => keywordsOf(r.item),
      );
    }
    case 'custom': {
      const pool = new Map(records.map((r) => [r.item.id, r]));
      // An override's `section` sends an entry to that section, whatever an earlier one takes.
      const claimed = new Map<string, SourceRecord[]>(rules.list.map((s) => [s.id, []]));
      for (const record of records) {
        const own = record.item.custom?.section;
        const into = own !== undefined ? claimed.get(own) : undefined;
        if (!into) continue;
        into.push(record);
        pool.delete(record.item.id);
      }
      const taken = rules.list.map((s): [string, SourceRecord[]] => [s.id, takeCustom(s, pool, rules, diagnostics, claimed.get(s.id) ?? [])]);
      return { groups: taken, rest: [...pool.values()] };
    }
    default:
      return assertNever(rules.by);
  }
}

/**
 * Groups records into the document's sections (by kind, year, keyword or a hand-made list, each
 * record in the first section that takes it), each section sorted by `rules`. Empty sections are
 * dropped. Records no section takes go to the `rest` section, or, with `rest: false`, are left
 * out with an info diagnostic each (the build counts them as skipped). Titles the rules do not
 * give are the catalogue's (`messages`, the build's language).
 */
export function groupSections(records: readonly SourceRecord[], rules: SectionRules, messages: Messages = ENGLISH_MESSAGES): Result<SectionPlan[]> {
  const diagnostics: Diagnostic[] = [];
  const grouped = splitIntoGroups(records, rules, diagnostics);
  const customTitles = new Map(rules.list.map((s) => [s.id, s.title]));
  const sections: SectionPlan[] = grouped.groups.map(([key, members]) => ({
    key,
    id: sectionSlug(key),
    title: rules.by === 'none' ? '' : (customTitles.get(key) ?? titleFor(key, rules, messages)),
    // Custom sections arrive ordered (listed ids first); year sections are one year each.
    records: rules.by === 'custom' ? members : sortRecords(members, rules),
  }));
  if (grouped.rest.length > 0 && rules.rest !== false)
    sections.push({ key: 'rest', id: 'rest', title: rules.rest ?? messages['section.rest'], records: sortRecords(grouped.rest, rules) });
  if (rules.rest === false) for (const r of grouped.rest) diagnostics.push(notInSection(r));
  const listed = sections.filter((s) => s.records.length > 0);
  const undated = undatedNote(listed, rules, messages);
  return { value: listed, diagnostics: undated ? [...diagnostics, undated] : diagnostics };
}

function notInSection(record: SourceRecord): Diagnostic {
  const { file, line, column } = record.source;
  return {
    severity: 'info',
    code: 'not-in-section',
    message: 'left out: no section takes it (sections.rest is false)',
    file,
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
    entry: record.item.id,
  };
}

/** Says where undated entries went, when a section mixes them with dated ones (or by year, has them apart). */
function undatedNote(sections: readonly SectionPlan[], rules: SectionRules, messages: Messages): Diagnostic | undefined {
  if (rules.sort === 'input') return undefined;
  const all = sections.flatMap((s) => s.records);
  const undated = all.filter((r) => yearOf(r.item) === undefined);
  if (undated.length === 0 || undated.length === all.length) return undefined;
  const ids = undated.map((r) => r.item.id);
  const shown = ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ');
  const where = rules.by === 'year' ? `in the "${titleFor('undated', rules, messages)}" section, ${rules.undated}` : `${rules.undated} in their sections`;
  const count = undated.length === 1 ? '1 entry has' : `${undated.length} entries have`;
  return {
    severity: 'info',
    code: 'undated-placed',
    message: `${count} no year and ${undated.length === 1 ? 'is' : 'are'} listed ${where} (sections.undated: first|last): ${shown}`,
  };
}
