import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

// Where keys are written in a config file's YAML. Apart from parse-config.ts, whose schema loads
// zod, because resolving settings locates keys too and runs on every build, config file or not.

type Path = readonly PropertyKey[];

export function keyOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

/** The node at `path` (or the deepest one that exists), and the key node it was reached by. */
export function nodeAt(doc: Document, path: Path): { node: Node | undefined; key: Node | undefined } {
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
