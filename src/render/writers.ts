import type { OutputFormat, Writer } from './writer.js';

/**
 * Writers by format, loaded on demand: pdfkit, docx and their fonts are heavy, and a build
 * that asks for HTML alone should not pay for them.
 */
export const writers = {
  pdf: async () => (await import('./pdf.js')).pdfWriter,
  docx: async () => (await import('./docx.js')).docxWriter,
  html: async () => (await import('./html.js')).htmlWriter,
} satisfies Record<OutputFormat, () => Promise<Writer>>;
