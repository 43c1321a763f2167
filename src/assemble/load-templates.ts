import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EntryTemplates, TemplateSource } from './apply-templates.js';
import { TEMPLATES_DIR } from '../files/bundled-files.js';
import { userError } from '../model/errors.js';

/** Which templates a build uses: a bundled theme, and a folder of the user's that overrides it. */
export interface TemplateChoice {
  /** A bundled theme: default, compact or fragment. Default: default. */
  readonly theme?: string;
  /** A folder whose files replace the theme's, file by file (`--template DIR`). */
  readonly templates?: string;
}

/** The bundled themes: the folders of templates/. */
export async function bundledThemes(root: string = TEMPLATES_DIR): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * The folders each template file is looked for in, first match wins: the user's folder, the
 * theme, then the default theme (a theme holds only what it changes). An unknown theme or a
 * missing folder is a usage error.
 */
export async function templateSearchPath(choice: TemplateChoice = {}, root: string = TEMPLATES_DIR): Promise<string[]> {
  const theme = choice.theme ?? 'default';
  const themes = await bundledThemes(root);
  if (!themes.includes(theme)) {
    throw userError({ code: 'unknown-theme', message: `unknown theme "${theme}" (themes: ${themes.join(', ')})` }, 2);
  }
  const dirs: string[] = [];
  if (choice.templates !== undefined) {
    const dir = resolve(choice.templates);
    if (!(await isFolder(dir))) {
      throw userError({ code: 'template-dir-not-found', message: `template folder ${choice.templates} not found`, file: choice.templates }, 2);
    }
    dirs.push(dir);
  }
  for (const dir of [join(root, theme), join(root, 'default')]) if (!dirs.includes(dir)) dirs.push(dir);
  return dirs;
}

async function readTemplate(dirs: readonly string[], name: string): Promise<TemplateSource> {
  for (const dir of dirs) {
    const path = join(dir, name);
    const text = await readFile(path, 'utf8').catch((cause: NodeJS.ErrnoException) => {
      if (cause.code === 'ENOENT') return undefined;
      throw userError({
        code: 'template-unreadable',
        message: cause.code === 'EISDIR' ? `${path} is a folder, not a template file` : `cannot read ${path} (${cause.code ?? cause.message})`,
        file: path,
      });
    });
    if (text !== undefined) return { path, text };
  }
  throw userError({ code: 'template-missing', message: `template ${name} not found in ${dirs.join(', ')}` });
}

/** Reads the format-neutral templates (entry.hbs, heading.hbs) along a search path. */
export async function loadTemplates(dirs: readonly string[]): Promise<EntryTemplates> {
  const [entry, heading] = await Promise.all([readTemplate(dirs, 'entry.hbs'), readTemplate(dirs, 'heading.hbs')]);
  return { entry, heading };
}
