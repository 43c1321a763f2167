import Handlebars from 'handlebars';
import { userError, type UserError } from '../model/errors.js';

// Handlebars finds most template mistakes only while rendering, and reports them as plain
// exceptions without the file: a syntax error, a partial that does not exist, a helper that does
// not, a partial that includes itself (a stack overflow). Templates are checked here before
// anything renders, so each becomes the user's error with the file and line to fix.

/** A template's file (for messages) and text. */
export interface TemplateFile {
  readonly path: string;
  readonly text: string;
}

/** Templates compiled in this process, at most MAX_COMPILED of them: see `compiledOnce`. */
const compiled = new Map<string, unknown>();
const MAX_COMPILED = 16;

/**
 * The template `compile` makes, checked and compiled once per process for a given `key` (which
 * must hold every file's path and text the result depends on): a `--watch` rebuild, or a
 * library's second `build()`, finds its templates compiled. A template that fails is not kept, so
 * its error is thrown again each time.
 */
export function compiledOnce<T>(key: string, compile: () => T): T {
  if (compiled.has(key)) return compiled.get(key) as T;
  const made = compile();
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(key, made);
  return made;
}

/** The helpers every Handlebars has. */
const BUILT_IN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log'];

interface PartialUse {
  readonly name: string;
  readonly line: number;
  readonly column: number;
}

function syntaxError(file: TemplateFile, message: string, line?: number, column?: number): UserError {
  return userError({
    code: 'template-syntax',
    message,
    file: file.path,
    ...(line !== undefined ? { line } : {}),
    ...(line !== undefined && column !== undefined ? { column } : {}),
  });
}

/** Handlebars' parse and compile errors, reworded: "Parse error on line 4: expecting ..., got 'EOF'". */
function compileError(file: TemplateFile, cause: unknown, helpers: readonly string[]): UserError {
  const text = cause instanceof Error ? cause.message : String(cause);
  const lines = text.split('\n');
  const parseLine = /^Parse error on line (\d+)/.exec(text)?.[1];
  if (parseLine !== undefined) return syntaxError(file, `parse error on line ${parseLine}: ${lines[lines.length - 1]}`, Number(parseLine));
  const position = cause as { lineNumber?: unknown; column?: unknown };
  const line = typeof position.lineNumber === 'number' ? position.lineNumber : undefined;
  // Handlebars counts columns from 0.
  const column = typeof position.column === 'number' ? position.column + 1 : undefined;
  const helper = /unknown helper (\S+)/.exec(text)?.[1];
  const message = helper !== undefined ? `unknown helper "${helper}" (helpers: ${helpers.join(', ')})` : (lines[0] ?? '').replace(/ - \d+:\d+$/, '');
  return syntaxError(file, message, line, column);
}

/** The partials a template includes by name (`{{> name}}`), where it includes them. */
function partialUses(program: hbs.AST.Program): PartialUse[] {
  const uses: PartialUse[] = [];
  const visitor = new Handlebars.Visitor();
  visitor.PartialStatement = (partial: hbs.AST.PartialStatement) => {
    const name = partial.name as { type: string; original?: unknown; value?: unknown };
    const written = name.type === 'PathExpression' ? name.original : name.type === 'StringLiteral' ? name.value : undefined;
    if (typeof written === 'string') uses.push({ name: written, line: partial.loc.start.line, column: partial.loc.start.column + 1 });
  };
  visitor.accept(program);
  return uses;
}

/**
 * Checks `main` and the `partials` it may include (by partial name) before rendering: syntax,
 * unknown helpers (only `helpers` and Handlebars' own exist), partials that do not exist, and
 * partials that include themselves, directly or through others. Throws the user's error.
 */
export function checkTemplates(main: TemplateFile, partials: ReadonlyMap<string, TemplateFile>, helpers: readonly string[]): void {
  const known = [...BUILT_IN_HELPERS, ...helpers];
  const knownHelpers = Object.fromEntries(known.map((h) => [h, true]));
  const uses = new Map<TemplateFile, PartialUse[]>();
  for (const file of [main, ...partials.values()]) {
    try {
      Handlebars.precompile(file.text, { knownHelpers, knownHelpersOnly: true });
    } catch (cause) {
      throw compileError(file, cause, known);
    }
    uses.set(file, partialUses(Handlebars.parse(file.text)));
  }
  const visit = (file: TemplateFile, trail: readonly string[]): void => {
    for (const use of uses.get(file) ?? []) {
      const partial = partials.get(use.name);
      if (partial === undefined) {
        throw userError({
          code: 'template-missing',
          message: `the partial "${use.name}" is included here, but there is no ${use.name}.hbs`,
          file: file.path,
          line: use.line,
          column: use.column,
        });
      }
      if (trail.includes(use.name)) {
        throw syntaxError(file, `the partial "${use.name}" includes itself (${[...trail, use.name].join(' -> ')}): it would never end`, use.line, use.column);
      }
      visit(partial, [...trail, use.name]);
    }
  };
  visit(main, []);
}

/** What a checked template can still throw while rendering (a helper's own error), as the user's error. */
export function renderError(file: TemplateFile, cause: unknown): UserError {
  const text = cause instanceof Error ? cause.message : String(cause);
  const line = /on line (\d+)/.exec(text)?.[1];
  return syntaxError(file, text.split('\n')[0] ?? text, line === undefined ? undefined : Number(line));
}
