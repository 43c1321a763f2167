import { LineCounter, isNode, parseDocument } from 'yaml';
import { emptyRead } from './empty-read.js';
import { readCslItems } from './read-csl-items.js';
import type { ReadResult } from '../model/record.js';

/**
 * Reads CSL-YAML: a list of items, pandoc's `references:` list, or one item. Syntax errors come
 * back as `csl-yaml-syntax` errors with line and column; records get their item's position.
 */
export function readCslYaml(text: string, file: string): ReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const diagnostics = doc.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return { severity: 'error' as const, code: 'csl-yaml-syntax', message: error.message.split('\n')[0] ?? error.code, file, line, column: col };
    });
    return { records: [], diagnostics, owners: [], entryCount: 0 };
  }
  if (doc.contents === null) {
    return emptyRead({ severity: 'warning', code: 'empty-input', message: 'the file is empty', file });
  }
  let root: unknown;
  try {
    root = doc.toJS();
  } catch (error) {
    // toJS refuses documents whose aliases would expand without bound ("billion laughs").
    const message = error instanceof Error ? error.message : String(error);
    return emptyRead({ severity: 'error', code: 'csl-yaml-syntax', message, file });
  }
  return readCslItems(
    root,
    (path) => {
      const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
      const start = isNode(node) ? node.range?.[0] : undefined;
      if (start === undefined) return undefined;
      const { line, col } = lineCounter.linePos(start);
      return { line, column: col };
    },
    file,
  );
}
