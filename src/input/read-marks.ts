import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Diagnostic, Result } from '../model/errors.js';
import type { ContributionRole } from '../model/record.js';
import { roleNamed } from './role-names.js';

/** One role given to one author of an entry: by position (1 = first author) or by name. */
export interface MarkRequest {
  readonly role: ContributionRole;
  readonly who: number | string;
  readonly line?: number;
}

/** The marks a file gives one entry, found by its id (citation key) or DOI. */
export interface EntryMarks {
  readonly key: string;
  readonly line?: number;
  readonly marks: readonly MarkRequest[];
}

/** How the file wants a role drawn: its symbol, whether it underlines, its legend text. */
interface LookChange {
  symbol?: string;
  underline?: boolean;
  label?: string;
}

/** A contribution-marks file (`--marks FILE`). */
export interface MarksFile {
  readonly file: string;
  readonly entries: readonly EntryMarks[];
  readonly looks: Partial<Record<ContributionRole, LookChange>>;
}

/**
 * Reads a marks file: YAML mapping entry ids or DOIs to roles and the authors who hold them,
 * plus optional `symbols:` and `labels:` sections that change how roles are drawn.
 *
 *     sui2024moe: { co-first: [1, 2], corresponding: "Sui, Yang" }
 *     10.1145/3580305.3599284: { student: [3] }
 *     symbols: { corresponding: "✉", student: underline }
 */
export function readMarks(text: string, file: string): Result<MarksFile> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const lineOf = (node: unknown): number | undefined => (isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined);
  const warn = (code: string, message: string, node: unknown) => diagnostics.push({ severity: 'warning', code, message, file, line: lineOf(node) });
  const empty: MarksFile = { file, entries: [], looks: {} };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      diagnostics.push({ severity: 'error', code: 'marks-syntax', message: error.message.split('\n')[0] ?? error.code, file, line, column: col });
    }
    return { value: empty, diagnostics };
  }
  if (doc.contents === null) return { value: empty, diagnostics };
  if (!isMap(doc.contents)) {
    warn('marks-syntax', 'a marks file maps entry ids or DOIs to roles, e.g. "smith2020: { corresponding: [1] }"', doc.contents);
    return { value: empty, diagnostics };
  }
  const entries: EntryMarks[] = [];
  const looks: Partial<Record<ContributionRole, LookChange>> = {};
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === 'symbols' || key === 'labels') {
      readLooks(pair.value, key, looks, warn);
      continue;
    }
    if (!isMap(pair.value)) {
      warn('marks-syntax', `"${key}" should map roles to authors, e.g. "corresponding: [1]"`, pair.key);
      continue;
    }
    const marks: MarkRequest[] = [];
    for (const rolePair of pair.value.items) {
      const roleText = isScalar(rolePair.key) ? String(rolePair.key.value) : '';
      const role = roleNamed(roleText);
      if (!role) {
        warn('marks-unknown-role', `unknown role "${roleText}" (use co-first, equal, corresponding or student)`, rolePair.key);
        continue;
      }
      for (const whoNode of isSeq(rolePair.value) ? rolePair.value.items : [rolePair.value]) {
        const who = isScalar(whoNode) ? whoNode.value : undefined;
        if (typeof who === 'number' && Number.isInteger(who) && who >= 1) marks.push({ role, who, line: lineOf(whoNode) });
        else if (typeof who === 'string' && who.trim() !== '') marks.push({ role, who: who.trim(), line: lineOf(whoNode) });
        else warn('marks-syntax', `"${roleText}" takes author positions (1 = first author) or names`, whoNode ?? rolePair.key);
      }
    }
    entries.push({ key, line: lineOf(pair.key), marks });
  }
  return { value: { file, entries, looks }, diagnostics };
}

function readLooks(
  node: unknown,
  section: 'symbols' | 'labels',
  looks: Partial<Record<ContributionRole, LookChange>>,
  warn: (code: string, message: string, node: unknown) => void,
): void {
  if (!isMap(node)) {
    warn('marks-syntax', `"${section}" maps roles to ${section === 'symbols' ? 'symbols' : 'legend texts'}`, node);
    return;
  }
  for (const pair of node.items) {
    const roleText = isScalar(pair.key) ? String(pair.key.value) : '';
    const role = roleNamed(roleText);
    const value = isScalar(pair.value) ? String(pair.value.value ?? '') : undefined;
    if (!role || value === undefined) {
      warn('marks-unknown-role', `unknown role "${roleText}" in ${section}`, (pair.key as Node | null) ?? node);
      continue;
    }
    const look = (looks[role] ??= {});
    if (section === 'labels') look.label = value;
    else if (value.trim().toLowerCase() === 'underline') Object.assign(look, { symbol: '', underline: true });
    else Object.assign(look, { symbol: value.trim() === 'none' ? '' : value.trim(), underline: false });
  }
}
