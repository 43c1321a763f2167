import { TEMPLATES_DIR } from '../files/bundled-files.js';
import type { Document } from '../model/index.js';
import type { WriterOptions } from './writer.js';
import { type OutputFormat, writers } from './writers.js';

/** Options for rendering one format. */
export interface RenderOptions {
  /** Folder holding the bundled themes; default: the package's templates/. */
  readonly templatesDir?: string;
  /** HTML: folders searched for each page template, first match wins (`templateSearchPath`); default: the default theme. */
  readonly templateDirs?: readonly string[];
  /** HTML: add a schema.org JSON-LD description of every entry. */
  readonly jsonLd?: boolean;
}

function writerOptions(options: RenderOptions): WriterOptions {
  return {
    templatesDir: options.templatesDir ?? TEMPLATES_DIR,
    ...(options.templateDirs ? { templateDirs: options.templateDirs } : {}),
    ...(options.jsonLd ? { jsonLd: true } : {}),
  };
}

/** The document as a standalone HTML page. */
export async function renderHtml(document: Document, options: RenderOptions = {}): Promise<string> {
  const bytes = await (await writers.html.load()).render(document, writerOptions(options));
  return new TextDecoder().decode(bytes);
}

/** The document as PDF bytes. */
export async function renderPdf(document: Document, options: RenderOptions = {}): Promise<Uint8Array> {
  return (await writers.pdf.load()).render(document, writerOptions(options));
}

/** The document as DOCX bytes. */
export async function renderDocx(document: Document, options: RenderOptions = {}): Promise<Uint8Array> {
  return (await writers.docx.load()).render(document, writerOptions(options));
}

/** The document in any format of the writer registry (`OUTPUT_FORMATS`), as bytes. */
export async function renderFormat(document: Document, format: OutputFormat, options: RenderOptions = {}): Promise<Uint8Array> {
  return (await writers[format].load()).render(document, writerOptions(options));
}
