import { assertNever } from '../model/errors.js';
import { highlightMarks, nestRuns, type HighlightStyle, type Mark, type Run, type RunNode } from '../model/index.js';

/** Emphasis written with delimiters when CommonMark allows it there, else as an HTML element. */
interface Emphasis {
  readonly kind: 'bold' | 'italic';
  readonly delimiter: string;
  readonly open: string;
  readonly close: string;
}

const BOLD: Emphasis = { kind: 'bold', delimiter: '**', open: '<strong>', close: '</strong>' };
const ITALIC: Emphasis = { kind: 'italic', delimiter: '*', open: '<em>', close: '</em>' };

/** What a mark becomes: emphasis, or HTML elements around the text (a link is handled apart). */
type Look = { readonly emphasis: readonly Emphasis[]; readonly html: ReadonlyArray<readonly [string, string]> };

const UNDERLINE = ['<u>', '</u>'] as const;

function combineLooks(looks: readonly Look[]): Look {
  return { emphasis: looks.flatMap((l) => l.emphasis), html: looks.flatMap((l) => l.html) };
}

function lookOf(mark: Exclude<Mark, { type: 'link' | 'isolate' }>, highlight: HighlightStyle): Look {
  switch (mark.type) {
    case 'bold':
      return { emphasis: [BOLD], html: [] };
    case 'italic':
      return { emphasis: [ITALIC], html: [] };
    case 'underline':
      return { emphasis: [], html: [UNDERLINE] };
    case 'smallCaps':
      return { emphasis: [], html: [['<span style="font-variant:small-caps">', '</span>']] };
    case 'superscript':
      return { emphasis: [], html: [['<sup>', '</sup>']] };
    case 'subscript':
      return { emphasis: [], html: [['<sub>', '</sub>']] };
    case 'owner':
      return combineLooks(highlightMarks(highlight).map((m) => lookOf(m, highlight)));
    default:
      return assertNever(mark);
  }
}

/**
 * Backslash-escapes what Markdown would read as syntax, pandoc's `$` math and `^` superscripts
 * included; `&` only where it would start an entity.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~$^]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/\s*\n\s*/g, ' ');
}

/** Escapes what would start a block (heading, list, quote) at the start of a line. */
export function escapeLineStart(markdown: string): string {
  return markdown.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+#=])/, '\\$1');
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/** CommonMark's flanking rules: may a delimiter run open before `first` and close after `last`? */
function delimitersWork(before: string | undefined, first: string, last: string, after: string | undefined): boolean {
  const outside = (c: string | undefined): boolean => c === undefined || SPACE.test(c) || PUNCTUATION.test(c);
  const opens = !SPACE.test(first) && (!PUNCTUATION.test(first) || outside(before));
  const closes = !SPACE.test(last) && (!PUNCTUATION.test(last) || outside(after));
  return opens && closes;
}

/**
 * An isolate as Unicode's FSI…PDI characters, which every Markdown renderer keeps: a <bdi>
 * would be dropped by the sanitizers of Markdown sites and by pandoc's non-HTML writers.
 */
const isolated = (inner: string): string => `\u2068${inner}\u2069`;

/** The text the Markdown shows, isolates' FSI and PDI included: emphasis delimiters next to them follow CommonMark's rules for them too. */
function shownText(nodes: readonly RunNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      return node.mark.type === 'isolate' ? isolated(shownText(node.children)) : shownText(node.children);
    })
    .join('');
}

/** The URL of a link destination: in angle brackets when it holds spaces or parentheses. */
function destination(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/ /g, '%20').replace(/</g, '%3C').replace(/>/g, '%3E')}>` : href;
}

/**
 * Renders runs as CommonMark inline text: bold and italic as `**` and `*` where the flanking
 * rules let them work (else <strong>/<em>), links as [text](url), isolates as FSI…PDI, the other
 * marks as inline HTML, and the owner per the document's highlight.
 */
export function runsToMarkdown(runs: readonly Run[], highlight: HighlightStyle): string {
  const nodes = nestRuns(runs);
  const text = [...shownText(nodes)];
  let offset = 0;
  const write = (nodes: readonly RunNode[], active: ReadonlySet<string>): string =>
    nodes
      .map((node) => {
        if (node.kind === 'text') {
          offset += [...node.text].length;
          return escapeMarkdown(node.text);
        }
        const start = offset;
        if (node.mark.type === 'isolate') {
          offset += 1;
          const inner = write(node.children, active);
          offset += 1;
          return isolated(inner);
        }
        if (node.mark.type === 'link') {
          const inner = write(node.children, active);
          const shown = text.slice(start, offset).join('');
          if (shown === node.mark.href && !/[\s<>]/.test(shown)) return `<${shown}>`;
          return `[${inner === '' ? escapeMarkdown(node.mark.href) : inner}](${destination(node.mark.href)})`;
        }
        const look = lookOf(node.mark, highlight);
        const emphasis = look.emphasis.filter((e) => !active.has(e.kind));
        const inner = write(node.children, new Set([...active, ...emphasis.map((e) => e.kind)]));
        const core = text.slice(start, offset).join('');
        const trimmed = core.trim();
        if (trimmed === '') return inner;
        let out = inner;
        for (const [open, close] of look.html) out = `${open}${out}${close}`;
        if (emphasis.length === 0) return out;
        const lead = core.length - core.trimStart().length;
        const trail = core.length - core.trimEnd().length;
        const before = lead > 0 ? ' ' : text[start - 1];
        const after = trail > 0 ? ' ' : text[offset];
        const plain = look.html.length === 0 && delimitersWork(before, [...trimmed][0]!, [...trimmed].at(-1)!, after);
        const leadText = out.slice(0, out.length - out.trimStart().length);
        const trailText = out.slice(out.trimEnd().length);
        let body = out.trim();
        for (const e of emphasis) body = plain ? `${e.delimiter}${body}${e.delimiter}` : `${e.open}${body}${e.close}`;
        return `${leadText}${body}${trailText}`;
      })
      .join('');
  return write(nodes, new Set());
}
