import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/run-cli.js';

/** Modules the library's index re-exports from: the public API. */
function apiModules(): Set<string> {
  const index = readFileSync(join(repoRoot, 'src/index.ts'), 'utf8');
  return new Set([...index.matchAll(/from '\.\/([^']+)\.js'/g)].map((m) => m[1] ?? ''));
}

/** Modules outside src/cli/ that CLI files load at run time (type-only imports are erased). */
function cliRuntimeImports(): Array<{ file: string; module: string }> {
  const dir = join(repoRoot, 'src/cli');
  const found: Array<{ file: string; module: string }> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const statics = [...text.matchAll(/^import (?!type )[^;]*? from '\.\.\/([^']+)\.js'/gm)].map((m) => m[1]);
    const dynamics = [...text.matchAll(/import\('\.\.\/([^']+)\.js'\)/g)].map((m) => m[1]);
    for (const module of [...statics, ...dynamics]) if (module) found.push({ file, module });
  }
  return found;
}

test('the CLI reaches the library only through modules the public index re-exports', () => {
  const api = apiModules();
  const outside = cliRuntimeImports().filter((i) => !api.has(i.module));
  assert.deepEqual(outside, []);
});
