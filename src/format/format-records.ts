import type { Diagnostic, Result } from '../model/errors.js';
import type { MarksFile } from '../input/read-marks.js';
import type { ContributionRole, CslItem, CslName, RecordSource, SourceRecord } from '../model/record.js';
import { documentDirection, holdsDirection, type Run, type TextDirection } from '../model/index.js';
import { contributionLooks, legendLines, type ContributionLooks, type RoleLook } from '../owner/contribution-looks.js';
import { contributionRoles, type RolesByAuthor } from '../owner/contribution-roles.js';
import { GAP, planCut, type CutPlan, type EtAlRule } from '../owner/cut-names.js';
import type { PeopleMarks } from '../owner/mark-people.js';
import { resolveNameTags } from '../owner/resolve-name-tags.js';
import { nameText, tagNames, untagName, type ListedName, type NameTag } from '../owner/tag-names.js';
import { withoutAuthorSubstitute } from './author-substitute.js';
import { walkNodes } from './csl-tree.js';
import { styleLocale, type CslStyle } from './csl-style.js';
import { cvModeStyle, entriesAreIndependent } from './cv-mode-style.js';
import { maxAuthorsRule, styleEtAlRule, withEtAlRule } from './et-al-rule.js';
import { formatEntries, type FormatOptions, type FormattedEntry } from './format-entries.js';
import { keepNumberHyphens } from './report-number.js';
import { localizeGenre } from './localize-genre.js';
import { standaloneWithoutContainer } from './missing-container.js';
import type { AuthorLimit } from '../model/settings.js';
import { ENGLISH_MESSAGES, type Messages } from '../model/messages.js';

/** What decides names in the formatted entries. */
export interface NameSettings {
  readonly authors?: AuthorLimit;
  /** A contribution-marks file (`--marks`); roles the inputs carry apply without one. */
  readonly marks?: MarksFile;
  /** How roles are drawn; default: pubcv's, changed by the marks file's `symbols:` and `labels:`. */
  readonly looks?: ContributionLooks;
  /** The catalogue the legend is worded from; default: English. */
  readonly messages?: Messages;
  /** The people to mark found in each entry (markPeople), and how they are drawn. */
  readonly people?: { readonly marks: PeopleMarks; readonly look: RoleLook };
}

/** Formatted entries and the legend their contribution marks need. */
export interface FormattedRecords {
  readonly entries: FormattedEntry[];
  /** One line per symbol or underline the entries use; empty when they use none. */
  readonly legend: Run[][];
}

/** What the gap in a cut author list prints: a name of its own, so the style punctuates it. */
const GAP_NAME: CslName = { literal: '…' };

function ruleFor(style: CslStyle, authors: AuthorLimit): EtAlRule | undefined {
  if (authors === 'all') return undefined;
  if (typeof authors === 'number') return maxAuthorsRule(authors);
  return styleEtAlRule(style);
}

const isNumbered = (style: CslStyle): boolean => [...walkNodes(style.root)].some((n) => n.attrs.variable?.split(/\s+/).includes('citation-number'));

interface PreparedItem {
  readonly item: CslItem;
  readonly tags: NameTag[];
  /** The et-al rule the item's lists were shortened for; `base` when it is the style's own. */
  readonly rule: EtAlRule | undefined;
  /** Where the record was read, for the formatter's diagnostics (which know only the id). */
  readonly source?: RecordSource;
}

/** Roles whose names a cut list keeps like the owner's: "co-first" is read off the names it marks. */
const KEPT_ROLES: readonly ContributionRole[] = ['co-first', 'equal'];

/** The cut of one list, keeping the owner and the names marked co-first or equal contribution. */
function planList(names: ReadonlyArray<{ readonly owner: boolean }>, base: EtAlRule | undefined, roles?: RolesByAuthor): CutPlan {
  const kept = (i: number): boolean => (roles?.get(i) ?? []).some((role) => KEPT_ROLES.includes(role));
  return planCut(
    names.length,
    names.flatMap((n, i) => (n.owner || kept(i) ? [i] : [])),
    base,
  );
}

