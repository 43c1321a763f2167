import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * What each TypeScript module exports and imports, by name, read with the TypeScript parser (no
 * type checking: a file at a time, so it stays fast). Paths are relative to the repository root.
 */

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** One name a module takes from another: `name` of `from` ('*' for all of it: a namespace, an unread `import()`). */
export interface NameUse {
  readonly file: string;
  readonly from: string;
  readonly name: string;
  /** Erased at run time: `import type`, `import { type X }`, `export type { X } from`. */
  readonly typeOnly: boolean;
}

/** Where an exported name comes from: declared in this module, re-exported from another, or from an import. */
type ExportSource =
  | { readonly kind: 'local'; readonly typeOnly: boolean }
  | { readonly kind: 'reexport'; readonly from: string; readonly name: string; readonly typeOnly: boolean };

export interface ModuleInfo {
  readonly file: string;
  /** Exported name -> where it comes from. */
  readonly exports: ReadonlyMap<string, ExportSource>;
  /** Modules this one re-exports whole (`export * from`). */
  readonly starExports: readonly string[];
  /** Every name this module takes from other modules (imports and re-exports). */
  readonly uses: readonly NameUse[];
}

export function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) return tsFiles(path);
      return /\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    });
}

/** A relative specifier -> the repository path of the source file it names (`.js` is the `.ts` beside it). */
function resolveSpecifier(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(ROOT, resolve(ROOT, dirname(file), specifier));
  // bin/ loads the built dist/ (dist/bundle/ is the bundled command line): its source is under src/.
  const source = target.replace(/^dist\/bundle\//, 'src/cli/').replace(/^dist\//, 'src/');
  const candidates = [...new Set([source, target])].flatMap((path) => [path.replace(/\.js$/, '.ts'), path]);
  return candidates.find((c) => existsSync(join(ROOT, c)) && statSync(join(ROOT, c)).isFile()) ?? candidates[0];
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind): boolean => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

/** The names an `import()` call's value is read for: `(await import(m)).x`, `const { x } = await import(m)`; '*' otherwise. */
function dynamicImportNames(call: ts.CallExpression): string[] {
  let node: ts.Node = call;
  while (ts.isAwaitExpression(node.parent) || ts.isParenthesizedExpression(node.parent)) node = node.parent;
  let parent = node.parent;
  // const [{ a }, { b }] = await Promise.all([import(x), import(y)])
  if (ts.isArrayLiteralExpression(parent) && ts.isCallExpression(parent.parent)) {
    const position = parent.elements.indexOf(node as ts.Expression);
    let all: ts.Node = parent.parent;
    while (ts.isAwaitExpression(all.parent) || ts.isParenthesizedExpression(all.parent)) all = all.parent;
    const binding = ts.isVariableDeclaration(all.parent) && ts.isArrayBindingPattern(all.parent.name) ? all.parent.name.elements[position] : undefined;
    if (!binding || !ts.isBindingElement(binding)) return ['*'];
    node = binding;
    parent = binding;
    if (ts.isObjectBindingPattern(binding.name)) return objectBindingNames(binding.name);
    return ['*'];
  }
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return [parent.name.text];
  if (ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name)) return objectBindingNames(parent.name);
  return ['*'];
}

const objectBindingNames = (pattern: ts.ObjectBindingPattern): string[] =>
  pattern.elements.map((e) => (e.propertyName && ts.isIdentifier(e.propertyName) ? e.propertyName.text : ts.isIdentifier(e.name) ? e.name.text : '*'));

export function readModule(file: string): ModuleInfo {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const exports = new Map<string, ExportSource>();
  const starExports: string[] = [];
  const uses: NameUse[] = [];
  /** Local name -> the import it came from, for `import { x } from; export { x }`. */
  const imported = new Map<string, { from: string; name: string; typeOnly: boolean }>();
  const use = (from: string | undefined, name: string, typeOnly: boolean) => {
    if (from !== undefined) uses.push({ file, from, name, typeOnly });
  };

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const from = resolveSpecifier(file, statement.moduleSpecifier.text);
      const clause = statement.importClause;
      if (!clause) {
        use(from, '*', false); // a module loaded for its effects
        continue;
      }
      const typeOnly = clause.isTypeOnly;
      if (clause.name) {
        use(from, 'default', typeOnly);
        imported.set(clause.name.text, { from: from ?? '', name: 'default', typeOnly });
      }
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) use(from, '*', typeOnly);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          const name = (element.propertyName ?? element.name).text;
          use(from, name, typeOnly || element.isTypeOnly);
          imported.set(element.name.text, { from: from ?? '', name, typeOnly: typeOnly || element.isTypeOnly });
        }
      }
    } else if (ts.isExportDeclaration(statement)) {
      const from =
        statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? resolveSpecifier(file, statement.moduleSpecifier.text) : undefined;
      const clause = statement.exportClause;
      if (!clause) {
        if (from !== undefined) starExports.push(from);
        continue;
      }
      if (!ts.isNamedExports(clause)) continue;
      for (const element of clause.elements) {
        const name = (element.propertyName ?? element.name).text;
        const typeOnly = statement.isTypeOnly || element.isTypeOnly;
        if (from !== undefined) {
          use(from, name, typeOnly);
          exports.set(element.name.text, { kind: 'reexport', from, name, typeOnly });
        } else {
          const origin = imported.get(name);
          exports.set(element.name.text, origin ? { kind: 'reexport', ...origin, typeOnly: typeOnly || origin.typeOnly } : { kind: 'local', typeOnly });
        }
      }
    } else if (hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      const typeOnly = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement);
      const isDefault = hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) exports.set(declaration.name.text, { kind: 'local', typeOnly: false });
        }
      } else if ('name' in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)) {
        exports.set(isDefault ? 'default' : (statement.name as ts.Identifier).text, { kind: 'local', typeOnly });
      }
    }
  }

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      const from = argument && ts.isStringLiteralLike(argument) ? resolveSpecifier(file, argument.text) : undefined;
      for (const name of dynamicImportNames(node)) use(from, name, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, exports, starExports, uses };
}

/** Every module under the given folders, by path. */
export function readModules(dirs: readonly string[]): Map<string, ModuleInfo> {
  return new Map(dirs.flatMap(tsFiles).map((file) => [file, readModule(file)]));
}

/**
 * The declaration an exported name stands for, `file#name`, following re-exports (named and
 * `export *`) to the module that declares it; undefined when the module does not export it.
 */
export function originOf(modules: ReadonlyMap<string, ModuleInfo>, file: string, name: string, seen = new Set<string>()): string | undefined {
  const key = `${file}#${name}`;
  if (seen.has(key)) return undefined;
  seen.add(key);
  const module = modules.get(file);
  if (!module) return undefined;
  const source = module.exports.get(name);
  if (source?.kind === 'local') return key;
  if (source?.kind === 'reexport') return originOf(modules, source.from, source.name, seen);
  for (const star of module.starExports) {
    const found = originOf(modules, star, name, seen);
    if (found) return found;
  }
  return undefined;
}

/** Every name `file` exports, its own and those of the modules it re-exports whole. */
export function exportedNames(modules: ReadonlyMap<string, ModuleInfo>, file: string, seen = new Set<string>()): Set<string> {
  const module = modules.get(file);
  if (!module || seen.has(file)) return new Set();
  seen.add(file);
  const names = new Set(module.exports.keys());
  for (const star of module.starExports) for (const name of exportedNames(modules, star, seen)) if (name !== 'default') names.add(name);
  return names;
}
