import { documentMessages, headingRuns, type Document, type Entry, type Mark, type Run, type Section } from '../model/index.js';
import type { Line } from './pdf-layout.js';
import { baselineOffset, drawLine, drawText, layoutPieces, lineStart, measureText, plainStyle, selectFaces, type Typesetter } from './pdf-draw.js';
import { entryLayoutKey, type CachedEntryLines, type EntryLayouts } from './pdf-entry-cache.js';
import { entryHeight, layoutEntryLines, type EntryLine } from './pdf-entry.js';
import type { FontFace } from './pdf-fonts.js';
import type { PageGeometry } from './pdf-page.js';
import { styleOfMarks, internStyle, type PdfTextStyle } from './pdf-style.js';

const BODY_SIZE = 10.5;
const BODY_LEADING = 1.32 * BODY_SIZE;
const ENTRY_GAP = 5;
/** Unnumbered entries hang their continuation lines by this much (about 1.5 em). */
const HANGING_INDENT = 16;
/** Space between the longest label and the entry text. */
const LABEL_GAP = 6;

const TITLE_SIZE = 17;
const OWNER_SIZE = 11.5;
const HEADING_SIZE = 12;
const HEADING_LEADING = 1.3 * HEADING_SIZE;
const HEADING_SPACE_BEFORE = 15;
const HEADING_SPACE_AFTER = 5;
const LEGEND_SIZE = 9;
const LEGEND_LEADING = 1.3 * LEGEND_SIZE;
const LEGEND_SPACE_BEFORE = 10;
const TEXT_COLOR = '#000000';
const MUTED_COLOR = '#444444';

/**
 * One run of the flow over the document. A pass that does not paint only paginates, so the
 * page count is known before the first page is drawn and pages need not be buffered.
 */
interface FlowPass {
  readonly paint: boolean;
  /** Called while page `index` (from 0) is still current, after its body, before the flow leaves it. */
  readonly finishPage: (index: number) => void;
}

/** The cursor of the flow: the y of the next line on the current page, and which page that is. */
interface Flow extends Typesetter {
  y: number;
  pageIndex: number;
  readonly doc: Document;
  readonly page: PageGeometry;
  readonly pass: FlowPass;
  /** Entries laid out before, this render or the last; absent: each is laid out afresh. */
  readonly layouts: EntryLayouts | undefined;
}

/** An entry laid out: its label (drawn in the gutter) and its lines. */
interface EntryLayout {
  readonly label: { readonly text: string; readonly width: number } | undefined;
  readonly lines: readonly EntryLine[];
  readonly height: number;
}

/** Starts a new page and puts the cursor at its top margin. */
function newPage(flow: Flow): void {
  flow.pass.finishPage(flow.pageIndex);
  flow.pageIndex++;
  if (flow.pass.paint) flow.pdf.addPage();
  flow.y = flow.page.margin;
}

/** True when the cursor is at the top of a page (no space should be added before a block). */
function atPageTop(flow: Flow): boolean {
  return flow.y <= flow.page.margin;
}

/** Lays out a one-style paragraph (title, name, heading) across the text width. */
function layoutPlain(flow: Flow, text: string, style: PdfTextStyle): Line<PdfTextStyle>[] {
  return layoutPieces(flow, [{ text, style }], () => flow.page.textWidth);
}

/** Draws lines flush left (flush right in a right-to-left document) at `leading` apart, advancing the cursor. */
function drawPlain(flow: Flow, lines: readonly Line<PdfTextStyle>[], size: number, leading: number, color: string): void {
  for (const line of lines) {
    const left = lineStart(flow, flow.page.margin, flow.page.textWidth, line.width);
    if (flow.pass.paint) drawLine(flow, line, { left, top: flow.y, height: leading, baseline: flow.y + baselineOffset(leading, size) }, color);
    flow.y += leading;
  }
}

/** Lays out runs across the text width, `extra` marks added to each (bold for headings). */
function layoutRuns(flow: Flow, runs: readonly Run[], size: number, extra: readonly Mark[] = []): Line<PdfTextStyle>[] {
  const pieces = runs.map((run) => ({ text: run.text, style: internStyle(flow.styles, styleOfMarks([...run.marks, ...extra], flow.doc.highlight, size)) }));
  return layoutPieces(flow, pieces, () => flow.page.textWidth);
}

