import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { userError } from '../errors.js';
import type { WriterOptions } from './writer.js';

/**
 * The entry and heading templates are format-neutral: they are applied when the document is
 * built, for every format, and are not partials of the HTML page.
 */
const NEUTRAL_TEMPLATES: ReadonlySet<string> = new Set(['entry.hbs', 'heading.hbs']);

/** The folders a theme file is looked for in, first match wins. */
export function themeDirs(options: WriterOptions): readonly string[] {
  return options.templateDirs && options.templateDirs.length > 0 ? options.templateDirs : [join(options.templatesDir, 'default')];
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw cause;
  }
}

/** The first `name` found along `dirs`, or undefined. */
export async function readOptionalThemeFile(dirs: readonly string[], name: string): Promise<string | undefined> {
  for (const dir of dirs) {
    const text = await readIfPresent(join(dir, name));
    if (text !== undefined) return text;
  }
  return undefined;
}

/** The first `name` found along `dirs`; none is an error the user can act on. */
export async function readThemeFile(dirs: readonly string[], name: string): Promise<string> {
  const text = await readOptionalThemeFile(dirs, name);
  if (text !== undefined) return text;
  throw userError({ code: 'template-missing', message: `HTML theme file ${name} not found in ${dirs.join(', ')}`, file: join(dirs[0] ?? '.', name) });
}

/** The .hbs files of a folder; a folder that does not exist has none. */
async function listTemplates(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.hbs'));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw cause;
  }
}

/**
 * Compiles page.hbs with every other HTML template along `dirs` as a partial (each name from
 * the first folder that has it), on a private Handlebars.
 */
export async function compileTheme<View>(dirs: readonly string[]): Promise<Handlebars.TemplateDelegate<View>> {
  const hbs = Handlebars.create();
  const page = await readThemeFile(dirs, 'page.hbs');
  const names = new Set((await Promise.all(dirs.map(listTemplates))).flat());
  for (const file of [...names].sort()) {
    if (file === 'page.hbs' || NEUTRAL_TEMPLATES.has(file)) continue;
    hbs.registerPartial(basename(file, '.hbs'), await readThemeFile(dirs, file));
  }
  return hbs.compile<View>(page);
}

/** The page's stylesheet: style.css, then theme.css (a theme's or user's additions) when present. */
export async function readThemeCss(dirs: readonly string[]): Promise<string> {
  const extra = await readOptionalThemeFile(dirs, 'theme.css');
  const base = (await readThemeFile(dirs, 'style.css')).trimEnd();
  return extra === undefined ? base : `${base}\n\n${extra.trimEnd()}`;
}
