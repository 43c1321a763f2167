import { readFile } from 'node:fs/promises';
import { ConfigError } from '../config/config-error.js';
import { userError } from '../errors.js';
import { parseLock, type LoadedLock } from './lock-file.js';
import { decodeText } from '../input/decode-text.js';

/**
 * Reads a lock file; undefined when there is none. A damaged one throws a ConfigError with every
 * problem at its line and column (exit 1), so a build never half-uses it.
 */
export async function readLockFile(path: string): Promise<LoadedLock | undefined> {
  let text: string;
  try {
    text = decodeText(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw userError({ code: 'lock-unreadable', message: `cannot read lock file ${path}: ${(error as Error).message}`, file: path });
  }
  const parsed = parseLock(text, path);
  if (!parsed.value) throw new ConfigError(parsed.diagnostics, { path, text });
  return { path, lock: parsed.value };
}
