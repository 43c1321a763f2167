import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { userError } from '../model/errors.js';
import { closeNames } from '../text/did-you-mean.js';
import { bundledLocales, bundledStyle, bundledStyleNames, localeCode, styleFromCsl, type CslStyle } from './csl-style.js';

/** Styles loaded in this process, at most MAX_KEPT_STYLES of them: see `keptStyle`. */
const loaded = new Map<string, CslStyle>();
const MAX_KEPT_STYLES = 16;

/**
 * The style `load` makes, made once per process for a given `key` (a bundled style's name, or a
 * file's path and text): a rebuild then finds the same style tree, and with it everything kept
 * per tree (the CV-mode and et-al variants, the cache's and citation-js's hashes of it), instead
 * of expanding, adapting and hashing the whole style again. Style trees are never changed in
 * place (citeproc is given a copy), so one tree can serve every build. What fails is not kept.
 */
function keptStyle<T extends CslStyle | string | undefined>(key: string, load: () => T): T {
  const kept = loaded.get(key);
  if (kept) return kept as T;
  const style = load();
  if (typeof style !== 'object') return style;
  if (loaded.size >= MAX_KEPT_STYLES) loaded.clear();
  loaded.set(key, style);
  return style;
}

/**
 * Reads a style by short name (any style of the CSL repository, dependent styles included) or
 * from a .csl file. An unknown name or unreadable file is a usage error that suggests close names.
 */
export async function loadStyle(spec: string): Promise<CslStyle> {
  if (extname(spec).toLowerCase() === '.csl') {
    let xml: string;
    try {
      xml = await readFile(spec, 'utf8');
    } catch {
      throw userError({ code: 'style-not-found', message: `cannot read style file ${spec}`, file: spec }, 2);
    }
    const style = keptStyle(`${spec}\n${xml}`, () => styleFromCsl(spec, xml));
    if (typeof style === 'string') throw userError({ code: 'style-invalid', message: `${spec}: ${style}`, file: spec }, 2);
    return style;
  }
  const name = spec.trim().toLowerCase();
  const style = keptStyle(name, () => bundledStyle(name));
  if (style) return style;
  const names = bundledStyleNames();
  const close = closeNames(name, names);
  const hint = close.length > 0 ? `; did you mean ${close.join(', ')}?` : '';
  throw userError(
    {
      code: 'unknown-style',
      message: `unknown style "${spec}"${hint} (\`pubcv styles WORD\` searches the ${names.length} bundled styles; a path to a .csl file works too)`,
    },
    2,
  );
}

/** The bundled CSL locale a user's code means (`de` -> de-DE); an unknown one is a usage error. */
export function resolveLocale(spec: string): string {
  const code = localeCode(spec);
  if (code) return code;
  const close = closeNames(spec, bundledLocales(), 8);
  const known = close.length > 0 ? close : bundledLocales();
  throw userError({ code: 'unknown-locale', message: `unknown locale "${spec}" (available: ${known.join(', ')})` }, 2);
}