/**
 * Shortens an item's lists around the owner and tags the names that need finding afterwards:
 * the owner, names with roles, people to mark, and names holding letters written against the
 * document's direction `against` (a Hebrew or Arabic name in a left-to-right CV), to isolate.
 */
function prepareItem(
  item: CslItem,
  roles: RolesByAuthor | undefined,
  base: EtAlRule | undefined,
  people: PeopleMarks | undefined,
  against: TextDirection,
): PreparedItem {
  const persons = people?.get(item.id);
  const untagged = { author: (item.author ?? []).map(untagName), editor: (item.editor ?? []).map(untagName) };
  const plans = { author: planList(untagged.author, base, roles), editor: planList(untagged.editor, base) };
  // One rule formats the whole entry: the author list's cut wins over the editors'.
  const rule = plans.author.rule !== base ? plans.author.rule : plans.editor.rule;
  const lists: Partial<Record<'author' | 'editor', ListedName[]>> = {};
  for (const role of ['author', 'editor'] as const) {
    if (!Array.isArray(item[role])) continue;
    const names = untagged[role];
    lists[role] = plans[role].keep.map((k): ListedName => {
      if (k === GAP) return { name: GAP_NAME };
      const entry = names[k];
      const named = role === 'author' ? (roles?.get(k) ?? []) : [];
      const person = persons?.[role]?.includes(k) === true;
      const isolate = entry !== undefined && holdsDirection(nameText(entry.name), against);
      const tag =
        entry?.owner || named.length > 0 || person || isolate
          ? { owner: entry?.owner ?? false, roles: named, ...(person ? { person } : {}), ...(isolate ? { isolate } : {}) }
          : undefined;
      return { name: entry?.name ?? {}, ...(tag ? { tag } : {}) };
    });
  }
  const tagged = tagNames(item, lists);
  return { item: tagged.item, tags: tagged.tags, rule };
}

/** One call to the formatter: items sharing one et-al rule, with their citation numbers. */
interface FormatGroup {
  readonly items: CslItem[];
  readonly style: CslStyle;
  readonly options: FormatOptions;
}

/** What formatting needs done, and what is needed to finish the entries afterwards. */
export interface FormatPlan {
  readonly groups: FormatGroup[];
  readonly prepared: readonly PreparedItem[];
  readonly looks: ContributionLooks;
  /** How the people to mark are drawn; undefined: nobody is. */
  readonly people?: RoleLook;
  /** The catalogue the legend is worded from. */
  readonly messages: Messages;
  readonly diagnostics: Diagnostic[];
}

/**
 * Plans formatting records (the owner already tagged by markOwnerNames) so that the owner is
 * never hidden behind "et al." and contribution roles show: each author list is cut by the
 * style's rule (or `authors`) around the owner, and entries sharing one rule form one group.
 * Groups keep the entries' citation numbers, so a numbered list stays numbered in order. No
 * entry's authors become the style's "———" for a repeat: that would hide the owner too.
 */
