import type { Diagnostic, Result } from '../model/errors.js';
import type { EntryMarks, MarkRequest, MarksFile } from '../input/read-marks.js';
import type { ContributionRole, CslItem, SourceRecord } from '../model/record.js';
import { isStronger, matchOwner, ownerKey, type MatchStrength } from './owner-match.js';
import { parseOwnerName } from './owner-name.js';

/** Contribution roles by author index (0-based, into the item's `author` list). */
export type RolesByAuthor = ReadonlyMap<number, readonly ContributionRole[]>;

/** A DOI as written in an entry or a marks file, reduced to compare: "10.1145/x" in lower case. */
function doiKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/, '');
}

/** The author a mark means: by 1-based position, or the one name that matches best. */
function authorIndex(item: CslItem, who: number | string): number | undefined {
  const authors = item.author ?? [];
  if (typeof who === 'number') return who >= 1 && who <= authors.length ? who - 1 : undefined;
  const wanted = parseOwnerName(who);
  if (!wanted) return undefined;
  const key = ownerKey(wanted);
  let best: { index: number; strength: MatchStrength } | undefined;
  let tie = false;
  authors.forEach((name, index) => {
    const strength = matchOwner(name, [key]);
    if (!strength) return;
    if (!best || isStronger(strength, best.strength)) {
      best = { index, strength };
      tie = false;
    } else if (strength === best.strength) tie = true;
  });
  return best && !tie ? best.index : undefined;
}

function add(roles: Map<number, ContributionRole[]>, index: number, role: ContributionRole): void {
  const list = roles.get(index) ?? [];
  if (!list.includes(role)) list.push(role);
  roles.set(index, list);
}

/**
 * Each record's contribution roles: those its input carried (`custom.contributions`: BibTeX
 * annotations, CSL-JSON) and those a marks file gives it by id or DOI. Marks naming no entry,
 * or no author of theirs, are warnings.
 */
export function contributionRoles(records: readonly SourceRecord[], marks?: MarksFile): Result<Map<string, RolesByAuthor>> {
  const diagnostics: Diagnostic[] = [];
  const byKey = new Map<string, EntryMarks>();
  for (const entry of marks?.entries ?? []) {
    byKey.set(entry.key, entry);
    byKey.set(doiKey(entry.key), entry);
  }
  const used = new Set<EntryMarks>();
  const value = new Map<string, RolesByAuthor>();
  for (const record of records) {
    const { item } = record;
    const roles = new Map<number, ContributionRole[]>();
    for (const c of item.custom?.contributions ?? []) if (c.author >= 0 && c.author < (item.author?.length ?? 0)) add(roles, c.author, c.role);
    const doi = typeof item.DOI === 'string' ? doiKey(item.DOI) : undefined;
    const found = [item.id, record.source.key, doi].map((k) => (k === undefined ? undefined : byKey.get(k))).find(Boolean);
    if (found) {
      used.add(found);
      for (const mark of found.marks) {
        const index = authorIndex(item, mark.who);
        if (index === undefined) diagnostics.push(unknownAuthor(marks?.file, mark, item.id));
        else add(roles, index, mark.role);
      }
    }
    if (roles.size > 0) value.set(item.id, roles);
  }
  for (const entry of marks?.entries ?? []) {
    if (used.has(entry)) continue;
    diagnostics.push({
      severity: 'warning',
      code: 'marks-unknown-entry',
      message: `no entry has the id or DOI "${entry.key}"`,
      file: marks?.file,
      line: entry.line,
    });
  }
  return { value, diagnostics };
}

function unknownAuthor(file: string | undefined, mark: MarkRequest, entry: string): Diagnostic {
  const who = typeof mark.who === 'number' ? `no author number ${mark.who}` : `no single author matches "${mark.who}"`;
  return { severity: 'warning', code: 'marks-unknown-author', message: `${who}; the ${mark.role} mark is left out`, file, line: mark.line, entry };
}
