import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic, Result } from '../model/errors.js';
import { issueDiagnostics, type IssueContext } from '../text/config-issues.js';
import { knownKeysAt } from './config-json-schema.js';
import { ConfigSchema, type ConfigFile } from './config-schema.js';

type Path = readonly PropertyKey[];

function keyOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

/** The node at `path` (or the deepest one that exists), and the key node it was reached by. */
function nodeAt(doc: Document, path: Path): { node: Node | undefined; key: Node | undefined } {
  let node = (doc.contents ?? undefined) as Node | undefined;
  let key: Node | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && String(keyOf(p.key)) === String(seg));
      if (!pair) break;
      key = pair.key as Node;
      node = (pair.value ?? undefined) as Node | undefined;
      // `key:` with no value: the key is where to point.
      if (!node) return { node: key, key };
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg] as Node;
      key = undefined;
    } else {
      break;
    }
  }
  return { node, key };
}

function contextFor(doc: Document, lines: LineCounter, data: unknown, file: string): IssueContext {
  const position = (offset: number | undefined) => {
    if (offset === undefined) return undefined;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  return {
    file,
    locate(path, key) {
      const { node } = nodeAt(doc, path);
      if (key !== undefined && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && String(keyOf(p.key)) === key);
        if (pair) return position((pair.key as Node | null)?.range?.[0]);
      }
      return position(node?.range?.[0]);
    },
    valueAt(path) {
      let value: unknown = data;
      for (const seg of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[seg] : undefined;
      return value;
    },
    keysAt: knownKeysAt,
  };
}

/** Where each key is written in a config file's text: the line and column of the key at `path` (overrides.smith2020), when there is one. */
export function keyLocator(text: string): (path: readonly PropertyKey[]) => { line: number; column: number } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  return (path) => {
    const { key } = nodeAt(doc, path);
    const offset = key?.range?.[0];
    if (offset === undefined || path.length === 0) return undefined;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
}

/**
 * Parses and validates a config file's text (YAML, or JSON, which YAML reads too). Syntax errors and
 * every schema violation come back as `config-*` error diagnostics with the line and column of the
 * key or value at fault; the value is undefined when there is any.
 */
export function parseConfig(text: string, file: string): Result<ConfigFile | undefined> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors.map((e): Diagnostic => {
    const { line, col } = lines.linePos(e.pos[0]);
    return { severity: 'error', code: 'config-syntax', message: e.message.split('\n')[0] ?? e.message, file, line, column: col };
  });
  if (syntax.length > 0) return { value: undefined, diagnostics: syntax };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    return { value: undefined, diagnostics: [{ severity: 'error', code: 'config-syntax', message: (error as Error).message, file }] };
  }
  const parsed = ConfigSchema.safeParse(data);
  if (parsed.success) return { value: parsed.data, diagnostics: [] };
  return { value: undefined, diagnostics: issueDiagnostics(parsed.error.issues, contextFor(doc, lines, data, file)) };
}
