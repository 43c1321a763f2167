import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Settings } from '../config/settings.js';
import type { InputText } from '../input/input-text.js';
import type { Diagnostic } from '../model/errors.js';
import type { EntryCounts } from '../model/record.js';

// A rebuild with nothing changed (an editor saving twice, `make` run again, CI with a cached
// output folder) would format, lay out and write the very same bytes. The last build records a
// key of everything that decides its outputs and a hash of each file it wrote; a build with the
// same key whose files are still those bytes keeps them, and reports what the last one did.

/** The record's file name, in the output folder's cache folder (format/entry-cache.ts's CACHE_DIR). */
const BUILD_RECORD_FILE = 'build.json';
/** Bumped whenever the record changes meaning; an older one is then ignored. */
const RECORD_FORMAT = 1;

/** What the last build into a folder wrote, and what it reported. */
interface BuildRecord {
  readonly format: number;
  readonly key: string;
  /** Each file written (documents and manifest): its path and sha256. */
  readonly files: Readonly<Record<string, string>>;
  readonly outputs: readonly string[];
  readonly entries: EntryCounts;
  readonly diagnostics: readonly Diagnostic[];
}

/** Everything a build's outputs depend on. */
export interface BuildInputs {
  /** The running code (files/build-identity.ts). */
  readonly identity: string;
  readonly settings: Settings;
  readonly date: string;
  /** The inputs as read, standard input included. */
  readonly sources: readonly InputText[];
  /** Every other file the build reads (config, marks, lock, style, templates), missing ones too. */
  readonly files: readonly string[];
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The key of a build: changes whenever anything its outputs depend on does. */
export async function buildKey(inputs: BuildInputs): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([RECORD_FORMAT, inputs.identity, inputs.date, inputs.settings]));
  for (const source of inputs.sources) hash.update(`\0source\0${source.path}\0${source.format ?? ''}\0${sha256(source.text)}`);
  for (const file of inputs.files) {
    const bytes = await readFile(file).catch(() => undefined);
    hash.update(`\0file\0${file}\0${bytes === undefined ? 'missing' : sha256(bytes)}`);
  }
  return hash.digest('hex');
}

/** The last build's record in `cacheDir`, when its key is `key` and every file it wrote is still as it wrote it. */
export async function unchangedBuild(cacheDir: string, key: string): Promise<BuildRecord | undefined> {
  const text = await readFile(join(cacheDir, BUILD_RECORD_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let record: BuildRecord;
  try {
    record = JSON.parse(text) as BuildRecord;
  } catch {
    return undefined;
  }
  if (record.format !== RECORD_FORMAT || record.key !== key || typeof record.files !== 'object' || record.files === null) return undefined;
  for (const [path, hash] of Object.entries(record.files)) {
    const bytes = await readFile(path).catch(() => undefined);
    if (bytes === undefined || sha256(bytes) !== hash) return undefined;
  }
  return record;
}

/** Records a finished build in `cacheDir`. Only saves time: a failure to write is ignored. */
export async function recordBuild(
  cacheDir: string,
  key: string,
  files: ReadonlyArray<{ readonly path: string; readonly bytes: Uint8Array | string }>,
  report: { readonly outputs: readonly string[]; readonly entries: EntryCounts; readonly diagnostics: readonly Diagnostic[] },
): Promise<void> {
  const record: BuildRecord = {
    format: RECORD_FORMAT,
    key,
    files: Object.fromEntries(files.map((f) => [f.path, sha256(f.bytes)])),
    outputs: report.outputs,
    entries: report.entries,
    diagnostics: report.diagnostics,
  };
  const path = join(cacheDir, BUILD_RECORD_FILE);
  await mkdir(dirname(path), { recursive: true })
    .then(() => writeFile(path, JSON.stringify(record)))
    .catch(() => undefined);
}
