import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The shared corpus sits next to the repository (../shared/corpus), never inside it.

/** The real bibliographies (with a trailing slash). */
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/real/', import.meta.url));
/** The peer projects' parser fixtures (with a trailing slash). */
export const PEER_TESTS = fileURLToPath(new URL('../../../shared/corpus/peer-tests/', import.meta.url));

/** A file of the real corpus, by name. */
export function corpusFile(name: string): string {
  return `${CORPUS}${name}`;
}

/**
 * The `skip` option of a test that reads `paths`: a reason when one is missing, so the test skips
 * on a checkout without the corpus; but with CI=true nothing skips, and the test fails reading
 * the missing file (a CI run must not pass by skipping).
 */
export function skipWithout(...paths: readonly string[]): string | false {
  const missing = paths.find((path) => !existsSync(path));
  if (missing === undefined || process.env.CI === 'true') return false;
  return `not found: ${missing}`;
}

/** `list()` when `path` is there; nothing when its tests skip for want of it (so never in CI). */
export function listIfPresent<T>(path: string, list: () => T[]): T[] {
  return skipWithout(path) === false ? list() : [];
}
