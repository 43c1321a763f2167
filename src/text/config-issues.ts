import type { z } from 'zod';
import type { Diagnostic } from '../model/errors.js';
import { closestWord } from './did-you-mean.js';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** What turning schema issues into diagnostics needs to know about the file. */
export interface IssueContext {
  readonly file: string;
  /** Where the value at `path` is written, or with `key`, that key of the mapping at `path`. */
  locate(path: Path, key?: string): { line: number; column: number } | undefined;
  /** The parsed value at `path`. */
  valueAt(path: Path): unknown;
  /** The keys the mapping at `path` may have. */
  keysAt(path: Path): string[];
}

/** `sections.list[0].title`; the root is "the config". */
function pathText(path: Path): string {
  let text = '';
  for (const seg of path) text += typeof seg === 'number' ? `[${seg}]` : `${text === '' ? '' : '.'}${String(seg)}`;
  return text === '' ? 'the config' : text;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
  record: 'a mapping (key: value)',
};

function valueKind(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

/** Whether a union branch failed on the value's very type (so it was not the branch meant). */
function failsOnType(errors: readonly Issue[], value: unknown): boolean {
  return errors.some((e) => e.path.length === 0 && (e.code === 'invalid_type' || (e.code === 'invalid_value' && typeof value !== 'string')));
}

/** What a branch wanted at its root, for "expected X, or Y". */
function branchWants(errors: readonly Issue[]): string | undefined {
  const root = errors.find((e) => e.path.length === 0);
  if (root?.code === 'invalid_type') return EXPECTED[root.expected] ?? root.expected;
  if (root?.code === 'invalid_value') return root.values.length === 1 ? String(root.values[0]) : `one of ${root.values.map(String).join(', ')}`;
  return undefined;
}

function messageFor(issue: Issue, path: Path, context: IssueContext): { code: string; message: string } {
  const where = pathText(path);
  const value = context.valueAt(path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? { code: 'config-missing', message: `${where}: missing (expected ${EXPECTED[issue.expected] ?? issue.expected})` }
        : { code: 'config-type', message: `${where}: expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${valueKind(value)}` };
    case 'invalid_value': {
      const values = issue.values.map(String);
      const guess = typeof value === 'string' ? closestWord(value, values) : undefined;
      const got = typeof value === 'string' ? `unknown value '${value}'` : `got ${valueKind(value)}`;
      return { code: 'config-value', message: `${where}: ${got}${guess ? ` — did you mean '${guess}'?` : ''} (one of ${values.join(', ')})` };
    }
    case 'too_small':
      if (issue.origin === 'string') return { code: 'config-value', message: `${where}: must not be empty` };
      if (issue.origin === 'array') return { code: 'config-value', message: `${where}: must list at least ${String(issue.minimum)}` };
      return { code: 'config-value', message: `${where}: must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}` };
    case 'custom':
      return { code: 'config-value', message: issue.message };
    default:
      return { code: 'config-value', message: `${where}: ${issue.message}` };
  }
}

/** One issue (of a union: the branch the value was meant for) as diagnostics. */
function diagnosticsFor(issue: Issue, base: Path, context: IssueContext): Diagnostic[] {
  const path = [...base, ...issue.path];
  const at = (p: Path, key?: string) => ({ severity: 'error' as const, file: context.file, ...context.locate(p, key) });
  if (issue.code === 'unrecognized_keys') {
    const known = context.keysAt(path);
    return issue.keys.map((key) => {
      const guess = closestWord(key, known);
      const inside = path.length > 0 ? ` in ${pathText(path)}` : '';
      const hint = guess ? ` — did you mean '${guess}'?` : known.length > 0 ? ` (known here: ${known.join(', ')})` : '';
      return { ...at(path, key), code: 'config-unknown-key', message: `unknown key '${key}'${inside}${hint}` };
    });
  }
  if (issue.code === 'invalid_key') {
    const key = String(path[path.length - 1]);
    const reason = issue.issues[0]?.message ?? issue.message;
    return [{ ...at(path.slice(0, -1), key), code: 'config-value', message: `${pathText(path.slice(0, -1))}: '${key}': ${reason}` }];
  }
  if (issue.code === 'invalid_union') {
    const value = context.valueAt(path);
    const meant = issue.errors.find((errors) => !failsOnType(errors, value));
    if (meant) return meant.flatMap((e) => diagnosticsFor(e, path, context));
    const wants = [...new Set(issue.errors.map(branchWants).filter((w): w is string => w !== undefined))];
    return [{ ...at(path), code: 'config-type', message: `${pathText(path)}: expected ${wants.join(', or ')}; got ${valueKind(value)}` }];
  }
  return [{ ...at(path), ...messageFor(issue, path, context) }];
}

/** Schema issues as `config-*` error diagnostics at the line and column of the key or value at fault. */
export function issueDiagnostics(issues: readonly Issue[], context: IssueContext): Diagnostic[] {
  const found = issues.flatMap((issue) => diagnosticsFor(issue, [], context));
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
