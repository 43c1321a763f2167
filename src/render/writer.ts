import type { Document } from '../model/index.js';

export type OutputFormat = 'html' | 'pdf' | 'docx';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['pdf', 'docx', 'html'];

/** Options every writer accepts. */
export interface WriterOptions {
  /** Folder holding the Handlebars templates (page.hbs, partials, style.css). */
  readonly templatesDir: string;
  /** HTML: add a schema.org JSON-LD description of every entry. */
  readonly jsonLd?: boolean;
}

/** A writer turns the document model into the bytes of one output file. */
export interface Writer {
  readonly extension: string;
  render(doc: Document, options: WriterOptions): Promise<Uint8Array>;
}
