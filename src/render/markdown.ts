import { blockShownIn, headingRuns, type Document, type Entry } from '../model/index.js';
import { escapeLineStart, escapeMarkdown, runsToMarkdown } from './runs-to-markdown.js';
import type { Writer } from './writer.js';

/** A code span for the venue badge; it looks like a badge on GitHub and most sites. */
function badgeSpan(badge: string): string {
  const fence = badge.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${badge}${fence.length > 1 ? ' ' : ''}${fence} `;
}

/** One list item: label, badge, reference, then its extra paragraphs as hard-broken lines. */
function entryItem(entry: Entry, doc: Document): string {
  const label = entry.label ? `${escapeMarkdown(entry.label)} ` : '';
  const badge = entry.badge ? badgeSpan(entry.badge) : '';
  const reference = escapeLineStart(`${label}${badge}${runsToMarkdown(entry.runs, doc.highlight)}`);
  const lines = (entry.blocks ?? []).filter((b) => blockShownIn(b, 'md')).map((b) => escapeLineStart(runsToMarkdown(b.runs, doc.highlight)));
  // A backslash at the end of a line is CommonMark's hard line break: the extras stay in the item.
  return [`- ${reference}`, ...lines.map((line) => `  ${line}`)].join('\\\n');
}

/** The header: title, owner, subtitle, the "Updated" line and the citation summary. */
function headerLines(doc: Document): string[] {
  const lines = [`# ${escapeMarkdown(doc.title)}`, ''];
  const meta = [
    doc.owner && `**${escapeMarkdown(doc.owner)}**`,
    doc.subtitle && escapeMarkdown(doc.subtitle),
    doc.updated && `*${escapeMarkdown(doc.updated)}*`,
    doc.citationSummary && escapeMarkdown(doc.citationSummary.figures),
    doc.citationSummary && `*${escapeMarkdown(doc.citationSummary.asOf)}*`,
  ];
  const present = meta.filter((m): m is string => typeof m === 'string' && m !== '');
  // Two trailing spaces would be invisible; a backslash makes the hard line break explicit.
  if (present.length > 0) lines.push(present.map(escapeLineStart).join('\\\n'), '');
  return lines;
}

/** Renders the document as CommonMark (GitHub, pandoc, static sites): one list per section. */
export function renderMarkdown(doc: Document): string {
  const lines = headerLines(doc);
  for (const section of doc.sections) {
    const heading = headingRuns(section);
    if (heading.length > 0) lines.push(`## ${runsToMarkdown(heading, doc.highlight)}`, '');
    lines.push(...section.entries.map((entry) => entryItem(entry, doc)), '');
  }
  for (const legend of doc.legend ?? []) lines.push(`<small>${runsToMarkdown(legend, doc.highlight)}</small>`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The Markdown writer. */
export const markdownWriter: Writer = { render: async (doc) => new TextEncoder().encode(renderMarkdown(doc)) };
