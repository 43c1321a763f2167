import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file to write: where, and its bytes (a string is written as UTF-8). */
export interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

const TEMP_SUFFIX = '.pubcv-tmp';
/** `.publications.pdf.<pid>.<n>.pubcv-tmp`: hidden, and it names the process that wrote it. */
const TEMP_NAME = /^\..+\.(\d+)\.\d+\.pubcv-tmp$/;

function tempPath(path: string, index: number): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${index}${TEMP_SUFFIX}`);
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
 * Removes temporary files that a killed build left in `dir`. Only those of processes that are
 * gone: another build writing into the same folder right now keeps its own.
 */
export async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = TEMP_NAME.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
}

/**
 * Writes every file under a temporary name first and renames them only when all were written,
 * so a failed build leaves the previous outputs as they were and no temporary file behind.
 */
export async function writeAtomically(files: readonly OutputFile[]): Promise<void> {
  const temps = files.map((f, i) => ({ ...f, temp: tempPath(f.path, i) }));
  try {
    for (const f of temps) await writeFile(f.temp, f.bytes);
    for (const f of temps) await rename(f.temp, f.path);
  } finally {
    await Promise.all(temps.map((f) => rm(f.temp, { force: true })));
  }
}
