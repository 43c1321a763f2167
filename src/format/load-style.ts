import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { userError } from '../model/errors.js';
import { closeNames } from '../text/did-you-mean.js';
import { bundledLocales, bundledStyle, bundledStyleNames, localeCode, styleFromCsl, type CslStyle } from './csl-style.js';

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
    const style = styleFromCsl(spec, xml);
    if (typeof style === 'string') throw userError({ code: 'style-invalid', message: `${spec}: ${style}`, file: spec }, 2);
    return style;
  }
  const name = spec.trim().toLowerCase();
  const style = bundledStyle(name);
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
