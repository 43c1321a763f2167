import type { Diagnostic, Result } from '../model/errors.js';
import type { OwnerPlacement } from '../owner/mark-owner-names.js';
import type { OwnerRole } from '../model/settings.js';
import type { SourceRecord } from '../model/record.js';
import type { SectionPlan } from './group-sections.js';
import { FILTERED_OUT } from './select-records.js';

const roleWords = (roles: readonly OwnerRole[]): string => roles.map((r) => `${r}s`).join(' or ');

/**
 * The sections with only the owner's own entries (`--only-owner`, config `owner-only`): those
 * whose owner stands among the names of `roles`, or whose owner match is in doubt (it carries its
 * own warning; an entry is never dropped on a guess). Sections left empty go. Each entry left out
 * is named in a `filtered-out` note, as the filters' are, so `read = rendered + skipped + merged`.
 */
export function keepOwnerEntries(
  sections: readonly SectionPlan[],
  placements: ReadonlyMap<SourceRecord, OwnerPlacement>,
  roles: readonly OwnerRole[],
): Result<SectionPlan[]> {
  const diagnostics: Diagnostic[] = [];
  const kept = sections.map((section) => ({
    ...section,
    records: section.records.filter((record) => {
      const placement = placements.get(record);
      if (!placement || placement.undecided || roles.some((role) => placement.roles.has(role))) return true;
      const { file, line, column } = record.source;
      diagnostics.push({
        severity: 'info',
        code: FILTERED_OUT,
        message: `left out: the owner is not among its ${roleWords(roles)} (only-owner)`,
        file,
        ...(line !== undefined ? { line } : {}),
        ...(column !== undefined ? { column } : {}),
        entry: record.item.id,
      });
      return false;
    }),
  }));
  return { value: kept.filter((s) => s.records.length > 0), diagnostics };
}
