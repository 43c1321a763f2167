export type { Diagnostic, Result, Severity } from './errors.js';
export * from './model/index.js';
