import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { userError } from '../errors.js';
import type { Document, HighlightStyle, Section } from '../model/index.js';
import { runsToHtml } from './runs-to-html.js';
import type { Writer, WriterOptions } from './writer.js';

/** The bundled templates root; same depth from src/render/ (tsx) and dist/render/ (tsc). */
export const defaultTemplatesDir: string = fileURLToPath(new URL('../../templates/', import.meta.url));

const THEME = 'default';

/** The <body> class that tells the stylesheet how to draw `.owner`. */
const HIGHLIGHT_CLASS = {
  bold: 'highlight-bold',
  italic: 'highlight-italic',
  underline: 'highlight-underline',
  'bold-underline': 'highlight-bold-underline',
} as const satisfies Record<HighlightStyle, string>;

interface EntryView {
  readonly id: string;
  readonly label: string | undefined;
  readonly html: string;
}

interface SectionView {
  readonly id: string;
  readonly title: string;
  readonly labelled: boolean;
  /** Gutter width wide enough for the section's longest label. */
  readonly gutter: string;
  readonly entries: readonly EntryView[];
}

/** The values page.hbs and its partials see. */
interface PageView {
  readonly lang: string;
  readonly title: string;
  readonly owner: string | undefined;
  readonly style: string;
  readonly date: string;
  readonly highlightClass: string;
  readonly css: string;
  readonly sections: readonly SectionView[];
  /** The legend's lines as inline HTML; empty when the document has none. */
  readonly legend: readonly string[];
}

/** HTML ids may not hold whitespace; citation keys rarely do, but user ids might. */
function toHtmlId(id: string): string {
  return id.trim().replace(/\s+/g, '-');
}

/** The template view of one section, entries rendered to inline HTML. */
function viewSection(section: Section): SectionView {
  const longest = Math.max(0, ...section.entries.map((e) => [...(e.label ?? '')].length));
  return {
    id: toHtmlId(section.id),
    title: section.title,
    labelled: longest > 0,
    gutter: `${longest}ch`,
    entries: section.entries.map((e) => ({ id: toHtmlId(e.id), label: e.label, html: runsToHtml(e.runs) })),
  };
}

/** Reads a theme file, turning a missing theme into an error the user can act on. */
async function readThemeFile(themeDir: string, name: string): Promise<string> {
  try {
    return await readFile(join(themeDir, name), 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw cause;
    throw userError({
      code: 'template-missing',
      message: `HTML theme file ${name} not found in ${themeDir}`,
      file: join(themeDir, name),
    });
  }
}

/** Compiles page.hbs with every other .hbs in the theme as a partial, on a private Handlebars. */
async function compileTheme(themeDir: string): Promise<Handlebars.TemplateDelegate<PageView>> {
  const hbs = Handlebars.create();
  const page = await readThemeFile(themeDir, 'page.hbs');
  const partials = (await readdir(themeDir)).filter((f) => f.endsWith('.hbs') && f !== 'page.hbs').sort();
  for (const file of partials) {
    hbs.registerPartial(basename(file, '.hbs'), await readFile(join(themeDir, file), 'utf8'));
  }
  return hbs.compile<PageView>(page);
}

/** Renders the document as one standalone HTML5 page with its stylesheet inline. */
export async function renderHtml(doc: Document, options: WriterOptions): Promise<string> {
  const themeDir = join(options.templatesDir, THEME);
  const template = await compileTheme(themeDir);
  return template({
    lang: doc.lang,
    title: doc.title,
    owner: doc.owner,
    style: doc.style,
    date: doc.date,
    highlightClass: HIGHLIGHT_CLASS[doc.highlight],
    css: (await readThemeFile(themeDir, 'style.css')).trimEnd(),
    sections: doc.sections.map(viewSection),
    legend: (doc.legend ?? []).map(runsToHtml),
  });
}

/** The HTML writer for the writer registry. */
export const htmlWriter: Writer = {
  extension: 'html',
  render: async (doc, o) => new TextEncoder().encode(await renderHtml(doc, o)),
};
