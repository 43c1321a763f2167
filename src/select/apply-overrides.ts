import type { Diagnostic, Result } from '../model/errors.js';
import type { CslItem, SourceRecord } from '../model/record.js';
import type { EntryKind, EntryOverride, SectionRules } from '../model/settings.js';
import { closestWord } from '../text/did-you-mean.js';

/** The CSL type a kind is formatted as, when the entry's own type is of another kind. */
const KIND_TYPES: Readonly<Record<EntryKind, string | undefined>> = {
  journal: 'article-journal',
  conference: 'paper-conference',
  preprint: 'article',
  book: 'book',
  thesis: 'thesis',
  // "Other" says where the entry is listed, not what it is: its type stays.
  other: undefined,
};

/** Where an override is written, for its diagnostics. */
function at(override: EntryOverride, id: string): Pick<Diagnostic, 'file' | 'line' | 'column'> {
  return {
    ...(override.file !== undefined ? { file: override.file } : {}),
    ...(override.line !== undefined ? { line: override.line } : {}),
    ...(override.column !== undefined ? { column: override.column } : {}),
    // Without a file (a library caller's override), the id says which one.
    ...(override.file === undefined ? { entry: id } : {}),
  };
}

/** The item with the override's fields, kind, section and selection. */
function overridden(item: CslItem, override: EntryOverride): CslItem {
  const next: CslItem = { ...item };
  for (const [key, value] of Object.entries(override.fields)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  const custom = { ...(item.custom ?? {}) };
  if (override.kind !== undefined) {
    custom.kind = override.kind;
    const type = KIND_TYPES[override.kind];
    if (override.fields.type === undefined && type !== undefined) next.type = type;
  }
  if (override.section !== undefined) custom.section = override.section;
  if (override.selected !== undefined) custom.selected = override.selected;
  if (Object.keys(custom).length > 0) next.custom = custom;
  return next;
}

/** Says when an override's `section` names no custom section, with the one it most likely meant. */
function unknownSection(override: EntryOverride, id: string, sections: SectionRules): Diagnostic | undefined {
  const section = override.section;
  if (section === undefined) return undefined;
  const ids = sections.by === 'custom' ? sections.list.map((s) => s.id) : [];
  if (ids.includes(section)) return undefined;
  const guess = closestWord(section, ids);
  const why =
    sections.by === 'custom'
      ? `names no section of sections.list${guess ? ` — did you mean '${guess}'?` : ` (sections: ${ids.join(', ')})`}`
      : `has no effect: sections are by ${sections.by}, not custom${sections.by === 'type' ? ' (use kind: to choose the section by type)' : ''}`;
  return { severity: 'warning', code: 'override-unknown-section', message: `overrides.${id}.section '${section}' ${why}`, ...at(override, id) };
}

/**
 * The records with the config's `overrides` applied, each by the entry's id or its key as written
 * (`smith2020` when ids were made unique as `smith2020-2`). An override whose id matches no entry is
 * a warning at the override, with the id most likely meant; so is a `section` that names no custom
 * section. Pure; runs after the lock is applied, so an override wins over what `pubcv enrich` found.
 */
export function applyOverrides(
  records: readonly SourceRecord[],
  overrides: Readonly<Record<string, EntryOverride>>,
  sections: SectionRules,
): Result<SourceRecord[]> {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, EntryOverride>();
  const ids = new Set(records.map((r) => r.item.id));
  const keys = new Set(records.map((r) => r.source.key).filter((k): k is string => k !== undefined));
  for (const [id, override] of Object.entries(overrides)) {
    if (!ids.has(id) && !keys.has(id)) {
      const guess = closestWord(id, [...ids]);
      const hint = guess ? ` — did you mean '${guess}'?` : '';
      diagnostics.push({
        severity: 'warning',
        code: 'override-unknown-entry',
        message: `overrides.${id}: no entry has the id '${id}'${hint}`,
        ...at(override, id),
      });
      continue;
    }
    byId.set(id, override);
    const problem = unknownSection(override, id, sections);
    if (problem) diagnostics.push(problem);
  }
  if (byId.size === 0) return { value: [...records], diagnostics };
  const value = records.map((record) => {
    // By the key as written only when no entry has it as its id: smith2020 is then smith2020-2.
    const key = record.source.key;
    const override = byId.get(record.item.id) ?? (key !== undefined && !ids.has(key) ? byId.get(key) : undefined);
    return override ? { ...record, item: overridden(record.item, override) } : record;
  });
  return { value, diagnostics };
}
