import type { Document } from '../model/index.js';

export type OutputFormat = 'html' | 'pdf' | 'docx' | 'md' | 'txt' | 'tex' | 'bib' | 'csl-json';

/** Every format `--format` accepts. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['pdf', 'docx', 'html', 'md', 'txt', 'tex', 'bib', 'csl-json'];

/** The file extension each format is written with (each writer's `extension`). */
export const FILE_EXTENSIONS: Readonly<Record<OutputFormat, string>> = {
  pdf: 'pdf', docx: 'docx', html: 'html', md: 'md', txt: 'txt', tex: 'tex', bib: 'bib', 'csl-json': 'json',
};

/** What a build writes when no format is asked for. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['pdf', 'docx', 'html'];

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
  readonly extension: string;
  render(doc: Document, options: WriterOptions): Promise<Uint8Array>;
}
