import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userError, type Diagnostic } from './errors.js';
import type { HighlightStyle } from './model/index.js';
import { buildDocument, loadStyle, type EntryCounts, type InputSource } from './pipeline.js';
import { OUTPUT_FORMATS, type OutputFormat } from './render/writer.js';
import { writers } from './render/writers.js';

/** The bundled example (the first user's own list), built when no input is given. */
export const EXAMPLE_INPUT = fileURLToPath(new URL('../examples/publications.txt', import.meta.url));

/** The bundled example as a path relative to the working folder, the way diagnostics show it. */
export function exampleInputPath(): string {
  return relative(process.cwd(), EXAMPLE_INPUT) || EXAMPLE_INPUT;
}

/** Bundled templates folder. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

export interface BuildOptions {
  /** Input files; '-' reads `stdin`. Empty: the bundled example. */
  readonly inputs?: readonly string[];
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
}

/** What a build did, as printed by `--json`. */
export interface BuildReport {
  readonly entries: EntryCounts;
  readonly diagnostics: Diagnostic[];
  readonly outputs: string[];
}

/** The document date: SOURCE_DATE_EPOCH when set, so CI rebuilds are reproducible, else today. */
export function documentDate(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  return date.toISOString().slice(0, 10);
}

/** Reads input files ("-" is standard input); an unreadable one is a usage error. */
export async function readSources(paths: readonly string[], stdin: string | undefined): Promise<InputSource[]> {
  return Promise.all(
    paths.map(async (path) => {
      if (path === '-') return { path: '<stdin>', text: stdin ?? '' };
      try {
        return { path, text: await readFile(path, 'utf8') };
      } catch {
        throw userError({ code: 'input-not-found', message: `cannot read input file ${path}`, file: path }, 2);
      }
    }),
  );
}

/**
 * Writes every file under a temporary name first and renames them only when all rendered,
 * so a failed build leaves the previous outputs as they were.
 */
async function writeAtomically(files: ReadonlyArray<{ path: string; bytes: Uint8Array }>): Promise<void> {
  const temps = files.map((f, i) => ({ ...f, temp: `${f.path}.${process.pid}.${i}.tmp` }));
  try {
    for (const f of temps) await writeFile(f.temp, f.bytes);
    for (const f of temps) await rename(f.temp, f.path);
  } finally {
    await Promise.all(temps.map((f) => rm(f.temp, { force: true })));
  }
}

/** Reads the inputs, builds the document and writes one file per format into the output folder. */
export async function build(options: BuildOptions = {}): Promise<BuildReport> {
  const paths = options.inputs && options.inputs.length > 0 ? options.inputs : [exampleInputPath()];
  const sources = await readSources(paths, options.stdin);
  const style = await loadStyle(options.style ?? 'apa');
  const result = buildDocument(sources, {
    ...(options.names ? { names: options.names } : {}),
    style,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.highlight ? { highlight: options.highlight } : {}),
    date: options.date ?? documentDate(),
  });
  if (!result.document) {
    return { entries: result.entries, diagnostics: [...result.diagnostics, noEntriesDiagnostic()], outputs: [] };
  }
  const out = options.out ?? 'output';
  const formats = options.formats && options.formats.length > 0 ? options.formats : OUTPUT_FORMATS;
  const document = result.document;
  const files = await Promise.all(
    formats.map(async (format) => {
      const writer = await writers[format]();
      const bytes = await writer.render(document, { templatesDir: TEMPLATES_DIR });
      return { path: join(out, `publications.${writer.extension}`), bytes };
    }),
  );
  await mkdir(out, { recursive: true });
  await writeAtomically(files);
  return { entries: result.entries, diagnostics: result.diagnostics, outputs: files.map((f) => f.path) };
}

function noEntriesDiagnostic(): Diagnostic {
  return { severity: 'error', code: 'no-entries', message: 'no entry could be read: nothing was written' };
}
