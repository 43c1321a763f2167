import type { OutputFormat, Writer } from './writer.js';

/**
 * Writers by format, loaded on demand: pdfkit, docx and their fonts are heavy, and a build
 * that asks for HTML alone should not pay for them.
 */
export const writers = {
  pdf: async () => (await import('./pdf.js')).pdfWriter,
  docx: async () => (await import('./docx.js')).docxWriter,
  html: async () => (await import('./html.js')).htmlWriter,
  md: async () => (await import('./markdown.js')).markdownWriter,
  txt: async () => (await import('./text.js')).textWriter,
  tex: async () => (await import('./latex.js')).latexWriter,
  bib: async () => (await import('./bibtex.js')).bibtexWriter,
  'csl-json': async () => (await import('./csl-json.js')).cslJsonWriter,
} satisfies Record<OutputFormat, () => Promise<Writer>>;
