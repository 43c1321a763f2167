import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareManifests, makeManifest, MANIFEST_NAME, parseManifest, serializeManifest, type EntryChanges } from '../files/build-manifest.js';
import { TEMPLATES_DIR } from '../files/bundled-files.js';
import type { Diagnostic } from '../model/errors.js';
import type { HeaderSettings, ShownLinkKind } from '../assemble/display-settings.js';
import type { NumberingRules, Selection } from '../select/selection-settings.js';
import { DEFAULT_LAYOUT, type HighlightStyle, type PageLayout } from '../model/index.js';
import { CACHE_DIR, CACHE_FILE, EntryCache } from '../format/entry-cache.js';
import { formatEntriesCached } from '../format/format-entries-cached.js';
import type { AuthorLimit } from '../format/format-records.js';
import { userError } from '../model/errors.js';
import { findLock, lockPathFor } from '../enrich/find-lock.js';
import { buildDocumentWith, loadStyle, resolveLocale } from './pipeline.js';
import type { EntryCounts } from '../model/record.js';
import type { InputText } from '../input/input-text.js';
import { inputsOrExample, readSources } from './read-sources.js';
import type { InputSpec } from '../input/input-text.js';
import { loadTemplates, templateSearchPath } from '../assemble/load-templates.js';
import { renderFormats } from '../render/render-formats.js';
import { undrawableCharacters } from '../render/undrawable-text.js';
import { DEFAULT_FORMATS, type OutputFormat, writers } from '../render/writers.js';
import { defaultThreads } from '../format/render-parallel.js';
import { checkOutputFolder, checkOutputsAreNotRead, createOutputFolder, templateFiles, type ReadFile } from '../files/output-folder.js';
import { removeStaleTemps, writeAtomically, type OutputFile } from '../files/write-atomically.js';

export { EXAMPLE_INPUT, exampleInputPath, TEMPLATES_DIR } from '../files/bundled-files.js';
export { readSources } from './read-sources.js';

/** The stages a build reports as it starts each, for a progress line. */
export type BuildStage = 'reading' | 'formatting' | 'rendering' | 'writing';

export interface BuildOptions {
  /** Input files ('-' reads `stdin`) or texts. Empty: the bundled example. */
  readonly inputs?: readonly InputSpec[];
  /** Text of standard input, when an input is '-'. */
  readonly stdin?: string;
  readonly names?: readonly string[];
  /** Style short name or .csl path. Default apa. */
  readonly style?: string;
  readonly formats?: readonly OutputFormat[];
  /** Output folder. Default output/. */
  readonly out?: string;
  readonly lang?: string;
  readonly highlight?: HighlightStyle;
  /** YYYY-MM-DD; default from SOURCE_DATE_EPOCH, else today (UTC). */
  readonly date?: string;
  /** Called as each stage starts, with a word on what it works on ("pdf", "12 entries"). */
  readonly onProgress?: (stage: BuildStage, detail: string) => void;
  /** Reuse entries formatted by earlier builds, kept in OUT/.pubcv-cache/. Default true. */
  readonly cache?: boolean;
  /** Threads to format entries with. Default: one per core. */
  readonly threads?: number;
  /** Keep the style's "2025a/2025b" year suffixes. Default false: a CV has no in-text citations. */
  readonly yearSuffix?: boolean;
  /** Author lists: the style's et-al rule cut around the owner ('style', default), 'all', or at most N names. */
  readonly authors?: AuthorLimit;
  /** A contribution-marks YAML file: roles (co-first, equal, corresponding, student) by entry id or DOI. */
  readonly marks?: string;
  /** Paper ('A4' | 'Letter'), margin in mm and typeface ('serif' | 'sans') of PDF and DOCX; unset parts from DEFAULT_LAYOUT. */
  readonly layout?: Partial<PageLayout>;
  /** Add schema.org JSON-LD for every entry to the HTML. Default false. */
  readonly jsonLd?: boolean;
  /** Warnings fail the build (`--strict`): with any, nothing is written and earlier outputs stay. Default false. */
  readonly strict?: boolean;
  /** False: records' notes are dropped before formatting. Default: the style prints them where it prints a note. */
  readonly notes?: boolean;
  /** Filters and sections; default: every entry in one untitled list, newest first. */
  readonly selection?: Selection;
  /** pubcv's own entry numbers ("J12"); default none: a numeric style keeps its own. */
  readonly numbering?: NumberingRules;
  /** Link kinds an entry shows, in order; empty: none. Default: all. */
  readonly links?: readonly ShownLinkKind[];
  /** The formats whose entries show their abstracts. Default: html. */
  readonly abstracts?: readonly OutputFormat[];
  /** The document's title. Default "Publications". */
  readonly title?: string;
  /** Subtitle and "Updated <date>" line of the header. */
  readonly header?: HeaderSettings;
  /** Template theme: default, compact or fragment. Default: default. */
  readonly theme?: string;
  /** A folder of templates overriding the theme's, file by file. */
  readonly templates?: string;
  /** Base URL that site-relative link files (al-folio's `pdf = {paper.pdf}`) resolve against. */
  readonly linkBase?: string;
  /** The lock file (`pubcv enrich`) that fills what entries lack; false: none. Default: pubcv.lock.json beside the first input, when there. */
  readonly lock?: string | false;
  /** The config file the options came from: like the inputs, it is never written over. */
  readonly configFile?: string;
}

