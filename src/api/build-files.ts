import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareManifests, makeManifest, MANIFEST_NAME, parseManifest, serializeManifest, type EntryChanges } from '../files/build-manifest.js';
import { TEMPLATES_DIR } from '../files/bundled-files.js';
import type { Diagnostic } from '../model/errors.js';
import { CACHE_DIR, CACHE_FILE, EntryCache } from '../format/entry-cache.js';
import { formatEntriesCached } from '../format/format-entries-cached.js';
import { userError } from '../model/errors.js';
import { findLock, lockPathFor } from '../enrich/find-lock.js';
import { buildDocumentWith, loadStyle, resolveLocale } from './pipeline.js';
import type { EntryCounts } from '../model/record.js';
import { inputsOrExample, readSources } from './read-sources.js';
import { loadTemplates, templateSearchPath } from '../assemble/load-templates.js';
import { renderFormats } from '../render/render-formats.js';
import { undrawableCharacters } from '../render/undrawable-text.js';
import { writers } from '../render/writers.js';
import { defaultThreads } from '../format/render-parallel.js';
import { checkOutputFolder, checkOutputsAreNotRead, createOutputFolder, templateFiles, type ReadFile } from '../files/output-folder.js';
import { filteredCounts, filteredPhrase } from '../select/select-records.js';
import { removeStaleTemps, writeAtomically, type OutputFile } from '../files/write-atomically.js';
import { resolveSettings } from '../config/resolve-settings.js';
import type { InputText, InputSpec } from '../input/input-text.js';
import type { OutputFormat } from '../render/writers.js';
import type { Settings, SettingsLayer } from '../config/settings.js';
import { buildIdentity } from '../files/build-identity.js';
import { buildKey, recordBuild, unchangedBuild } from './unchanged-build.js';
import { readPeopleFile } from './people-names.js';

/** The stages a build reports as it starts each, for a progress line. */
export type BuildStage = 'reading' | 'formatting' | 'rendering' | 'writing';

/** What one run of `build` needs beyond its settings. */
interface RunOptions {
  /** Text of standard input, when an input is '-'. */
  readonly stdin?: string;
  /** YYYY-MM-DD; default from SOURCE_DATE_EPOCH, else today (UTC). */
  readonly date?: string;
  /** Called as each stage starts, with a word on what it works on ("pdf", "12 entries"). */
  readonly onProgress?: (stage: BuildStage, detail: string) => void;
  /** Threads to format entries with. Default: one per core. */
  readonly threads?: number;
  /** Warnings fail the build (`--strict`): with any, nothing is written and earlier outputs stay. Default false. */
  readonly strict?: boolean;
}

/** A build's settings, any of them (the rest from their defaults: see `Settings`), and its run options. */
export type BuildOptions = SettingsLayer & RunOptions;

/** What a build did; `--json` prints all of it but `sources`. */
export interface BuildReport {
  readonly entries: EntryCounts;
  readonly diagnostics: Diagnostic[];
  readonly outputs: string[];
  /** Entries new, changed or removed since the last build into the same folder; absent when nothing was written. */
  readonly changes?: EntryChanges;
  /** The input texts as read, so a caller can quote the line a diagnostic points at. */
  readonly sources: readonly InputText[];
  /**
   * True when nothing the outputs depend on changed since the last build into the folder (inputs,
   * settings, every file read, pubcv's build) and its files were still as written: they were kept,
   * and the report is the last build's.
   */
  readonly unchanged?: boolean;
}

// In a module of its own so that `check`, which loads no formatter, can date things too.
import { documentDate } from './document-date.js';
export { documentDate };

/** The files a build into `out` writes: one per format, then the manifest and the entry cache. */
function outputPaths(out: string, formats: readonly OutputFormat[]): { documents: string[]; all: string[] } {
  const documents = formats.map((format) => join(out, `publications.${writers[format].extension}`));
  return { documents, all: [...documents, join(out, MANIFEST_NAME), join(out, CACHE_DIR, CACHE_FILE)] };
}

/** Every file the build reads besides standard input, with what it is to the user. */
async function filesRead(settings: Settings, inputs: readonly InputSpec[], templateDirs: readonly string[]): Promise<ReadFile[]> {
  const lock = lockPathFor(settings.lock, settings.inputs);
  return [
    ...inputs.flatMap((i) => {
      const path = typeof i === 'string' ? i : i.path;
      return path === '-' ? [] : [{ path, role: 'input' }];
    }),
    ...(settings.configFile !== undefined ? [{ path: settings.configFile, role: 'config file' }] : []),
    ...(settings.marks !== undefined ? [{ path: settings.marks, role: 'marks file' }] : []),
    ...(settings.people.file ? [{ path: settings.people.file, role: 'people file' }] : []),
    ...(lock !== undefined ? [{ path: lock, role: 'lock file' }] : []),
    ...(settings.style.toLowerCase().endsWith('.csl') ? [{ path: settings.style, role: 'style' }] : []),
    ...(await templateFiles(templateDirs)),
  ];
}