/** Draws the document title, the owner's name, subtitle, "Updated" line and citation summary under it, and a hairline rule. */
function drawTitleBlock(flow: Flow): void {
  const { title, owner, subtitle, updated } = flow.doc;
  drawPlain(flow, layoutPlain(flow, title, plainStyle(flow, 'bold', TITLE_SIZE)), TITLE_SIZE, TITLE_SIZE * 1.25, TEXT_COLOR);
  if (owner !== undefined && owner.trim() !== '') {
    drawPlain(flow, layoutPlain(flow, owner, plainStyle(flow, 'regular', OWNER_SIZE)), OWNER_SIZE, OWNER_SIZE * 1.35, MUTED_COLOR);
  }
  if (subtitle) drawPlain(flow, layoutPlain(flow, subtitle, plainStyle(flow, 'regular', BODY_SIZE)), BODY_SIZE, BODY_LEADING, TEXT_COLOR);
  if (updated) drawPlain(flow, layoutPlain(flow, updated, plainStyle(flow, 'regular', LEGEND_SIZE)), LEGEND_SIZE, LEGEND_LEADING, MUTED_COLOR);
  const summary = flow.doc.citationSummary;
  if (summary) {
    flow.y += 2;
    drawPlain(flow, layoutPlain(flow, summary.figures, plainStyle(flow, 'regular', BODY_SIZE)), BODY_SIZE, BODY_LEADING, TEXT_COLOR);
    drawPlain(flow, layoutPlain(flow, summary.asOf, plainStyle(flow, 'regular', LEGEND_SIZE)), LEGEND_SIZE, LEGEND_LEADING, MUTED_COLOR);
  }
  flow.y += 4;
  if (flow.pass.paint) {
    flow.pdf.save().lineWidth(0.5).strokeColor(MUTED_COLOR);
    flow.pdf
      .moveTo(flow.page.margin, flow.y)
      .lineTo(flow.page.margin + flow.page.textWidth, flow.y)
      .stroke()
      .restore();
  }
  flow.y += 2;
}

/**
 * One gutter for the whole document, wide enough for its longest label, so numbers line up
 * from section to section; 0 when no entry has a label.
 */
function measureGutter(flow: Flow): number {
  const style = plainStyle(flow, 'regular', BODY_SIZE);
  const widths = flow.doc.sections.flatMap((s) => s.entries.map((e) => (e.label ? measureText(flow, e.label, style) : 0)));
  const widest = Math.max(0, ...widths);
  return widest > 0 ? widest + LABEL_GAP : 0;
}

/** An entry's lines, from the cache when it has them (opening their fonts as measuring would have), else laid out. */
function entryLines(flow: Flow, entry: Entry, first: number, rest: number): CachedEntryLines {
  const key = flow.layouts && entryLayoutKey(entry, first, rest);
  const cached = key === undefined ? undefined : flow.layouts?.get(key);
  if (cached) {
    selectFaces(flow, cached.faces);
    return cached;
  }
  const faces = new Set<FontFace>();
  const setter: Typesetter = {
    pdf: flow.pdf,
    styles: flow.styles,
    chain: flow.chain,
    measuredFaces: faces,
    ...(flow.direction ? { direction: flow.direction } : {}),
  };
  const lines = layoutEntryLines(setter, entry, flow.doc.highlight, BODY_SIZE, { first, rest }, documentMessages(flow.doc));
  const laid = { lines, height: entryHeight(lines, BODY_SIZE), faces: [...faces] };
  if (key !== undefined) flow.layouts?.set(key, laid);
  return laid;
}

/** Lays out one entry: in a labelled section every line starts past the gutter, else lines hang. */
function layoutEntry(flow: Flow, entry: Entry, gutter: number): EntryLayout {
  const textWidth = flow.page.textWidth;
  const { lines, height } =
    gutter > 0 ? entryLines(flow, entry, textWidth - gutter, textWidth - gutter) : entryLines(flow, entry, textWidth, textWidth - HANGING_INDENT);
  const labelStyle = plainStyle(flow, 'regular', BODY_SIZE);
  const label = gutter > 0 && entry.label ? { text: entry.label, width: measureText(flow, entry.label, labelStyle) } : undefined;
  return { label, lines, height };
}

/**
 * Draws an entry, moving it whole to the next page when it would split but fits on one page. In a
 * right-to-left document the gutter and the hanging indent are on the right.
 */
