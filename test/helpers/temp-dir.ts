import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

const made: string[] = [];

// Registered when the first test file imports this module, so it runs once that file's tests
// (or, in the one-process run, all tests) are done.
after(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temp folder, removed when the tests are done. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pubcv-${name}-`));
  made.push(dir);
  return dir;
}
