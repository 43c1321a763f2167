import { dirname, join } from 'node:path';
import type { InputSpec } from '../input/input-text.js';
import type { LoadedLock } from './lock-entries.js';
import { LOCK_FILE_NAME } from './lock-constants.js';
import { readLockFile } from './read-lock-file.js';

/**
 * Where a run's lock file is: the path given, none for `false`, else pubcv.lock.json beside the
 * first input file. (A config file's folder is decided when the config is resolved.) No inputs —
 * the bundled example — or standard input: none.
 */
export function lockPathFor(lock: string | false | undefined, inputs: readonly InputSpec[] | undefined): string | undefined {
  if (lock === false) return undefined;
  if (lock !== undefined) return lock;
  const first = inputs?.[0];
  return typeof first === 'string' && first !== '-' ? join(dirname(first), LOCK_FILE_NAME) : undefined;
}

/** The lock a build or check fills entries from, if there is one (see lockPathFor). */
export async function findLock(lock: string | false | undefined, inputs: readonly InputSpec[] | undefined): Promise<LoadedLock | undefined> {
  const path = lockPathFor(lock, inputs);
  return path === undefined ? undefined : readLockFile(path);
}