async function readManifest(out: string) {
  const text = await readFile(join(out, MANIFEST_NAME), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseManifest(text);
}

/**
 * Reads the inputs, builds the document and writes one file per format into the output folder,
 * with a manifest of the entries beside them. Either every file is replaced or none is.
 */
export async function build(options: BuildOptions = {}): Promise<BuildReport> {
  const { stdin, date, onProgress, threads, strict, ...given } = options;
  const settings = resolveSettings(given);
  const progress = onProgress ?? (() => undefined);
  const inputs = inputsOrExample(settings.inputs);
  const out = settings.output;
  const formats = settings.formats;
  const paths = outputPaths(out, formats);
  // Both before anything is read: a wrong -o is a usage error, not a long build that then fails.
  await checkOutputFolder(out);
  // An empty --theme, --template, --locale or --marks has always meant "not given".
  const templateDirs = await templateSearchPath({ theme: settings.theme || undefined, templates: settings.templates || undefined });
  const read = await filesRead(settings, inputs, templateDirs);
  await checkOutputsAreNotRead(paths.all, read);
  progress('reading', inputs.map((i) => (typeof i === 'string' ? i : i.path)).join(', '));
  const sources = await readSources(inputs, stdin);
  const cacheDir = join(out, CACHE_DIR);
  const identity = settings.cache ? buildIdentity() : undefined;
  const documentDay = date ?? documentDate();
  const key = identity
    ? await buildKey({ identity, settings, date: documentDay, sources, files: read.filter((f) => f.role !== 'input').map((f) => f.path) })
    : undefined;
  const last = key ? await unchangedBuild(cacheDir, key) : undefined;
  if (last && !(strict && strictFailure(last.diagnostics))) {
    const changes: EntryChanges = { new: [], changed: [], removed: [], firstBuild: false };
    return { entries: last.entries, diagnostics: [...last.diagnostics], outputs: [...last.outputs], changes, sources, unchanged: true };
  }
  const style = await loadStyle(settings.style);
  const locale = settings.locale ? resolveLocale(settings.locale) : undefined;
  const marks = settings.marks ? await readMarksFile(settings.marks) : undefined;
  const peopleFile = await readPeopleFile(settings.people.file);
  // Only ever read: a build never touches the network, whatever the lock lacks.
  const lock = await findLock(settings.lock, settings.inputs);
  const templates = await loadTemplates(templateDirs);
  progress('formatting', `entries in ${style.name}`);
  const cache = settings.cache ? await EntryCache.load(cacheDir) : EntryCache.inMemory();
  const result = await buildDocumentWith(
    sources,
    { ...settings, style, locale, marksFile: marks, peopleFile, lockFile: lock, entryTemplates: templates, date: documentDay },
    (items, cslStyle, formatOptions) => formatEntriesCached(items, cslStyle, { ...formatOptions, cache, ...(threads ? { threads } : {}) }),
  );
  if (!result.document) {
    return { entries: result.entries, diagnostics: [...result.diagnostics, noEntriesDiagnostic(result.entries, result.diagnostics)], outputs: [], sources };
  }
  const document = result.document;
  const glyphs = formats.includes('pdf') ? undrawableCharacters(document) : [];
  const diagnostics = [...result.diagnostics, ...glyphs];
  const failing = strict ? strictFailure(diagnostics) : undefined;
  if (failing) return { entries: result.entries, diagnostics: [...diagnostics, failing], outputs: [], sources };
  progress('rendering', formats.join(', '));
  const writerOptions = { templatesDir: TEMPLATES_DIR, templateDirs, jsonLd: settings.jsonLd };
  const rendering = renderFormats(document, formats, writerOptions, threads ?? defaultThreads());
  // Until the manifest is made nothing awaits the rendering: its failure must not go unhandled.
  rendering.catch(() => undefined);
  // Made while the PDF thread typesets, which takes longer than this thread's writers.
  const manifest = makeManifest(document, result.records ?? []);
  const changes = compareManifests(await readManifest(out), manifest);
  const rendered = await rendering;
  const files: OutputFile[] = paths.documents.map((path, i) => ({ path, bytes: rendered[i] as Uint8Array }));
  progress('writing', out);
  await createOutputFolder(out);
  await removeStaleTemps(out);
  // The manifest last: writeAtomically puts it in place only once the files it describes are.
  const written = [...files, { path: join(out, MANIFEST_NAME), bytes: serializeManifest(manifest) }];
  await writeAtomically(written);
  // The cache only saves time: a folder it cannot be written to must not fail the build.
  await cache.save().catch(() => undefined);
  const report = { entries: result.entries, diagnostics, outputs: files.map((f) => f.path), changes, sources };
  if (key) await recordBuild(cacheDir, key, written, report);
  return report;
}

/** Under --strict, the error that stops a build with warnings (or errors) before anything is written. */
function strictFailure(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (warnings + errors === 0) return undefined;
  const counted = [
    errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
    warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ]
    .filter((c) => c !== '')
    .join(' and ');
  return { severity: 'error', code: 'strict-failed', message: `--strict: ${counted} fail the build; nothing was written and earlier outputs are kept` };
}

/** Reads a `--marks` file; a missing one is a usage error, like a missing input. */
async function readMarksFile(path: string): Promise<InputText> {
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch {
    throw userError({ code: 'marks-not-found', message: `cannot read marks file ${path}`, file: path }, 2);
  }
}

/**
 * Why a build has nothing to write: no entry could be read, or the filters left none (a
 * `--selected` build of a file where nothing is marked selected) — said as what it is.
 */
function noEntriesDiagnostic(entries: EntryCounts, diagnostics: readonly Diagnostic[]): Diagnostic {
  const counts = filteredCounts(diagnostics);
  const filtered = [...counts.values()].reduce((a, b) => a + b, 0);
  if (filtered === 0 || entries.read === 0) return { severity: 'error', code: 'no-entries', message: 'no entry could be read: nothing was written' };
  const unreadable = entries.skipped - filtered;
  const why =
    counts.get('filters.selected') === filtered
      ? `none of the ${filtered} readable entries is marked selected (BibTeX selected = {true}, or the keyword "selected")`
      : `the filters left out all ${filtered} readable entries (${filteredPhrase(counts)})`;
  const lost = unreadable > 0 ? `${unreadable} ${unreadable === 1 ? 'entry' : 'entries'} could not be read and ` : '';
  return { severity: 'error', code: 'no-entries', message: `${lost}${why}: nothing was written` };
}
