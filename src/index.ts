export type { Diagnostic, Result, Severity } from './errors.js';
export { UserError } from './errors.js';
export * from './model/index.js';
export type { CslItem, CslName, SourceRecord, ReadResult } from './input/record.js';
export { build, documentDate, type BuildOptions, type BuildReport } from './build-files.js';
export { check, type CheckOptions } from './check-files.js';
export { buildDocument, checkInputs, loadStyle, type DocumentResult, type DocumentSettings, type EntryCounts, type InputSource } from './pipeline.js';
export type { OutputFormat, Writer, WriterOptions } from './render/writer.js';
