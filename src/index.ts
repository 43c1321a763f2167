export type { Diagnostic, Result, Severity } from './model/errors.js';
export { InternalError, UserError } from './model/errors.js';
export * from './model/index.js';
export type { CslItem, CslName, SourceRecord, ReadResult } from './model/record.js';
export { INPUT_FORMATS, type InputFormat } from './input/input-format.js';
export { stdinAs } from './input/input-text.js';
export { decodeText } from './text/decode-text.js';
export { build, documentDate, type BuildOptions, type BuildReport, type BuildStage } from './api/build-files.js';
export type { EntryChanges } from './files/build-manifest.js';
export { check, type CheckOptions, type CheckReport } from './api/check-files.js';
export { readInputs, type ReadInputsResult } from './api/read-inputs.js';
export type { InputSpec } from './input/input-text.js';
export { renderDocx, renderFormat, renderHtml, renderPdf, type RenderOptions } from './render/render-document.js';
export { bundledThemes, loadTemplates, templateSearchPath, type TemplateChoice } from './assemble/load-templates.js';
export type { EntryTemplates, TemplateSource } from './assemble/apply-templates.js';
export { buildDocument, checkInputs, loadStyle, type DocumentResult, type DocumentSettings } from './api/pipeline.js';
export type { EntryCounts } from './model/record.js';
export type { InputText } from './input/input-text.js';
export { DEFAULT_FORMATS, OUTPUT_FORMATS, type OutputFormat } from './render/writers.js';
export type { Writer, WriterOptions } from './render/writer.js';
export { EXAMPLE_INPUT, exampleInputPath, TEMPLATES_DIR } from './files/bundled-files.js';
export {
  bundledLocales,
  bundledStyleNames,
  findLocales,
  findStyles,
  holdsEveryWord,
  listStyles,
  type CslStyle,
  type StyleListing,
} from './format/csl-style.js';
export { resolveLocale } from './format/load-style.js';
export type { ContributionRole } from './model/record.js';
export { loadConfig, CONFIG_FILE_NAMES } from './config/load-config.js';
export { resolveConfig, type LoadedConfig, type ResolvedConfig } from './config/resolve-config.js';
export { resolveSettings } from './config/resolve-settings.js';
export { DEFAULT_SETTINGS } from './config/config-defaults.js';
export type { Settings, SettingsLayer } from './config/settings.js';
export type { ConfigFile, ConfigProfile } from './config/config-schema.js';
export { parseConfig } from './config/parse-config.js';
export { configJsonSchema } from './config/config-json-schema.js';
export {
  ENTRY_KINDS,
  DEFAULT_NUMBERING,
  DEFAULT_SELECTION,
  LINK_KINDS,
  type AuthorLimit,
  type CustomSection,
  type EntryKind,
  type HeaderSettings,
  type NumberingRules,
  type RecordFilters,
  type SectionRules,
  type Selection,
  type ShownLinkKind,
} from './model/settings.js';
export { ConfigError } from './text/config-error.js';
export { enrich, type EnrichOptions, type EnrichPlan, type EnrichReport } from './api/enrich.js';
export { enrichCitations, type CitationCountOptions, type CitationCountReport } from './api/enrich.js';
export { hIndex, i10Index, type CitationCount } from './model/citations.js';
export { planLookups } from './enrich/plan-lookups.js';
export { emptyLock, parseLock, serializeLock, LOCK_FILE_NAME, type LockFile, type LockEntry } from './enrich/lock-file.js';
export { applyLock } from './enrich/apply-lock.js';
export { rankCandidates, scoreCandidate, type Ranking, type ScoredCandidate } from './enrich/score-candidates.js';
export { SOURCE_NAMES, type Candidate, type FetchFailure, type SourceName, type WorkQuery, type WorkSource } from './enrich/work-source.js';
export { findLock, lockPathFor } from './enrich/find-lock.js';
export { readLockFile } from './enrich/read-lock-file.js';
export { openNetwork, openSources, type Network, type NetworkSettings } from './enrich/open-sources.js';
export { parseSourceList } from './enrich/source-list.js';
export { normalizeDoi } from './enrich/normalize-doi.js';
export { parseOrcid } from './enrich/fetch-orcid.js';
export { parseDblpPid } from './enrich/fetch-dblp-person.js';
export { parseOpenAlexAuthor } from './enrich/fetch-openalex-author.js';
export { importWorks, type ImportOptions, type ImportReport, type SkippedWork } from './api/import-works.js';
export { writeInputs, type WrittenInput } from './enrich/write-inputs.js';
export { writeAtomically, type OutputFile } from './files/write-atomically.js';
export { namesInData, type NameCount } from './owner/names-in-data.js';
export { FILTERED_OUT, filteredCounts, filteredPhrase } from './select/select-records.js';
