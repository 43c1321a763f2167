import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The layers of src/, lowest first: a folder may import only from folders before it (or itself).
 * The order is the pipeline's, with shared ground first:
 * - model: the types every stage carries (records, document, diagnostics, settings);
 * - text: pure text helpers (decoding, positions, did-you-mean, accent folding);
 * - files: writing files safely, bundled paths, worker URLs;
 * - normalize below input, because the readers call the normalizers on what they read;
 * - owner: owner matching and name tagging, used by formatting;
 * - select -> format (citeproc) -> assemble (templates -> document) -> render (writers);
 * - enrich (scholarly APIs, lock file); config (resolves settings, enrich's included);
 * - api: the library's operations (build, check, enrich, import); index.ts: the public surface;
 * - cli: flags in, messages out.
 */
const LAYERS = [
  'model',
  'text',
  'files',
  'normalize',
  'input',
  'owner',
  'select',
  'format',
  'assemble',
  'render',
  'enrich',
  'config',
  'api',
  'index.ts',
  'cli',
];

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
    });
}

/** Each source file (relative to src/) -> the source files it imports, static, dynamic and type-only alike. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const path of sourceFiles(SRC)) {
    const file = relative(SRC, path);
    const imports = ts
      .preProcessFile(readFileSync(path, 'utf8'), true, true)
      .importedFiles.map((spec) => spec.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts'));
    graph.set(file, imports);
  }
  return graph;
}

/** The layer a file belongs to: its top folder under src/, or its own name at the top. */
const layerOf = (file: string): string => file.split(sep)[0] ?? file;

/** Strongly connected components of more than one file (Tarjan): each is an import cycle. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('is read from every source file (the parser sees static, dynamic and type-only imports)', () => {
    assert.ok(graph.size > 200, `only ${graph.size} files read`);
    const cliMain = graph.get(join('cli', 'main.ts')) ?? [];
    assert.ok(cliMain.length > 0, 'cli/main.ts imports nothing?');
  });

  it('has every file in a known layer', () => {
    const unknown = [...graph.keys()].filter((file) => !LAYERS.includes(layerOf(file)));
    assert.deepEqual(unknown, [], `add these folders to LAYERS in their place: ${unknown.join(', ')}`);
  });

  it('imports downward only: no folder imports one above it in LAYERS', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => LAYERS.indexOf(layerOf(target)) > LAYERS.indexOf(layerOf(file))).map((target) => `${file} -> ${target}`),
    );
    assert.deepEqual(upward, []);
  });

  it('has no import cycle between files', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('finds a cycle and an upward import when there is one (the checks can fail)', () => {
    const made = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
    ]);
    assert.deepEqual(cycles(made), [['a.ts', 'b.ts', 'c.ts']]);
    assert.ok(LAYERS.indexOf(layerOf(join('model', 'x.ts'))) < LAYERS.indexOf(layerOf(join('cli', 'y.ts'))));
  });
});
