import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');

/**
 * Compares `actual` with test/golden/<name>. `npm run golden` (PUBCV_UPDATE_GOLDEN=1)
 * rewrites the file instead, so a reviewer reads the change as a diff.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(goldenDir, name);
  if (process.env.PUBCV_UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `golden file ${name} is missing: run npm run golden`);
  assert.equal(actual, readFileSync(path, 'utf8'), `output differs from golden ${name} (npm run golden to accept)`);
}
