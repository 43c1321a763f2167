import type { Writer } from './writer.js';

/** One output format: the extension its file is written with, and its writer, loaded on demand. */
interface WriterEntry {
  readonly extension: string;
  load(): Promise<Writer>;
}

/**
 * The output formats, in the order `--format` lists them: the one list the format names, the
 * config schema, the CLI's help and messages and the output file names come from. Writers load
 * on demand: pdfkit, docx and their fonts are heavy, and a build that asks for HTML alone should
 * not pay for them.
 */
export const writers = {
  pdf: { extension: 'pdf', load: async () => (await import('./pdf.js')).pdfWriter },
  docx: { extension: 'docx', load: async () => (await import('./docx.js')).docxWriter },
  html: { extension: 'html', load: async () => (await import('./html.js')).htmlWriter },
  md: { extension: 'md', load: async () => (await import('./markdown.js')).markdownWriter },
  txt: { extension: 'txt', load: async () => (await import('./text.js')).textWriter },
  tex: { extension: 'tex', load: async () => (await import('./latex.js')).latexWriter },
  bib: { extension: 'bib', load: async () => (await import('./bibtex.js')).bibtexWriter },
  'csl-json': { extension: 'json', load: async () => (await import('./csl-json.js')).cslJsonWriter },
} as const satisfies Record<string, WriterEntry>;

export type OutputFormat = keyof typeof writers;

/** Every format `--format` accepts. */
export const OUTPUT_FORMATS = Object.keys(writers) as readonly OutputFormat[];

/** What a build writes when no format is asked for. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['pdf', 'docx', 'html'];
