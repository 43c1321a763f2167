import { assertNever } from '../model/errors.js';
import { nestRuns, plainText, type Mark, type Run, type RunNode } from '../model/index.js';

/**
 * The entry markup is what entry templates write and `parseMarkup` reads: text with a few
 * HTML-like elements. These are the elements the marks become.
 */
function markTag(mark: Mark): { readonly open: string; readonly close: string } {
  switch (mark.type) {
    case 'bold':
      return { open: '<b>', close: '</b>' };
    case 'italic':
      return { open: '<i>', close: '</i>' };
    case 'underline':
      return { open: '<u>', close: '</u>' };
    case 'smallCaps':
      return { open: '<sc>', close: '</sc>' };
    case 'superscript':
      return { open: '<sup>', close: '</sup>' };
    case 'subscript':
      return { open: '<sub>', close: '</sub>' };
    case 'owner':
      return { open: '<owner>', close: '</owner>' };
    case 'isolate':
      return { open: '<bdi>', close: '</bdi>' };
    case 'link':
      return { open: `<a href="${escapeAttribute(mark.href)}">`, close: '</a>' };
    default:
      return assertNever(mark);
  }
}

/** Escapes an attribute value for double quotes. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** White space the parser would collapse or trim; written as character references so it stays. */
const FRAGILE_SPACE = /[\t\n\r\f]/;

/**
 * Indexes of the spaces in `text` that the parser's white-space rules (collapse runs, trim the
 * ends) would change: a space at either end or next to other white space.
 */
function fragileSpaces(text: string): Set<number> {
  const chars = [...text];
  const fragile = new Set<number>();
  chars.forEach((c, i) => {
    if (c !== ' ') return;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (before === undefined || after === undefined || /\s/.test(before) || /\s/.test(after)) fragile.add(i);
  });
  return fragile;
}

/** Escapes text for the markup, character by character from `start` in the whole text. */
function escapeText(text: string, start: number, fragile: ReadonlySet<number>): string {
  let out = '';
  let i = start;
  for (const c of text) {
    if (c === '&') out += '&amp;';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else if (FRAGILE_SPACE.test(c) || (c === ' ' && fragile.has(i))) out += `&#${c.codePointAt(0)};`;
    else out += c;
    i++;
  }
  return out;
}

/**
 * Serialises runs as entry markup, losslessly: `parseMarkup(runsToMarkup(runs))` gives the same
 * text and marks (the owner included, as <owner>), whatever white space the runs hold.
 */
export function runsToMarkup(runs: readonly Run[]): string {
  const fragile = fragileSpaces(plainText(runs));
  let offset = 0;
  const write = (nodes: readonly RunNode[]): string =>
    nodes
      .map((node) => {
        if (node.kind === 'text') {
          const out = escapeText(node.text, offset, fragile);
          offset += [...node.text].length;
          return out;
        }
        const tag = markTag(node.mark);
        return `${tag.open}${write(node.children)}${tag.close}`;
      })
      .join('');
  return write(nestRuns(runs));
}