export function planFormatting(
  records: readonly SourceRecord[],
  given: CslStyle,
  settings: NameSettings & { readonly options?: FormatOptions } = {},
): FormatPlan {
  const style = withoutAuthorSubstitute(given);
  const authors = settings.authors ?? 'style';
  // Entries formatted together are numbered in one run; per-entry rules would split the run,
  // so such styles show every author instead.
  const cut = !(isNumbered(style) && !entriesAreIndependent(cvModeStyle(style)));
  const base = cut ? ruleFor(style, authors) : undefined;
  const baseStyle = cut && authors === 'style' ? style : withEtAlRule(style, base);
  const roles = contributionRoles(records, settings.marks);
  // The locale citeproc formats in (csl-engine.ts): thesis and report kinds are named in it.
  const locale = settings.options?.lang ?? styleLocale(style);
  // The document's direction is its language's (assemble: the locale, else English), whatever the style's.
  const against = documentDirection(settings.options?.lang ?? 'en') === 'ltr' ? 'rtl' : 'ltr';
  const groups = new Map<string, { style: CslStyle; indices: number[] }>();
  const prepared = records.map((record, index) => {
    const item = standaloneWithoutContainer(localizeGenre(keepNumberHyphens(record.item), locale));
    const p = { ...prepareItem(item, roles.value.get(record.item.id), base, settings.people?.marks, against), source: record.source };
    const key = p.rule === base ? 'base' : JSON.stringify(p.rule ?? null);
    let group = groups.get(key);
    if (!group) {
      group = { style: key === 'base' ? baseStyle : withEtAlRule(style, p.rule), indices: [] };
      groups.set(key, group);
    }
    group.indices.push(index);
    return p;
  });
  const formatGroups = [...groups.values()].map(
    (g): FormatGroup => ({
      items: g.indices.map((i) => prepared[i]?.item).filter((item): item is CslItem => item !== undefined),
      style: g.style,
      options: { ...settings.options, numbers: g.indices.map((i) => i + 1) },
    }),
  );
  const looks = settings.looks ?? contributionLooks(settings.marks?.looks, settings.messages);
  const messages = settings.messages ?? ENGLISH_MESSAGES;
  const people = settings.people ? { people: settings.people.look } : {};
  return { groups: formatGroups, prepared, looks, ...people, messages, diagnostics: [...roles.diagnostics] };
}

/** The plan's entries, in record order, with tagged names turned into highlight and marks. */
export function finishFormatting(plan: FormatPlan, results: ReadonlyArray<Result<FormattedEntry[]>>): Result<FormattedRecords> {
  const diagnostics = [...plan.diagnostics];
  const formatted = new Map<string, FormattedEntry>();
  const sources = new Map(plan.prepared.map((p) => [p.item.id, p.source]));
  for (const result of results) {
    diagnostics.push(...result.diagnostics.map((d) => locate(d, sources)));
    for (const entry of result.value) formatted.set(entry.id, entry);
  }
  const used = new Set<ContributionRole>();
  let people = false;
  const entries: FormattedEntry[] = [];
  for (const p of plan.prepared) {
    const entry = formatted.get(p.item.id);
    if (!entry) continue;
    const resolved = resolveNameTags(entry.runs, p.tags, plan.looks, plan.people);
    for (const role of resolved.roles) used.add(role);
    if (resolved.people) people = true;
    entries.push({ ...entry, runs: resolved.runs });
  }
  // The people's legend line only when a name in the list is marked: not for one cut by "et al.".
  const legend = legendLines(used, plan.looks, plan.messages, people ? plan.people : undefined);
  return { value: { entries, legend }, diagnostics };
}

/** A formatter's diagnostic about an entry, with the file and line its record was read from. */
function locate(diagnostic: Diagnostic, sources: ReadonlyMap<string, RecordSource | undefined>): Diagnostic {
  const source = diagnostic.entry === undefined || diagnostic.file !== undefined ? undefined : sources.get(diagnostic.entry);
  if (source === undefined) return diagnostic;
  const { file, line, column, key } = source;
  return { ...diagnostic, file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }), entry: key ?? diagnostic.entry };
}

/** `planFormatting`, each group through `formatEntries`, then `finishFormatting`. */
export function formatRecords(
  records: readonly SourceRecord[],
  style: CslStyle,
  settings: NameSettings & { readonly options?: FormatOptions } = {},
): Result<FormattedRecords> {
  const plan = planFormatting(records, style, settings);
  return finishFormatting(
    plan,
    plan.groups.map((g) => formatEntries(g.items, g.style, g.options)),
  );
}
