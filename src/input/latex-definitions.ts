// Commands a bibliography defines for itself in its @preamble, as IRIDIA's does:
//   @preamble{ "\providecommand{\MaxMinAntSystem}{{$\cal MAX$--$\cal MIN$} {Ant} {System}}"
//            # "\providecommand{\BIBdepartment}[1]{{#1}, }" }
// LaTeX expands them wherever an entry uses them; a reader that drops unknown commands printed
// "On the explorative behavior of." for "On the explorative behavior of {\MaxMinAntSystem}" and
// ran a department into its university ("...systèmesUniversité Paris XII"). The definitions are
// read from every preamble of the inputs and expanded in the entries' fields before conversion.
// Only plain ones: a definition that programs TeX (conditionals, boxes, dimensions, accents by
// number, as Better BibTeX's test of `\def\ocirc#1{\ifmmode\setbox0=...}`) cannot be read as
// text, and one of a command the LaTeX reader knows (`\url`, defined by a preamble only
// `\@ifundefined`) would replace a better reading; both keep the reader's way (its argument).

import { readsCommand } from '../normalize/latex-reader.js';

/** A command the preamble defines: how many arguments it takes and what it expands to. */
interface Definition {
  readonly args: number;
  readonly body: string;
}

export type LatexDefinitions = ReadonlyMap<string, Definition>;

/** How many expansions one field may take: a command defined through itself would never end. */
const MAX_EXPANSIONS = 1000;

/** The group opening at `open` (a `{`): its content and the position after its `}`; undefined if unclosed. */
function braceGroup(text: string, open: number): { readonly content: string; readonly end: number } | undefined {
  if (text[open] !== '{') return undefined;
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return { content: text.slice(open + 1, i), end: i + 1 };
  }
  return undefined;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i] as string)) i += 1;
  return i;
}

/** TeX's programming: a body using any of these is not text to put in a title. */
const PRIMITIVES =
  /\\(?:if[a-zA-Z]*|fi|else|or|setbox|box|copy|dimen\d*|skip\d*|count\d*|advance|multiply|divide|[hv]box|[hv]skip|[hv]ss|[hv]fil+|[rl]lap|raise|lower|kern|accent|char|def|edef|gdef|xdef|let|csname|endcsname|expandafter|noexpand|makeatletter|makeatother|relax|wd|ht|dp|global|long|outer|protect|catcode)(?![a-zA-Z])|\\@/;

const DEFINING = /\\(?:providecommand|newcommand|renewcommand|DeclareRobustCommand)\*?\s*|\\def\s*(?=\\)/;

/**
 * The commands the preambles define with \providecommand, \newcommand, \renewcommand,
 * \DeclareRobustCommand or \def (arguments as #1...#9). A later definition of a name replaces an
 * earlier one, except \providecommand, which only defines a name not yet defined.
 */
export function latexDefinitions(preambles: readonly string[]): LatexDefinitions {
  const definitions = new Map<string, Definition>();
  for (const preamble of preambles) {
    const defining = new RegExp(DEFINING.source, 'g');
    for (let found = defining.exec(preamble); found !== null; found = defining.exec(preamble)) {
      let at = found.index + found[0].length;
      const isDef = found[0].startsWith('\\def');
      const named = preamble[at] === '{' ? braceGroup(preamble, at) : undefined;
      const nameText = named ? named.content.trim() : (/^\\[A-Za-z]+/.exec(preamble.slice(at))?.[0] ?? '');
      const name = /^\\([A-Za-z]+)$/.exec(nameText)?.[1];
      if (name === undefined) continue;
      at = named ? named.end : at + nameText.length;
      let args = 0;
      if (isDef) {
        const parameters = /^(?:#\d)+/.exec(preamble.slice(at))?.[0] ?? '';
        args = parameters.length / 2;
        at += parameters.length;
      } else {
        at = skipSpaces(preamble, at);
        const count = /^\[(\d)\]/.exec(preamble.slice(at));
        if (count) {
          args = Number(count[1]);
          at = skipSpaces(preamble, at + count[0].length);
          // An optional first argument's default: not supported, so the definition is not used.
          if (preamble[at] === '[') continue;
        }
      }
      const body = braceGroup(preamble, skipSpaces(preamble, at));
      if (!body) continue;
      // A definition inside this one's body is made only when this one is used.
      defining.lastIndex = body.end;
      if (readsCommand(name) || PRIMITIVES.test(body.content)) continue;
      if (found[0].startsWith('\\providecommand') && definitions.has(name)) continue;
      definitions.set(name, { args, body: body.content });
    }
  }
  return definitions;
}

/** The argument starting at `at` (after spaces): a braced group's content, or one character or control word. */
function argument(text: string, at: number): { readonly content: string; readonly end: number } | undefined {
  const start = skipSpaces(text, at);
  if (text[start] === '{') return braceGroup(text, start);
  const token = /^\\[A-Za-z]+|^\\.|^[^}]/.exec(text.slice(start))?.[0];
  return token === undefined ? undefined : { content: token, end: start + token.length };
}

/**
 * `text` with the defined commands expanded as LaTeX would: arguments put in for #1...#9, the
 * spaces after a command name dropped. A use missing its arguments is left as written.
 */
export function expandDefinitions(text: string, definitions: LatexDefinitions): string {
  if (definitions.size === 0 || !text.includes('\\')) return text;
  let out = text;
  let expansions = 0;
  const use = /\\([A-Za-z]+)/g;
  let found = use.exec(out);
  while (found !== null) {
    const definition = definitions.get(found[1] as string);
    if (definition === undefined || expansions >= MAX_EXPANSIONS) {
      found = use.exec(out);
      continue;
    }
    let end = found.index + found[0].length;
    const values: string[] = [];
    for (let k = 0; k < definition.args; k += 1) {
      const value = argument(out, end);
      if (!value) break;
      values.push(value.content);
      end = value.end;
    }
    if (values.length < definition.args) {
      found = use.exec(out);
      continue;
    }
    if (definition.args === 0) end = skipSpaces(out, end);
    const expanded = definition.body.replace(/#(\d)/g, (whole, n: string) => values[Number(n) - 1] ?? whole);
    out = out.slice(0, found.index) + expanded + out.slice(end);
    expansions += 1;
    // The expansion is read again: a definition may use another.
    use.lastIndex = found.index;
    found = use.exec(out);
  }
  return out;
}

/** Commands that print nothing of their own (delimiter sizes, math styles, no-ops), so losing one loses nothing. */
const SILENT =
  /^(?:[Bb]igg?[lrm]?|left|right|middle|relax|displaystyle|textstyle|scriptstyle|scriptscriptstyle|nonumber|xspace|ignorespaces|unskip|null|empty|protect|limits|nolimits)$/;

/**
 * Commands in `text` that print nothing in pubcv: unknown to its LaTeX reader, not defined by a
 * preamble, and without an argument to keep (`{\MaxMinAntSystem}` in a file read without the
 * file that defines it). LaTeX would print something there, so the entry is missing words.
 */
export function unreadCommands(text: string): string[] {
  if (!text.includes('\\')) return [];
  const names = new Set<string>();
  for (const found of text.matchAll(/\\([A-Za-z]+)(?![A-Za-z])\s*(.?)/g)) {
    const name = found[1] as string;
    if (found[2] !== '{' && !readsCommand(name) && !SILENT.test(name)) names.add(name);
  }
  return [...names];
}
