import type { Io } from './terminal.js';

/** What `pubcv styles` is asked for. */
interface StylesFlags {
  readonly json: boolean;
  /** List the CSL locales (for --locale) instead of styles. */
  readonly locales: boolean;
  readonly quiet: boolean;
}

/**
 * Prints the bundled styles whose name or title holds every word of `query` (case and accents
 * ignored), those named by the query or beginning with it first, one per line: short name, title, and for a dependent style the style it formats with.
 */
export async function runStyles(io: Io, query: string | undefined, flags: StylesFlags): Promise<number> {
  const { findLocales, findStyles, listStyles } = await import('../format/csl-style.js');
  if (flags.locales) {
    const locales = findLocales(query);
    io.stdout(flags.json ? `${JSON.stringify(locales, null, 2)}\n` : locales.map((l) => `${l}\n`).join(''));
    return 0;
  }
  const all = listStyles();
  const found = findStyles(query);
  if (flags.json) {
    io.stdout(`${JSON.stringify(found, null, 2)}\n`);
    return 0;
  }
  const width = Math.min(40, Math.max(0, ...found.map((s) => s.name.length)));
  io.stdout(found.map((s) => `${s.name.padEnd(width)}  ${s.title}${s.parent ? `  (uses ${s.parent})` : ''}\n`).join(''));
  if (!flags.quiet) {
    const count = `${found.length.toLocaleString('en-US')} of ${all.length.toLocaleString('en-US')} styles`;
    io.stderr(
      found.length === 0 ? `pubcv: no style matches "${query ?? ''}" (${all.length} styles bundled)\n` : `pubcv: ${count}; use one with --style NAME\n`,
    );
  }
  return 0;
}
