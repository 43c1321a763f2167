import type { PdfPage, PdfText, PdfTextItem } from './read-pdf.js';

/** A stretch of one line drawn alike: same font, size, baseline, underline and link. */
export interface PdfRun {
  readonly text: string;
  readonly font: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
  /** Baseline shift from the line's baseline, points, positive up (superscript). */
  readonly rise: number;
  readonly underline: boolean;
  readonly href: string | undefined;
}

export interface PdfLine {
  readonly page: number;
  /** Baseline, page space. */
  readonly y: number;
  readonly text: string;
  readonly runs: readonly PdfRun[];
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** The run an item starts, its rise measured from the line's baseline. */
function runOf(item: PdfTextItem, baseline: number): PdfRun {
  const { text, font, bold, italic, underline, href } = item;
  return { text, font, bold, italic, size: round(item.size), rise: round(item.y - baseline), underline, href };
}

/** True when two runs are drawn alike (everything but the text matches). */
function sameLook(a: PdfRun, b: PdfRun): boolean {
  return a.font === b.font && a.size === b.size && a.rise === b.rise && a.underline === b.underline && a.href === b.href;
}

/** Merges a line's items (sorted by x) into runs of one look. */
function mergeRuns(items: readonly PdfTextItem[], baseline: number): PdfRun[] {
  const runs: PdfRun[] = [];
  items.forEach((item, i) => {
    const run = runOf(item, baseline);
    const last = runs[runs.length - 1];
    const next = items[i + 1];
    // White space drawn unlike both neighbours (often a pdf.js gap filler) joins the text before it.
    const joinsLast = last && (sameLook(last, run) || (run.text.trim() === '' && !(next && sameLook(runOf(next, baseline), run))));
    if (last && joinsLast) runs[runs.length - 1] = { ...last, text: last.text + run.text };
    else runs.push(run);
  });
  return runs;
}

/**
 * A space between two items a space's width apart with no white space between them. pdf.js puts
 * one there itself within one text matrix, but not where the matrix changes (a slanted stretch).
 */
function withGapSpaces(items: readonly PdfTextItem[]): PdfTextItem[] {
  const spaced: PdfTextItem[] = [];
  for (const item of items) {
    const last = spaced[spaced.length - 1];
    const gap = last ? item.x - (last.x + last.width) : 0;
    if (last && gap > 0.2 * Math.min(last.size, item.size) && !/\s$/.test(last.text) && !/^\s/.test(item.text)) {
      spaced.push({ ...last, text: ' ', x: last.x + last.width, width: gap });
    }
    spaced.push(item);
  }
  return spaced;
}

/** Groups a page's items into lines by baseline (superscripts join their line), runs merged. */
export function pageLines(page: PdfPage): PdfLine[] {
  const groups: PdfTextItem[][] = [];
  for (const item of page.items) {
    const group = groups.find((g) => g.some((o) => Math.abs(o.y - item.y) < 0.5 * Math.max(o.size, item.size)));
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups
    .map((items) => {
      const sorted = withGapSpaces([...items].sort((a, b) => a.x - b.x));
      const main = sorted.reduce((a, b) => (b.size > a.size ? b : a));
      const runs = mergeRuns(sorted, main.y);
      return { page: page.number, y: round(main.y), text: runs.map((r) => r.text).join(''), runs };
    })
    .sort((a, b) => b.y - a.y);
}

/** Every line of every page, top to bottom. */
export function pdfLines(pdf: PdfText): PdfLine[] {
  return pdf.pages.flatMap(pageLines);
}

/** A readable dump: per page, each line's runs as `[font attrs] text`; sizes shown when not body size. */
export function dumpPdf(pdf: PdfText): string {
  const lines = pdfLines(pdf);
  const chars = new Map<number, number>();
  for (const run of lines.flatMap((l) => l.runs)) chars.set(run.size, (chars.get(run.size) ?? 0) + run.text.length);
  const body = [...chars.entries()].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0])[0];
  const out: string[] = [];
  for (const page of pdf.pages) {
    out.push(`--- page ${page.number} / ${pdf.pages.length}`);
    for (const line of pageLines(page)) {
      const runs = line.runs.map((run) => {
        const attrs = [run.font];
        if (run.size !== body) attrs.push(`${run.size}pt`);
        if (run.rise !== 0) attrs.push(run.rise > 0 ? `^${run.rise}` : `_${-run.rise}`);
        if (run.underline) attrs.push('underline');
        if (run.href !== undefined) attrs.push(`link=${run.href}`);
        return `[${attrs.join(' ')}] ${run.text}`;
      });
      out.push(runs.join(''));
    }
    for (const link of page.links) out.push(`link ${link.url} @ ${link.rect.map((n) => n.toFixed(1)).join(' ')}`);
  }
  return `${out.join('\n')}\n`;
}
