/**
 * The floors in bench/RESULTS.md: a column beside the two speed targets, and a section beside
 * pandoc's and pubcv's times for the same 1,000 entries.
 */
import type { CiteprocFloor } from './floors.js';
import type { Summary } from './measure.js';
import type { BenchResults, SizeResult, StyleResults } from './report.js';

const s = (x: Summary | undefined): string => (x ? `${x.seconds.toFixed(2)} s` : 'n/a');
/** The floors are all for CVs of 1,000 entries. */
const thousand = (style: StyleResults): SizeResult | undefined => style.sizes.find((r) => r.n === 1000);

/**
 * The floor column of the speed targets: the target as a time where it is one, then what the
 * required libraries (and `node`) alone need for the same work (see the Floors section).
 */
export function speedFloors(results: BenchResults): { start: string; cold: string; edit: string } {
  const { floors } = results;
  if (!floors) return { start: 'not run', cold: 'not run', edit: 'not run' };
  const apa = results.styles.find((x) => x.style === 'apa');
  const pandoc = (apa && thousand(apa))?.pandocHtml?.seconds;
  const citeproc = floors.citeproc.find((c) => c.style === 'apa');
  const pdfkit = floors.pdfkit.summary.seconds;
  return {
    start: `\`node -e 0\`: ${(results.startup.node.seconds * 1000).toFixed(0)} ms; \`node\` loading pubcv and its writers: ${s(floors.load)}`,
    cold: `${pandoc === undefined ? '' : `target ≤ ${(2 * pandoc).toFixed(2)} s wall; `}citeproc-js alone on both cores: ${s(citeproc?.twoCores)} (one thread: ${s(citeproc?.oneThread)}); pdfkit alone: ${s(floors.pdfkit.summary)}`,
    edit: `pdfkit alone writing 1,000 entries' plain text: ${pdfkit.toFixed(2)} s, so about ${(pdfkit * 0.3).toFixed(2)} s for 300`,
  };
}

/** The Floors section: each floor beside pandoc's and pubcv's times for the same 1,000 entries. */
export function floorsSection(results: BenchResults): string[] {
  const { floors } = results;
  if (!floors) return [];
  const styles = results.styles;
  const row = (label: string, cell: (style: StyleResults, index: number) => string, runCount: number | undefined): string =>
    `| ${label} | ${styles.map(cell).join(' | ')} | ${runCount ?? ''} |`;
  const citeproc = (style: StyleResults): CiteprocFloor | undefined => floors.citeproc.find((c) => c.style === style.style);
  const first = styles[0] && thousand(styles[0]);
  const { pdfkit } = floors;
  return [
    '## Floors',
    '',
    `What the libraries pubcv is required to use need on their own for the same 1,000 entries, timed like a pubcv build: each in a fresh \`node\``,
    'process (bench/floor-*.ts, run as plain JavaScript), wall clock from start to exit, so start-up and module loading count; medians.',
    '',
    '- **citeproc-js alone**: citation-js loads citeproc-js, builds the engines for the CV-mode styles pubcv formats in, and formats the CSL items',
    "  pubcv formats (read, owner tagged and author lists cut by pubcv's dist/ before the timer) to HTML one entry at a time, with pubcv's",
    '  citeproc shortcuts (src/format/citeproc-fast-paths.ts) installed; nothing else. **On both cores**: the first and the second half in two',
    '  such processes started together, until both have finished.',
    `- **pdfkit alone**: the ${pdfkit.style.toUpperCase()} build's entries as plain text (from its HTML, broken into lines of at most 90 characters before`,
    "  the timer) in pdfkit's built-in Times-Roman, `lineBreak: false`, a new page every 55 lines, into a buffer: no font embedded or subset, no",
    '  shaping, no line breaking, so less than any PDF pubcv writes.',
    "- **Loading**: `node` importing pubcv's library (dist/index.js) and its PDF, DOCX and HTML writers, then exiting.",
    '',
    `| 1,000 entries | ${styles.map((x) => x.style.toUpperCase()).join(' | ')} | runs |`,
    `| --- | ${styles.map(() => '---:').join(' | ')} | ---: |`,
    row("`node` loading pubcv's library and its PDF, DOCX and HTML writers, no work (any style)", (_, i) => (i === 0 ? s(floors.load) : ''), floors.load.runs),
    row('citeproc-js alone, one thread', (x) => s(citeproc(x)?.oneThread), floors.citeproc[0]?.oneThread.runs),
    row('citeproc-js alone, two halves on two cores at once', (x) => s(citeproc(x)?.twoCores), floors.citeproc[0]?.twoCores.runs),
    row(
      `pdfkit alone, ${pdfkit.lines.toLocaleString('en-US')} lines of Times-Roman text`,
      (x) => (x.style === pdfkit.style ? s(pdfkit.summary) : ''),
      pdfkit.summary.runs,
    ),
    row('pandoc HTML', (x) => s(thousand(x)?.pandocHtml), first?.pandocHtml?.runs),
    row('pandoc DOCX', (x) => s(thousand(x)?.pandocDocx), first?.pandocDocx?.runs),
    row('pubcv build, PDF+DOCX+HTML, cold', (x) => s(thousand(x)?.cold), first?.cold.runs),
    row('pubcv, 1,000 + 1 rebuilt with the cache', (x) => s(x.rebuild), styles[0]?.rebuild.runs),
    '',
  ];
}
