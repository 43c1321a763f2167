import { isMap, isPair, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic, Result } from '../model/errors.js';
import { issueDiagnostics, type IssueContext } from '../text/config-issues.js';
import { knownKeysAt } from './config-json-schema.js';
import { ConfigSchema, type ConfigFile } from './config-schema.js';
import { keyOf, nodeAt } from './yaml-positions.js';

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
