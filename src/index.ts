// pubcv's library: what a program needs to do anything the command line does. README's "Library"
// section documents these. Everything else under src/ is internal and may change; src/cli/ takes
// only names exported here (test/architecture/cli-uses-api.test.ts), from their own modules.

/** The operations: `build` and `check` (what `pubcv build` and `pubcv check` do), the pure core under them, and their reports. */
export { build, documentDate, type BuildOptions, type BuildReport, type BuildStage } from './api/build-files.js';
export { check, type CheckOptions, type CheckReport } from './api/check-files.js';
export { buildDocument, loadStyle, type DocumentResult, type DocumentSettings } from './api/pipeline.js';
export { checkInputs, type LoadedForRecords, type RecordSettings } from './api/prepare-records.js';
export type { EntryChanges } from './files/build-manifest.js';
export type { EntryCounts } from './model/record.js';
/** Reading a report's filtered-out notes (code `filtered-out`): how many entries each filter left out, as the CLI summarizes them. */
export { FILTERED_OUT, filteredCounts, filteredPhrase } from './select/select-records.js';
export { EXAMPLE_INPUT, exampleInputPath, TEMPLATES_DIR } from './files/bundled-files.js';

/** Enrich: fill what entries lack from the open scholarly APIs into the lock file (`pubcv enrich`), or with your own sources. */
export {
  enrich,
  enrichCitations,
  type CitationCountOptions,
  type CitationCountReport,
  type EnrichOptions,
  type EnrichPlan,
  type EnrichReport,
} from './api/enrich.js';
export { enrichRecords, type EnrichRecordsOptions, type EnrichRecordsReport } from './enrich/enrich-records.js';
export type { LookupPlan, PlannedLookup, SkippedEntry } from './enrich/plan-lookups.js';
export { SOURCE_NAMES, type Candidate, type FetchFailure, type SourceName, type WorkQuery, type WorkSource } from './enrich/work-source.js';
export { openNetwork, openSources, type Network, type NetworkSettings } from './enrich/open-sources.js';
export { parseSourceList } from './enrich/source-list.js';
export { hIndex, i10Index, type CitationCount } from './model/citations.js';

/** Import: works by DOI, from ORCID, dblp or OpenAlex, as CSL-JSON (`pubcv import`), and the identifiers it takes. */
export { importWorks, type ImportOptions, type ImportReport, type SkippedWork } from './api/import-works.js';
export { normalizeDoi } from './enrich/normalize-doi.js';
export { parseOrcid } from './enrich/fetch-orcid.js';
export { parseDblpPid } from './enrich/fetch-dblp-person.js';
export { parseOpenAlexAuthor } from './enrich/fetch-openalex-author.js';
export { writeInputs, type WrittenInput } from './enrich/write-inputs.js';

/** The lock file (pubcv.lock.json): reading, writing, finding it beside the inputs, and filling records from it. */
export {
  emptyLock,
  parseLock,
  serializeLock,
  type LockedFields,
  type LockEntry,
  type LockFile,
  type LockSuggestion,
} from './enrich/lock-file.js';
export { LOCK_FILE_NAME } from './enrich/lock-constants.js';
export { applyLock } from './enrich/apply-lock.js';
export { findLock, lockPathFor } from './enrich/find-lock.js';
export { readLockFile } from './enrich/read-lock-file.js';

/** Reading inputs: paths or texts in any format pubcv reads, into records with their positions; the owners' names found in them. */
export { readInputs, type ReadInputsResult } from './api/read-inputs.js';
export type { InputSpec, InputText } from './input/input-text.js';
export { stdinAs } from './input/input-text.js';
export { INPUT_FORMATS, inputFormats, listedExtensions, mainExtensions, type InputFormat } from './input/input-format.js';
export { decodeText } from './text/decode-text.js';
export type { CslItem, CslName, ReadResult, SourceRecord } from './model/record.js';
export { namesInData, type NameCount } from './owner/names-in-data.js';

/** Rendering: the document model to any output format, and the templates entries are written with. */
export { renderDocx, renderFormat, renderHtml, renderPdf, type RenderOptions } from './render/render-document.js';
export { DEFAULT_FORMATS, OUTPUT_FORMATS, type OutputFormat } from './render/writers.js';
export type { Writer, WriterOptions } from './render/writer.js';
export { bundledThemes, loadTemplates, templateSearchPath, type TemplateChoice } from './assemble/load-templates.js';
export type { EntryTemplates, TemplateSource } from './assemble/apply-templates.js';

/** Styles and locales: the CSL styles and locales available offline, listed, searched and resolved. */
export { bundledLocales, bundledStyleNames, findLocales, findStyles, listStyles, type CslStyle, type StyleListing } from './format/csl-style.js';
export { resolveLocale } from './format/load-style.js';

/** Config and settings: the config file, its profiles, and the one resolver that gives every stage its `Settings`. */
export { loadConfig, CONFIG_FILE_NAMES } from './config/load-config.js';
export { resolveConfig, type LoadedConfig, type ResolvedConfig } from './config/resolve-config.js';
export { resolveSettings } from './config/resolve-settings.js';
export { DEFAULT_SETTINGS } from './config/config-defaults.js';
export type { Settings, SettingsLayer } from './config/settings.js';
export {
  PLAIN_SETTINGS,
  plainSettings,
  settingName,
  type PlainFlag,
  type PlainKind,
  type PlainSetting,
  type PlainSettings,
} from './config/plain-settings.js';
export type { ConfigFile, ConfigProfile, EnrichConfig } from './config/config-schema.js';
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

/** The document model every writer reads: sections, entries, runs with marks, the layout and the message catalogue. */
export * from './model/index.js';
export type { ContributionRole } from './model/record.js';

/** Errors and diagnostics: problems come back as `Diagnostic` values; a UserError (or ConfigError) is the user's to fix, an InternalError is a bug. */
export type { Diagnostic, Result, Severity } from './model/errors.js';
export { InternalError, UserError } from './model/errors.js';
export { ConfigError } from './text/config-error.js';