function drawEntry(flow: Flow, layout: EntryLayout, gutter: number): void {
  const { bottom, contentHeight, margin, textWidth } = flow.page;
  if (flow.y + layout.height > bottom && layout.height <= contentHeight && !atPageTop(flow)) newPage(flow);
  layout.lines.forEach(({ line, size, leading, spaceBefore, hangs }, n) => {
    if (flow.y + spaceBefore + leading > bottom) newPage(flow);
    else if (!atPageTop(flow)) flow.y += spaceBefore;
    const top = flow.y;
    flow.y += leading;
    if (!flow.pass.paint) return;
    const baseline = top + baselineOffset(leading, size);
    const rtl = flow.direction === 'rtl';
    if (n === 0 && layout.label) {
      const x = rtl ? margin + textWidth - gutter + LABEL_GAP : margin + gutter - LABEL_GAP - layout.label.width;
      drawText(flow, layout.label.text, plainStyle(flow, 'regular', BODY_SIZE), x, baseline, TEXT_COLOR);
    }
    const indent = gutter > 0 ? gutter : hangs ? HANGING_INDENT : 0;
    const left = rtl ? margin + textWidth - indent - line.width : margin + indent;
    drawLine(flow, line, { left, top, height: leading, baseline }, TEXT_COLOR);
  });
  flow.y += ENTRY_GAP;
}

/** Draws a section: its heading kept on one page with its first entry (or two lines of a huge one), and bookmarked. */
function drawSection(flow: Flow, section: Section, gutter: number): void {
  const sectionGutter = section.entries.some((e) => e.label) ? gutter : 0;
  // Each entry is laid out as it is drawn, the first one before the heading (to keep them
  // together): the lines of a whole 5,000-entry section held at once were some 25 MB.
  const [firstEntry, ...rest] = section.entries;
  const firstLayout = firstEntry && layoutEntry(flow, firstEntry, sectionGutter);
  const heading = layoutRuns(flow, headingRuns(section), HEADING_SIZE, [{ type: 'bold' }]);
  const headingHeight = heading.length * HEADING_LEADING + HEADING_SPACE_AFTER;
  const first = firstLayout?.height ?? 0;
  const kept = headingHeight + (headingHeight + first <= flow.page.contentHeight ? first : 2 * BODY_LEADING);
  if (!atPageTop(flow)) {
    if (flow.y + HEADING_SPACE_BEFORE + kept > flow.page.bottom) newPage(flow);
    else flow.y += HEADING_SPACE_BEFORE;
  }
  // A bookmark per titled section, on the page its heading lands on (viewers show the outline).
  if (flow.pass.paint && section.title.trim() !== '') flow.pdf.outline.addItem(section.title);
  drawPlain(flow, heading, HEADING_SIZE, HEADING_LEADING, TEXT_COLOR);
  flow.y += HEADING_SPACE_AFTER;
  if (firstLayout) drawEntry(flow, firstLayout, sectionGutter);
  for (const entry of rest) drawEntry(flow, layoutEntry(flow, entry, sectionGutter), sectionGutter);
}

/** Draws the legend of contribution marks in small type under the list, kept on one page. */
function drawLegend(flow: Flow, legend: readonly (readonly Run[])[]): void {
  const lines = legend.flatMap((runs) =>
    layoutPieces(
      flow,
      runs.map((run) => ({ text: run.text, style: internStyle(flow.styles, styleOfMarks(run.marks, flow.doc.highlight, LEGEND_SIZE)) })),
      () => flow.page.textWidth,
    ),
  );
  if (lines.length === 0) return;
  const height = LEGEND_SPACE_BEFORE + lines.length * LEGEND_LEADING;
  if (flow.y + height > flow.page.bottom && !atPageTop(flow)) newPage(flow);
  else flow.y += LEGEND_SPACE_BEFORE;
  drawPlain(flow, lines, LEGEND_SIZE, LEGEND_LEADING, TEXT_COLOR);
}

/**
 * Typesets the whole document, starting on `setter`'s current page, and returns how many pages
 * it takes; a pass that paints draws them, adding a page at each break. Entries found in
 * `layouts` are not laid out again; those laid out are added to it.
 */
export function typesetDocument(setter: Typesetter, doc: Document, page: PageGeometry, pass: FlowPass, layouts?: EntryLayouts): number {
  const flow: Flow = { ...setter, doc, page, pass, layouts, y: page.margin, pageIndex: 0 };
  drawTitleBlock(flow);
  const gutter = measureGutter(flow);
  for (const section of doc.sections) drawSection(flow, section, gutter);
  if (doc.legend) drawLegend(flow, doc.legend);
  pass.finishPage(flow.pageIndex);
  return flow.pageIndex + 1;
}
