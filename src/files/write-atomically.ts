import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { asEnvironmentError } from './fs-failure.js';

/** A file to write: where, and its bytes (a string is written as UTF-8). */
export interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

/**
 * The file-system calls a write makes, as one object so a test can make one fail (a full disk, a
 * rename refused halfway through a set) and check what is left.
 */
export const fileSystem = {
  /** Creates `path`, which must not exist (not even as a symbolic link), and writes `bytes` to it. */
  async createExclusive(path: string, bytes: Uint8Array | string): Promise<void> {
    // O_EXCL fails on anything already at `path`, a planted symbolic link included; O_NOFOLLOW
    // (absent on Windows) says so again for systems where O_EXCL alone would follow a link.
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
    const handle = await open(path, flags, 0o666);
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
  },
  rename: (from: string, to: string): Promise<void> => rename(from, to),
};

/** `.publications.pdf.<pid>.<random>.pubcv-tmp` (the new file) or `.pubcv-old` (the replaced one). */
const SIDE_FILE = /^\.(.+)\.(\d+)\.([0-9a-f]+)\.pubcv-(tmp|old)$/;

/** A hidden name beside `path` that names this process and that no one can guess in advance. */
function sidePath(path: string, kind: 'tmp' | 'old'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(8).toString('hex')}.pubcv-${kind}`);
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cleans up after builds that were killed while writing into `dir` (only those of processes that
 * are gone: another build writing there right now keeps its files). A process that left a new file
 * it had not yet put in place was killed in the middle of swapping its set in: the files it had
 * replaced are put back, so the folder holds the old set again. One that left only replaced files
 * had put its whole set in place: those are removed.
 */
export async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.flatMap((name) => {
    const match = SIDE_FILE.exec(name);
    return match && !isRunning(Number(match[2])) ? [{ name, target: match[1]!, pid: match[2]!, kind: match[4]! }] : [];
  });
  const unfinished = new Set(stale.filter((s) => s.kind === 'tmp').map((s) => s.pid));
  for (const side of stale) {
    const path = join(dir, side.name);
    if (side.kind === 'old' && unfinished.has(side.pid)) await rename(path, join(dir, side.target)).catch(() => undefined);
    else await rm(path, { force: true });
  }
}

interface Staged {
  readonly path: string;
  readonly temp: string;
  /** Where the file this one replaces was moved, until the whole set is in place. */
  backup?: string;
  placed?: boolean;
}

async function existing(path: string) {
  return lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

/** Puts every file of a set back as it was; returns what could not be put back, in words. */
async function rollBack(staged: readonly Staged[]): Promise<string[]> {
  const left: string[] = [];
  for (const file of staged) {
    try {
      if (file.backup !== undefined) await fileSystem.rename(file.backup, file.path);
      else if (file.placed) await rm(file.path, { force: true });
    } catch {
      left.push(file.placed ? `${file.path} is the new file; the old one is ${file.backup}` : `${file.path} is missing; the old one is ${file.backup}`);
    }
  }
  await Promise.all(staged.map((f) => rm(f.temp, { force: true })));
  return left;
}

/**
 * Writes a set of files so that either all of them are replaced or none is. Each is first written
 * to a new, hidden, unguessable name beside it, created exclusively (never through a symbolic link
 * someone planted); only when all are written are the old files moved aside and the new ones
 * renamed into place, and the old ones are deleted only once every rename succeeded: on any
 * failure the old set is put back. The last file of the set is moved aside first and put in place
 * last, so a manifest given last is on disk only beside the files it describes.
 *
 * A file-system failure (full disk, read-only folder, a folder where a file should be) is thrown
 * as a UserError that says which file it hit and what became of the set.
 */
export async function writeAtomically(files: readonly OutputFile[]): Promise<void> {
  const staged: Staged[] = [];
  for (const file of files) {
    const temp = sidePath(file.path, 'tmp');
    try {
      await fileSystem.createExclusive(temp, file.bytes);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      await rollBack(staged);
      throw asEnvironmentError(error, `cannot write ${file.path}`, files.length > 1 ? 'no file was replaced' : 'it was left as it was');
    }
    staged.push({ path: file.path, temp });
  }
  let current: Staged | undefined;
  try {
    for (const file of [...staged].reverse()) {
      current = file;
      const old = await existing(file.path);
      if (old?.isDirectory()) throw Object.assign(new Error(`${file.path} is a folder`), { code: 'EISDIR' });
      if (old === undefined) continue;
      const backup = sidePath(file.path, 'old');
      await fileSystem.rename(file.path, backup);
      file.backup = backup;
    }
    for (const file of staged) {
      current = file;
      await fileSystem.rename(file.temp, file.path);
      file.placed = true;
    }
  } catch (error) {
    const left = await rollBack(staged);
    const outcome =
      left.length === 0
        ? files.length > 1
          ? 'every file was put back as it was'
          : 'it was left as it was'
        : `not every file could be put back: ${left.join('; ')}`;
    throw asEnvironmentError(error, `cannot replace ${current?.path ?? 'the files'}`, outcome);
  }
  await Promise.all(staged.map((f) => (f.backup === undefined ? undefined : rm(f.backup, { force: true }))));
}
