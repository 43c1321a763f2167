import type { Document } from '../model/index.js';

/** Options every writer accepts. */
export interface WriterOptions {
  /** Folder holding the bundled themes (templates/: default/, compact/, fragment/). */
  readonly templatesDir: string;
  /**
   * Folders searched for each HTML template file, first match wins: `--template DIR`, the chosen
   * theme, then the default theme. Absent: templatesDir/default.
   */
  readonly templateDirs?: readonly string[];
  /** HTML: add a schema.org JSON-LD description of every entry. */
  readonly jsonLd?: boolean;
}

/** A writer turns the document model into the bytes of one output file. */
export interface Writer {
  render(doc: Document, options: WriterOptions): Promise<Uint8Array>;
}
