import { assertNever } from '../model/errors.js';
import { nestRuns, type Mark, type Run, type RunNode } from '../model/index.js';

/** LaTeX for each character that is syntax in text mode; everything else (Unicode) stays as is. */
export const LATEX_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
  '"': '\\textquotedbl{}',
  '`': '\\textasciigrave{}',
  '\u00a0': '~',
};

/**
 * Escapes text for LaTeX: every special character, the ligatures TeX would make of "--", "''",
 * ",," and "!`", and brackets (so an entry starting with "[" is not taken for \item's label).
 */
export function escapeLatex(text: string): string {
  return text
    .replace(/[\\{}$&#%_^~<>|"`\u00a0]/g, (c) => LATEX_SPECIAL[c]!)
    .replace(/([-',])(?=\1)/g, '$1{}')
    .replace(/[[\]]/g, '{$&}')
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * Escapes a URL for \href: the characters that would break the argument percent-encoded (the
 * same address per RFC 3986), then every `%` and `#` backslashed, as hyperref asks.
 */
export function escapeUrl(href: string): string {
  const encoded = href.replace(/[\\{}^~_ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return encoded.replace(/[%#]/g, '\\$&');
}

/** The command a mark becomes (none: the text alone); the owner's is \pubcvowner, which the file defines. */
function command(mark: Mark): string | undefined {
  switch (mark.type) {
    case 'bold':
      return '\\textbf';
    case 'italic':
      return '\\textit';
    case 'underline':
      return '\\underline';
    case 'smallCaps':
      return '\\textsc';
    case 'superscript':
      return '\\textsuperscript';
    case 'subscript':
      return '\\textsubscript';
    case 'owner':
      return '\\pubcvowner';
    case 'link':
      return `\\href{${escapeUrl(mark.href)}}`;
    case 'isolate':
      // TeX engines draw text in the order it is written unless a bidi package (babel's
      // bidi=basic, polyglossia) is loaded, and such a package takes its direction from
      // \foreignlanguage or \RL, not from Unicode's isolate characters (which would only be
      // missing glyphs): the text is written as it is.
      return undefined;
    default:
      return assertNever(mark);
  }
}

/** Renders runs as LaTeX: each mark a command around its text, fully escaped. */
export function runsToLatex(runs: readonly Run[]): string {
  const write = (nodes: readonly RunNode[]): string =>
    nodes
      .map((node) => {
        if (node.kind === 'text') return escapeLatex(node.text);
        const name = command(node.mark);
        return name === undefined ? write(node.children) : `${name}{${write(node.children)}}`;
      })
      .join('');
  return write(nestRuns(runs));
}
