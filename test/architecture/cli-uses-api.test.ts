import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ModuleInfo, originOf, readModules } from './module-exports.js';

// The CLI is a thin layer over the library: every name it takes from outside src/cli/ must be
// one the library's index exports, so a library user can do anything the CLI does.
//
// It checks names, not the modules they come from, and src/cli/ does NOT import src/index.ts
// itself: index.ts loads the whole library (citeproc, pdfkit, docx), and the bundled CLI
// (scripts/bundle.ts, dist/bundle/) splits a chunk per command so that `pubcv check` never
// loads the PDF writer (test/e2e/startup.test.ts). So a CLI file imports a name from the module
// that declares it, and this test checks that index.ts exports that very declaration.
// Type-only imports are erased at run time; they are checked the same way.

const modules = readModules(['src']);
const INDEX = 'src/index.ts';

/** Each name a src/cli/ file takes from outside src/cli/, with the declaration it stands for. */
function cliImports(all: ReadonlyMap<string, ModuleInfo>): Array<{ file: string; from: string; name: string; origin: string | undefined }> {
  return [...all.values()]
    .filter((module) => module.file.startsWith('src/cli/'))
    .flatMap((module) => module.uses)
    .filter((use) => use.from.startsWith('src/') && !use.from.startsWith('src/cli/'))
    .map((use) => ({ ...use, origin: use.name === '*' ? undefined : originOf(all, use.from, use.name) }));
}

/** The declarations index.ts exports, `file#name`. */
function publicDeclarations(all: ReadonlyMap<string, ModuleInfo>): Set<string> {
  const index = all.get(INDEX);
  assert.ok(index, 'src/index.ts not read');
  const names = [...index.exports.keys(), ...index.starExports.flatMap((star) => [...(all.get(star)?.exports.keys() ?? [])])];
  return new Set(names.map((name) => originOf(all, INDEX, name)).filter((origin): origin is string => origin !== undefined));
}

describe('the CLI uses the library only through what src/index.ts exports', () => {
  it('imports nothing from outside src/cli/ that index.ts does not export (by name), and not index.ts itself', () => {
    const exported = publicDeclarations(modules);
    const imports = cliImports(modules);
    assert.ok(imports.length > 20, `only ${imports.length} imports found`);
    const outside = imports
      .filter((use) => use.from === INDEX || use.origin === undefined || !exported.has(use.origin))
      .map((use) => `${use.file}: ${use.name} from ${use.from}`);
    assert.deepEqual(outside, []);
  });

  it('would fail on a CLI import of a name index.ts does not export, or of a whole module', () => {
    const made = new Map(modules);
    made.set('src/cli/made-up.ts', {
      file: 'src/cli/made-up.ts',
      exports: new Map(),
      starExports: [],
      uses: [
        { file: 'src/cli/made-up.ts', from: 'src/select/select-records.ts', name: 'selectRecords', typeOnly: false },
        { file: 'src/cli/made-up.ts', from: 'src/model/errors.ts', name: '*', typeOnly: false },
        { file: 'src/cli/made-up.ts', from: 'src/model/errors.ts', name: 'UserError', typeOnly: false },
      ],
    });
    const exported = publicDeclarations(made);
    const flagged = cliImports(made)
      .filter((use) => use.file === 'src/cli/made-up.ts')
      .filter((use) => use.origin === undefined || !exported.has(use.origin))
      .map((use) => use.name);
    assert.deepEqual(flagged, ['selectRecords', '*']);
  });
});
