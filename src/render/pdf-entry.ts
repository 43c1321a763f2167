import { assertNever } from '../model/errors.js';
import { blockShownIn, ENGLISH_MESSAGES, type BlockKind, type Entry, type HighlightStyle, type Mark, type Messages, type Run } from '../model/index.js';
import { withPrintedTargets } from './printed-links.js';
import { layoutPieces, type Typesetter } from './pdf-draw.js';
import type { Line, Piece } from './pdf-layout.js';
import { internStyle, styleOfMarks, type PdfTextStyle } from './pdf-style.js';

/** One laid-out line of an entry, with its own size and leading (extra lines are set smaller). */
export interface EntryLine {
  readonly line: Line<PdfTextStyle>;
  readonly size: number;
  readonly leading: number;
  /** Space above the line, before an extra paragraph. */
  readonly spaceBefore: number;
  /** Lines after the first of the reference hang; extra paragraphs start at the hang. */
  readonly hangs: boolean;
}

/** How wide the reference and its extra lines may run. */
interface EntryMeasure {
  /** Width of the first line of the reference. */
  readonly first: number;
  /** Width of every other line (past the hanging indent or the gutter). */
  readonly rest: number;
}

const LEADING = 1.32;
const BLOCK_SPACE = 1.5;

/** Type size and extra emphasis of each kind of extra paragraph, relative to the body size. */
function blockLook(kind: BlockKind, body: number): { readonly size: number; readonly marks: readonly Mark[] } {
  switch (kind) {
    case 'links':
      return { size: body * 0.9, marks: [] };
    case 'award':
      return { size: body, marks: [{ type: 'italic' }] };
    case 'note':
    case 'citations':
      return { size: body * 0.9, marks: [] };
    case 'abstract':
      return { size: body * 0.86, marks: [] };
    case 'line':
      return { size: body, marks: [] };
    default:
      return assertNever(kind);
  }
}

function pieces(setter: Typesetter, runs: readonly Run[], extra: readonly Mark[], highlight: HighlightStyle, size: number): Piece<PdfTextStyle>[] {
  return runs.map((run) => ({ text: run.text, style: internStyle(setter.styles, styleOfMarks([...run.marks, ...extra], highlight, size)) }));
}

/**
 * Lays out an entry: the badge in brackets before the reference ("[NeurIPS] Sui, Y., ...", not
 * bold, so that it never runs into an owner's bold name that starts the reference),
 * then each extra paragraph the PDF shows (links, award, note, abstract when asked for). A link
 * labelled only "DOI" or "PDF" is printed with its target (withPrintedTargets).
 */
export function layoutEntryLines(
  setter: Typesetter,
  entry: Entry,
  highlight: HighlightStyle,
  body: number,
  measure: EntryMeasure,
  messages: Messages = ENGLISH_MESSAGES,
): EntryLine[] {
  const badge: Run[] = entry.badge ? [{ text: `[${entry.badge}] `, marks: [] }] : [];
  const runs = withPrintedTargets(entry.runs, messages);
  const reference = layoutPieces(setter, pieces(setter, [...badge, ...runs], [], highlight, body), (n) => (n === 0 ? measure.first : measure.rest));
  const lines: EntryLine[] = reference.map((line, n) => ({ line, size: body, leading: LEADING * body, spaceBefore: 0, hangs: n > 0 }));
  for (const block of entry.blocks ?? []) {
    if (!blockShownIn(block, 'pdf')) continue;
    const look = blockLook(block.kind, body);
    const blockLines = layoutPieces(setter, pieces(setter, withPrintedTargets(block.runs, messages), look.marks, highlight, look.size), () => measure.rest);
    blockLines.forEach((line, n) => lines.push({ line, size: look.size, leading: LEADING * look.size, spaceBefore: n === 0 ? BLOCK_SPACE : 0, hangs: true }));
  }
  return lines;
}

/** The height an entry's lines take. */
export function entryHeight(lines: readonly EntryLine[], body: number): number {
  return lines.length === 0 ? LEADING * body : lines.reduce((sum, l) => sum + l.spaceBefore + l.leading, 0);
}
