import { readFile, stat } from 'node:fs/promises';
import { ConfigError } from '../text/config-error.js';
import { UserError, userError } from '../model/errors.js';
import type { LoadedLock } from './lock-entries.js';
import { MAX_LOCK_BYTES } from './lock-constants.js';
import { decodeText } from '../text/decode-text.js';

/**
 * Reads a lock file; undefined when there is none. A damaged one throws a ConfigError with every
 * problem at its line and column (exit 1), so a build never half-uses it.
 */
export async function readLockFile(path: string): Promise<LoadedLock | undefined> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_LOCK_BYTES) {
      const message = `lock file ${path} is ${(size / 2 ** 20).toFixed(1)} MB, more than pubcv reads (${MAX_LOCK_BYTES / 2 ** 20} MB); a lock for 5,000 entries takes about 3 MB: delete it and run pubcv enrich again`;
      throw userError({ code: 'lock-too-large', message, file: path });
    }
    text = decodeText(await readFile(path));
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw userError({ code: 'lock-unreadable', message: `cannot read lock file ${path}: ${(error as Error).message}`, file: path });
  }
  // Loaded only when there is a lock to read: its schema brings zod and yaml.
  const { parseLock } = await import('./lock-file.js');
  const parsed = parseLock(text, path);
  if (!parsed.value) throw new ConfigError(parsed.diagnostics, { path, text });
  return { path, lock: parsed.value };
}
