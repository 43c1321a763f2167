import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { exportedNames, readModules, ROOT } from './module-exports.js';

// README's "Library" section is the library's documentation: every function it names (in its
// table and its example) must be one src/index.ts exports, so the README cannot promise an
// internal function, or one that was renamed.

it("every function README's Library section names is exported by src/index.ts", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Library\n');
  const end = readme.indexOf('\n## ', start + 1);
  assert.ok(start > 0 && end > start, 'README has no Library section');
  const section = readme.slice(start, end);
  const table = [...section.matchAll(/^\| `[^|]*\|/gm)].map((m) => m[0]).join('\n');
  const example = section.slice(section.indexOf('```js'), section.indexOf('```', section.indexOf('```js') + 5));
  const named = new Set([...`${table}\n${example}`.matchAll(/\b([a-z][A-Za-z]+)\(/g)].map((m) => m[1] ?? ''));
  // Node's and the console's, and a method of the WorkSource a caller writes.
  for (const other of ['readFile', 'writeFile', 'log', 'search']) named.delete(other);
  const exported = exportedNames(readModules(['src']), 'src/index.ts');
  assert.ok(named.size > 25, `only ${named.size} functions found in the section`);
  assert.deepEqual(
    [...named].filter((name) => !exported.has(name)),
    [],
  );
});
