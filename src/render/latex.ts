import { assertNever } from '../model/errors.js';
import { blockShownIn, headingRuns, type Document, type Entry, type HighlightStyle } from '../model/index.js';
import { escapeLatex, runsToLatex } from './runs-to-latex.js';
import type { Writer } from './writer.js';

/** How \pubcvowner draws the owner, per the document's highlight. */
function ownerDefinition(highlight: HighlightStyle): string {
  switch (highlight) {
    case 'bold':
      return '\\textbf{#1}';
    case 'italic':
      return '\\textit{#1}';
    case 'underline':
      return '\\underline{#1}';
    case 'bold-underline':
      return '\\textbf{\\underline{#1}}';
    default:
      return assertNever(highlight);
  }
}

/**
 * The file's preamble: what it is, how to compile it, and the commands it uses, each defined
 * with \providecommand so a CV that defines them first (\newcommand before \input) restyles them.
 */
function preamble(doc: Document): string[] {
  const owner = doc.owner ? ` of ${doc.owner}` : '';
  return [
    `% ${doc.title}${owner}: written by pubcv (${doc.style} style), ${doc.date}.`,
    '% UTF-8, Unicode names kept: compile with XeLaTeX or LuaLaTeX (or pdfLaTeX for Latin-script text).',
    '% Use with \\input{publications}; load hyperref for clickable links. To restyle, define these',
    '% commands before the \\input: the definitions below only apply where none exists.',
    `\\providecommand{\\pubcvowner}[1]{${ownerDefinition(doc.highlight)}}`,
    '\\providecommand{\\pubcvbadge}[1]{[#1]}',
    '\\providecommand{\\pubcvtitle}[1]{\\section*{#1}}',
    '\\providecommand{\\pubcvline}[1]{\\noindent #1\\par}',
    '\\providecommand{\\pubcvsection}[1]{\\subsection*{#1}}',
    '\\providecommand{\\pubcvdetail}[2]{\\par{\\small #2}}',
    '\\providecommand{\\pubcvlegend}[1]{\\par\\noindent{\\footnotesize #1}}',
    '\\providecommand{\\href}[2]{#2}',
    '',
  ];
}

/** An \item: the label in its optional argument, the badge, the reference, then its extra lines. */
function entryItem(entry: Entry): string[] {
  const label = entry.label ? `[${escapeLatex(entry.label)}]` : '';
  const badge = entry.badge ? `\\pubcvbadge{${escapeLatex(entry.badge)}} ` : '';
  const blocks = (entry.blocks ?? []).filter((b) => blockShownIn(b, 'tex')).map((b) => `  \\pubcvdetail{${b.kind}}{${runsToLatex(b.runs)}}`);
  return [`\\item${label} ${badge}${runsToLatex(entry.runs)}`, ...blocks];
}

/** Renders the document as LaTeX \item lists, one itemize per section, to \input into a CV. */
export function renderLatex(doc: Document): string {
  const lines = preamble(doc);
  lines.push(`\\pubcvtitle{${escapeLatex(doc.title)}}`);
  for (const line of [doc.owner, doc.subtitle, doc.updated, doc.citationSummary?.figures, doc.citationSummary?.asOf])
    if (line) lines.push(`\\pubcvline{${escapeLatex(line)}}`);
  for (const section of doc.sections) {
    const heading = headingRuns(section);
    lines.push('');
    if (heading.length > 0) lines.push(`\\pubcvsection{${runsToLatex(heading)}}`);
    lines.push('\\begin{itemize}', ...section.entries.flatMap(entryItem), '\\end{itemize}');
  }
  if (doc.legend && doc.legend.length > 0) lines.push('', ...doc.legend.map((runs) => `\\pubcvlegend{${runsToLatex(runs)}}`));
  return `${lines.join('\n')}\n`;
}

/** The LaTeX writer. */
export const latexWriter: Writer = { render: async (doc) => new TextEncoder().encode(renderLatex(doc)) };
