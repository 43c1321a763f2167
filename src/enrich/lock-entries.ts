import type { LockCitations, LockEntry, LockFile, UnmatchedEntry } from './lock-file.js';

// A lock's entries by id, what a build needs of a lock besides reading it. Apart from
// lock-file.ts (the zod schema and the YAML-located problems), so that a build with no lock file
// never loads zod or yaml.

/** A lock file as read: where it is and what it holds. */
export interface LoadedLock {
  readonly path: string;
  readonly lock: LockFile;
}

/** The locked entry of `id`: an own property only, so that a key such as `constructor` finds nothing it did not write. */
export function lockedEntry(lock: LockFile, id: string): LockEntry | undefined {
  return Object.hasOwn(lock.entries, id) ? lock.entries[id] : undefined;
}

/** The unmatched record of `id`, an own property only (see `lockedEntry`). */
export function unmatchedEntry(lock: LockFile, id: string): UnmatchedEntry | undefined {
  return lock.unmatched !== undefined && Object.hasOwn(lock.unmatched, id) ? lock.unmatched[id] : undefined;
}

/** The citation counts of `id`, an own property only (see `lockedEntry`). */
export function lockedCitations(lock: LockFile, id: string): LockCitations | undefined {
  return lock.citations !== undefined && Object.hasOwn(lock.citations, id) ? lock.citations[id] : undefined;
}
