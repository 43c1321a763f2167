import { showControls } from './visible-text.js';

/** Longest stretch of a source line shown; minified JSON can be one very long line. */
const WIDTH = 100;

function windowAround(text: string, column: number): { text: string; column: number } {
  if (text.length <= WIDTH) return { text, column };
  const start = Math.max(0, Math.min(column - 1 - WIDTH / 2, text.length - WIDTH));
  const end = start + WIDTH;
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  return { text: `${head}${text.slice(start, end)}${tail}`, column: column - start + head.length };
}

/** The line a diagnostic points at, with its number, and a caret under the column when known. */
interface QuotedLine {
  readonly gutter: string;
  readonly text: string;
  /** Whitespace up to the column (tabs kept, so the caret lines up), when the column is known. */
  readonly caretIndent?: string;
}

/**
 * Line `line` (1-based) of `source`, shortened around `column` when long; undefined when the
 * line does not exist or is blank (nothing worth quoting).
 */
export function quoteSourceLine(source: string, line: number, column?: number): QuotedLine | undefined {
  const lines = source.split('\n');
  const raw = lines[line - 1]?.replace(/\r$/, '').replace(/^\uFEFF/, '');
  if (raw === undefined || raw.trim() === '') return undefined;
  const gutter = String(line);
  if (column === undefined || column < 1) return { gutter, text: showControls(windowAround(raw, 1).text) };
  const shown = windowAround(raw, Math.min(column, raw.length + 1));
  // The caret is measured on the text as printed, where a control character takes several columns.
  const before = showControls(shown.text.slice(0, shown.column - 1));
  const caretIndent = [...before].map((c) => (c === '\t' ? '\t' : ' ')).join('');
  return { gutter, text: showControls(shown.text), caretIndent };
}
