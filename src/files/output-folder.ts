import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { userError } from '../model/errors.js';
import { asEnvironmentError, fsErrorCode } from './fs-failure.js';

/** A file a build reads and so must never write, and what it is to the user ("input", "config file"). */
export interface ReadFile {
  readonly path: string;
  readonly role: string;
}

async function statOrUndefined(path: string) {
  return stat(path).catch((error: unknown) => {
    if (fsErrorCode(error) === undefined) throw error;
    return undefined;
  });
}

/** The nearest folder-or-file on the way up from `path` that exists (following links), with its path. */
async function nearestExisting(path: string) {
  let at = resolve(path);
  for (;;) {
    const found = await statOrUndefined(at);
    if (found !== undefined || dirname(at) === at) return { at, found };
    at = dirname(at);
  }
}

/**
 * Refuses an output folder that cannot be one, before anything is read or written: an empty name,
 * a file or device (`-o /dev/null`), or a path under a file. A usage error (exit 2).
 */
export async function checkOutputFolder(out: string): Promise<void> {
  if (out.trim() === '') throw userError({ code: 'output-folder', message: 'the output folder is empty: give a folder, e.g. -o output' }, 2);
  const { at, found } = await nearestExisting(out);
  if (found === undefined || found.isDirectory()) return;
  const where = resolve(out) === at ? `${out} is` : `${out} lies under ${at}, which is`;
  throw userError({ code: 'output-folder', message: `the output folder ${where} ${found.isFile() ? 'a file' : 'not a folder'}: give a folder with -o` }, 2);
}

/**
 * Creates the output folder and the folders above it that are missing, one at a time: Node's
 * recursive mkdir never returns under /proc (`-o /proc/nonexist/x`). A folder that cannot be made
 * is the user's environment (exit 1).
 */
export async function createOutputFolder(out: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(out);
  while ((await statOrUndefined(at)) === undefined && dirname(at) !== at) {
    missing.unshift(at);
    at = dirname(at);
  }
  for (const folder of missing) {
    await mkdir(folder).catch((error: unknown) => {
      if (fsErrorCode(error) === 'EEXIST') return;
      throw asEnvironmentError(error, `cannot create the output folder ${out}`, 'nothing was written');
    });
  }
}

/** The files in the template folders a build reads, so none of them is written over. */
export async function templateFiles(dirs: readonly string[]): Promise<ReadFile[]> {
  const lists = await Promise.all(
    dirs.map(async (dir) => (await readdir(dir).catch(() => [] as string[])).map((name) => ({ path: join(dir, name), role: 'template' }))),
  );
  return lists.flat();
}

/**
 * Refuses a build whose outputs would replace a file it reads (an input, the config, the marks or
 * lock file, a template, the .csl style): `-o . -f bib` beside publications.bib. Files are compared
 * as the system sees them (device and inode), so a symbolic or hard link to an input counts too.
 * A usage error (exit 2) naming both; nothing is written.
 */
export async function checkOutputsAreNotRead(outputs: readonly string[], read: readonly ReadFile[]): Promise<void> {
  const identity = async (path: string) => {
    const found = await statOrUndefined(path);
    return found === undefined ? undefined : `${found.dev}:${found.ino}`;
  };
  const readIds = new Map<string, ReadFile>();
  for (const file of read) {
    const id = await identity(file.path);
    if (id !== undefined && !readIds.has(id)) readIds.set(id, file);
  }
  for (const output of outputs) {
    const id = await identity(output);
    const file = id === undefined ? undefined : readIds.get(id);
    if (file === undefined) continue;
    const same = resolve(file.path) === resolve(output) ? '' : ` (the same file as ${output})`;
    throw userError(
      {
        code: 'output-is-input',
        message: `the output ${output} would overwrite the ${file.role} ${file.path}${same}: choose another output folder (-o) or format (-f); nothing was written`,
        file: file.path,
      },
      2,
    );
  }
}
