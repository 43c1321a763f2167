import { blockShownIn, headingRuns, nestRuns, plainText, type Document, type Entry, type Run, type RunNode } from '../model/index.js';
import type { Writer } from './writer.js';

/**
 * Runs as plain text: marks vanish (an isolate becomes FSI…PDI), and a link whose text is not its address is followed by
 * the address in angle brackets ("PDF <https://...>"), so nothing clickable is lost on paper.
 */
export function runsToText(runs: readonly Run[]): string {
  const write = (nodes: readonly RunNode[]): string =>
    nodes
      .map((node) => {
        if (node.kind === 'text') return node.text;
        const inner = write(node.children);
        // Plain text has no markup: an isolate is Unicode's own, FSI…PDI, invisible where unsupported.
        if (node.mark.type === 'isolate') return `\u2068${inner}\u2069`;
        if (node.mark.type !== 'link') return inner;
        const href = node.mark.href;
        return inner.includes(href) ? inner : `${inner} <${href}>`;
      })
      .join('');
  // A link is one element even across runs with different emphasis: nestRuns keeps it whole.
  return write(nestRuns(runs)).replace(/\s*\n\s*/g, ' ');
}

/** A title underlined with `char`, as plain-text documents (and reStructuredText) mark headings. */
function underlined(title: string, char: string): string[] {
  return [title, char.repeat(Math.max(3, [...title].length))];
}

/** An entry: "label badge reference", its extra lines indented under the reference. */
function entryLines(entry: Entry): string[] {
  const label = entry.label ? `${entry.label} ` : '';
  const badge = entry.badge ? `[${entry.badge}] ` : '';
  const indent = ' '.repeat(Math.max(3, [...label].length));
  const blocks = (entry.blocks ?? []).filter((b) => blockShownIn(b, 'txt')).map((b) => `${indent}${runsToText(b.runs)}`);
  return [`${label}${badge}${runsToText(entry.runs)}`, ...blocks];
}

/**
 * Renders the document as UTF-8 plain text for forms and e-mails: one paragraph per entry, no
 * hard wrapping (pasted text reflows), the owner's name as plain text.
 */
export function renderText(doc: Document): string {
  const lines = [...underlined(doc.title, '=')];
  for (const line of [doc.owner, doc.subtitle, doc.updated, doc.citationSummary?.figures, doc.citationSummary?.asOf]) if (line) lines.push(line);
  lines.push('');
  for (const section of doc.sections) {
    const heading = plainText(headingRuns(section));
    if (heading !== '') lines.push(...underlined(heading, '-'), '');
    for (const entry of section.entries) lines.push(...entryLines(entry), '');
  }
  for (const legend of doc.legend ?? []) lines.push(runsToText(legend));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The plain-text writer. */
export const textWriter: Writer = { render: async (doc) => new TextEncoder().encode(renderText(doc)) };