/** What a build did; `--json` prints all of it but `sources`. */
export interface BuildReport {
  readonly entries: EntryCounts;
  readonly diagnostics: Diagnostic[];
  readonly outputs: string[];
  /** Entries new, changed or removed since the last build into the same folder; absent when nothing was written. */
  readonly changes?: EntryChanges;
  /** The input texts as read, so a caller can quote the line a diagnostic points at. */
  readonly sources: readonly InputText[];
}

/** The document date: SOURCE_DATE_EPOCH when set, so CI rebuilds are reproducible, else today. */
export function documentDate(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  return date.toISOString().slice(0, 10);
}

/** The files a build into `out` writes: one per format, then the manifest and the entry cache. */
function outputPaths(out: string, formats: readonly OutputFormat[]): { documents: string[]; all: string[] } {
  const documents = formats.map((format) => join(out, `publications.${writers[format].extension}`));
  return { documents, all: [...documents, join(out, MANIFEST_NAME), join(out, CACHE_DIR, CACHE_FILE)] };
}

/** Every file the build reads besides standard input, with what it is to the user. */
async function filesRead(options: BuildOptions, inputs: readonly InputSpec[], templateDirs: readonly string[]): Promise<ReadFile[]> {
  const lock = lockPathFor(options.lock, options.inputs);
  return [
    ...inputs.flatMap((i) => {
      const path = typeof i === 'string' ? i : i.path;
      return path === '-' ? [] : [{ path, role: 'input' }];
    }),
    ...(options.configFile !== undefined ? [{ path: options.configFile, role: 'config file' }] : []),
    ...(options.marks !== undefined ? [{ path: options.marks, role: 'marks file' }] : []),
    ...(lock !== undefined ? [{ path: lock, role: 'lock file' }] : []),
    ...(options.style?.toLowerCase().endsWith('.csl') ? [{ path: options.style, role: 'style' }] : []),
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
  const progress = options.onProgress ?? (() => undefined);
  const inputs = inputsOrExample(options.inputs);
  const out = options.out ?? 'output';
  const formats = options.formats && options.formats.length > 0 ? options.formats : DEFAULT_FORMATS;
  const paths = outputPaths(out, formats);
  // Both before anything is read: a wrong -o is a usage error, not a long build that then fails.
  await checkOutputFolder(out);
  const templateDirs = await templateSearchPath({
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
  });
  await checkOutputsAreNotRead(paths.all, await filesRead(options, inputs, templateDirs));
  progress('reading', inputs.map((i) => (typeof i === 'string' ? i : i.path)).join(', '));
  const sources = await readSources(inputs, options.stdin);
  const style = await loadStyle(options.style ?? 'apa');
  const lang = options.lang ? resolveLocale(options.lang) : undefined;
  const marks = options.marks ? await readMarksFile(options.marks) : undefined;
  // Only ever read: a build never touches the network, whatever the lock lacks.
  const lock = await findLock(options.lock, options.inputs);
  const templates = await loadTemplates(templateDirs);
  progress('formatting', `entries in ${style.name}`);
  const cache = options.cache === false ? EntryCache.inMemory() : await EntryCache.load(join(out, CACHE_DIR));
  const threads = options.threads;
  const result = await buildDocumentWith(
    sources,
    {
      ...(options.names ? { names: options.names } : {}),
      style,
      ...(lang ? { lang } : {}),
      ...(options.highlight ? { highlight: options.highlight } : {}),
      ...(options.yearSuffix ? { yearSuffix: true } : {}),
      ...(options.authors !== undefined ? { authors: options.authors } : {}),
      ...(marks ? { marks } : {}),
      ...(options.selection ? { selection: options.selection } : {}),
      ...(options.numbering ? { numbering: options.numbering } : {}),
      ...(options.links ? { links: options.links } : {}),
      ...(options.abstracts ? { abstracts: options.abstracts } : {}),
      ...(options.notes === false ? { notes: false } : {}),
      ...(options.title !== undefined ? { title: options.title } : {}),
      ...(options.header ? { header: options.header } : {}),
      ...(options.linkBase ? { linkBase: options.linkBase } : {}),
      ...(lock ? { lock } : {}),
      templates,
      layout: { ...DEFAULT_LAYOUT, ...options.layout },
      date: options.date ?? documentDate(),
    },
    (items, cslStyle, formatOptions) => formatEntriesCached(items, cslStyle, { ...formatOptions, cache, ...(threads ? { threads } : {}) }),
  );
  if (!result.document) {
    return { entries: result.entries, diagnostics: [...result.diagnostics, noEntriesDiagnostic()], outputs: [], sources };
  }
  const document = result.document;
  const glyphs = formats.includes('pdf') ? undrawableCharacters(document) : [];
  const diagnostics = [...result.diagnostics, ...glyphs];
  const failing = options.strict ? strictFailure(diagnostics) : undefined;
  if (failing) return { entries: result.entries, diagnostics: [...diagnostics, failing], outputs: [], sources };
  progress('rendering', formats.join(', '));
  const writerOptions = { templatesDir: TEMPLATES_DIR, templateDirs, ...(options.jsonLd ? { jsonLd: true } : {}) };
  const rendered = await renderFormats(document, formats, writerOptions, threads ?? defaultThreads());
  const files: OutputFile[] = paths.documents.map((path, i) => ({ path, bytes: rendered[i] as Uint8Array }));
  progress('writing', out);
  const manifest = makeManifest(document, result.records ?? []);
  const changes = compareManifests(await readManifest(out), manifest);
  await createOutputFolder(out);
  await removeStaleTemps(out);
  // The manifest last: writeAtomically puts it in place only once the files it describes are.
  await writeAtomically([...files, { path: join(out, MANIFEST_NAME), bytes: serializeManifest(manifest) }]);
  // The cache only saves time: a folder it cannot be written to must not fail the build.
  await cache.save().catch(() => undefined);
  return { entries: result.entries, diagnostics, outputs: files.map((f) => f.path), changes, sources };
}

/** Under --strict, the error that stops a build with warnings (or errors) before anything is written. */
function strictFailure(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (warnings + errors === 0) return undefined;
  const counted = [errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''].filter((c) => c !== '').join(' and ');
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

function noEntriesDiagnostic(): Diagnostic {
  return { severity: 'error', code: 'no-entries', message: 'no entry could be read: nothing was written' };
}
