import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { userError } from '../model/errors.js';
import { checkTemplates, compiledOnce, renderError, type TemplateFile } from '../assemble/template-checks.js';
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

/** A theme file's text; undefined when it does not exist. A folder or an unreadable file in its place is the user's error. */
async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw userError({
      code: 'template-unreadable',
      message: code === 'EISDIR' ? `${path} is a folder, not a template file` : `cannot read ${path} (${code ?? String(cause)})`,
      file: path,
    });
  }
}

/** The first `name` found along `dirs`, with its path, or undefined. */
async function findThemeFile(dirs: readonly string[], name: string): Promise<TemplateFile | undefined> {
  for (const dir of dirs) {
    const path = join(dir, name);
    const text = await readIfPresent(path);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

/** The first `name` found along `dirs`, or undefined. */
async function readOptionalThemeFile(dirs: readonly string[], name: string): Promise<string | undefined> {
  return (await findThemeFile(dirs, name))?.text;
}

/** The first `name` found along `dirs`, with its path; none is an error the user can act on. */
async function themeFile(dirs: readonly string[], name: string): Promise<TemplateFile> {
  const file = await findThemeFile(dirs, name);
  if (file !== undefined) return file;
  throw userError({ code: 'template-missing', message: `HTML theme file ${name} not found in ${dirs.join(', ')}`, file: join(dirs[0] ?? '.', name) });
}

/** The first `name` found along `dirs`; none is an error the user can act on. */
async function readThemeFile(dirs: readonly string[], name: string): Promise<string> {
  return (await themeFile(dirs, name)).text;
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

/** A compiled page: rendering it throws only the user's errors. */
type PageTemplate<View> = (view: View) => string;

/**
 * Compiles page.hbs with every other HTML template along `dirs` as a partial (each name from
 * the first folder that has it), on a private Handlebars. The templates are checked first
 * (syntax, helpers, partials that are missing or include themselves), so a mistake in them is
 * reported with its file and line. Compiled once per process for the same files (`compiledOnce`).
 */
export async function compileTheme<View>(dirs: readonly string[]): Promise<PageTemplate<View>> {
  const page = await themeFile(dirs, 'page.hbs');
  const names = new Set((await Promise.all(dirs.map(listTemplates))).flat());
  const partials = new Map<string, TemplateFile>();
  for (const file of [...names].sort()) {
    if (file === 'page.hbs' || NEUTRAL_TEMPLATES.has(file)) continue;
    partials.set(basename(file, '.hbs'), await themeFile(dirs, file));
  }
  return compiledOnce(JSON.stringify(['page', page, [...partials]]), (): PageTemplate<View> => {
    const hbs = Handlebars.create();
    checkTemplates(page, partials, []);
    for (const [name, file] of partials) hbs.registerPartial(name, file.text);
    const template = hbs.compile<View>(page.text);
    return (view) => {
      try {
        return template(view);
      } catch (cause) {
        throw renderError(page, cause);
      }
    };
  });
}

/** The page's stylesheet: style.css, then theme.css (a theme's or user's additions) when present. */
export async function readThemeCss(dirs: readonly string[]): Promise<string> {
  const extra = await readOptionalThemeFile(dirs, 'theme.css');
  const base = (await readThemeFile(dirs, 'style.css')).trimEnd();
  return extra === undefined ? base : `${base}\n\n${extra.trimEnd()}`;
}
