import { readFileSync } from 'node:fs';
import { buildDocument, loadStyle, type Document } from '../../src/index.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';

// The corpus sweep and the glyph check both read the corpus built in APA: in npm test's one
// process for unit tests (test/unit-tests.ts) the later one takes the earlier one's documents
// instead of building them again. Run alone, each test file builds its own.

const built = new Map<string, Promise<Document>>();

/** The document of `paths` (absolute, read together) in `style`, dated 2026-01-01, with the owner `names`: built once per process. */
export function corpusDocument(paths: readonly string[], style: string, names: readonly string[] = []): Promise<Document> {
  const key = JSON.stringify([paths, style, names]);
  let document = built.get(key);
  if (!document) built.set(key, (document = buildCorpusDocument(paths, style, names)));
  return document;
}

async function buildCorpusDocument(paths: readonly string[], styleName: string, names: readonly string[]): Promise<Document> {
  const style = await loadStyle(styleName);
  const sources = paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const { document } = await buildDocument(sources, { ...resolveSettings(), style, date: '2026-01-01', names });
  if (!document) throw new Error(`${paths.join(', ')}: no document in ${styleName}`);
  return document;
}
