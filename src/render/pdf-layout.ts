/**
 * Line breaking for styled text. pdfkit's own `continued` text flow measures and wraps each call
 * separately (a word split across two runs, "MoE-I" + superscript "2", may break in the middle)
 * and cannot report line heights ahead of drawing; laying lines out here gives exact entry heights
 * for page breaking and exact positions for every fragment.
 */

/** A stretch of text in one style (the style is opaque to layout). */
export interface Piece<S> {
  readonly text: string;
  readonly style: S;
}

/** A piece placed on a line, `x` from the line's start. */
interface Fragment<S> extends Piece<S> {
  readonly x: number;
  readonly width: number;
}

export interface Line<S> {
  readonly fragments: readonly Fragment<S>[];
  readonly width: number;
}

/** Width in points of `text` drawn in `style`. */
export type Measure<S> = (text: string, style: S) => number;

/** An unbreakable unit and the space (if any) that follows it in the source. */
interface Box<S> {
  readonly parts: readonly Piece<S>[];
  /** Style of the following space; undefined when the box is followed by a zero-width break. */
  readonly space: S | undefined;
}

/**
 * URLs and DOIs break after a slash or before a query, never after a hyphen (a reader would
 * take it for a hyphenation), inside the host name, nor right after "https://". An address
 * without its scheme ("sui.org/paper.pdf"), as printed after a link's label, is one too; a bare
 * DOI ("10.1145/3368089", no letters after the host's last dot) is not, as before.
 */
const URL_LIKE = /^(?:[a-z][a-z+.-]*:\/\/|www\.|doi:|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/)/i;
const URL_BREAK = /(?<=[^/]\/)(?=[^/])|(?<=[^/])(?=[?#&])/g;
/**
 * Compound words break after their hyphen ("low-|rank"), never initials like "Y.-N."; CJK text,
 * written without spaces, between any two ideographs or kana (never before its punctuation).
 */
const WORD_BREAK = /(?<=\p{L}\p{L}[-\u2010])(?=\p{L}\p{L})|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu;

/** White space a line may break at: `\s` minus the no-break spaces (U+00A0, U+2007, U+202F). */
const BREAKING_SPACE = /([\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+)/;

/** Splits runs into words at breaking white space; a word may span several pieces. */
function splitWords<S>(pieces: readonly Piece<S>[]): Box<S>[] {
  const boxes: Box<S>[] = [];
  let parts: Piece<S>[] = [];
  for (const piece of pieces) {
    for (const [i, chunk] of piece.text.split(BREAKING_SPACE).entries()) {
      if (chunk === '') continue;
      // split() with one capture group puts the separators at odd indexes.
      if (i % 2 === 1) {
        if (parts.length > 0) boxes.push({ parts, space: piece.style });
        parts = [];
      } else {
        parts.push({ text: chunk, style: piece.style });
      }
    }
  }
  if (parts.length > 0) boxes.push({ parts, space: undefined });
  return boxes;
}

/** Cuts the pieces of one word at the given character offsets. */
function cutParts<S>(parts: readonly Piece<S>[], offsets: readonly number[]): Piece<S>[][] {
  const out: Piece<S>[][] = [[]];
  let start = 0;
  let next = 0;
  for (const part of parts) {
    let from = 0;
    while (next < offsets.length && (offsets[next] ?? 0) < start + part.text.length) {
      const cut = (offsets[next] ?? 0) - start;
      if (cut > from) out[out.length - 1]?.push({ text: part.text.slice(from, cut), style: part.style });
      out.push([]);
      from = cut;
      next++;
    }
    if (from < part.text.length) out[out.length - 1]?.push({ text: part.text.slice(from), style: part.style });
    start += part.text.length;
  }
  return out.filter((p) => p.length > 0);
}

/** Splits words at their soft break points (URL slashes, compound hyphens). */
function splitAtSoftBreaks<S>(boxes: readonly Box<S>[]): Box<S>[] {
  return boxes.flatMap((box) => {
    const word = box.parts.map((p) => p.text).join('');
    const pattern = URL_LIKE.test(word) ? URL_BREAK : WORD_BREAK;
    const offsets = [...word.matchAll(pattern)].map((m) => m.index).filter((i) => i > 0 && i < word.length);
    if (offsets.length === 0) return [box];
    const pieces = cutParts(box.parts, offsets);
    return pieces.map((parts, i) => ({ parts, space: i === pieces.length - 1 ? box.space : undefined }));
  });
}

/** Last resort for a word wider than a whole line: cut it character by character. */
function splitOversized<S>(box: Box<S>, measure: Measure<S>, width: number): Box<S>[] {
  const out: Box<S>[] = [];
  let line: Piece<S>[] = [];
  let used = 0;
  for (const part of box.parts) {
    for (const char of part.text) {
      const w = measure(char, part.style);
      if (used + w > width && line.length > 0) {
        out.push({ parts: line, space: undefined });
        line = [];
        used = 0;
      }
      const last = line[line.length - 1];
      if (last && last.style === part.style) line[line.length - 1] = { text: last.text + char, style: part.style };
      else line.push({ text: char, style: part.style });
      used += w;
    }
  }
  out.push({ parts: line, space: box.space });
  return out;
}

/** Joins neighbouring pieces of the same style and measures the result. */
function placePieces<S>(pieces: readonly Piece<S>[], measure: Measure<S>): Line<S> {
  const merged: Piece<S>[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.style === piece.style) merged[merged.length - 1] = { text: last.text + piece.text, style: piece.style };
    else merged.push(piece);
  }
  return measureLine(merged, measure);
}

/** Sets `pieces` side by side from the left, in the order given, as one measured line. */
export function measureLine<S>(pieces: readonly Piece<S>[], measure: Measure<S>): Line<S> {
  const fragments: Fragment<S>[] = [];
  let x = 0;
  for (const piece of pieces) {
    const width = measure(piece.text, piece.style);
    fragments.push({ ...piece, x, width });
    x += width;
  }
  return { fragments, width: x };
}

/**
 * Breaks styled text into lines, greedily (first fit), as bibliographies are set ragged right.
 * `widthOf(n)` is the width available to line n (the first line may differ: hanging indent).
 */
export function breakLines<S>(pieces: readonly Piece<S>[], measure: Measure<S>, widthOf: (line: number) => number): Line<S>[] {
  const lines: Line<S>[] = [];
  let current: Piece<S>[] = [];
  let used = 0;
  let pendingSpace: S | undefined;
  // A line is drawn (and shaped) in chunks that end after each space, "word ", so a word
  // followed by a space in its own style is measured that way, less the space: shaping each
  // distinct word once instead of twice is most of the PDF writer's time in a long list.
  const boxWidth = (box: Box<S>): number =>
    box.parts.reduce((sum, p, i) => {
      const spaced = i === box.parts.length - 1 && box.space === p.style;
      return sum + (spaced ? measure(`${p.text} `, p.style) - measure(' ', p.style) : measure(p.text, p.style));
    }, 0);
  const endLine = (): void => {
    lines.push(placePieces(current, measure));
    current = [];
    used = 0;
    pendingSpace = undefined;
  };
  const queue = splitAtSoftBreaks(splitWords(pieces));
  let i = 0;
  while (i < queue.length) {
    const box = queue[i] as Box<S>;
    const available = widthOf(lines.length);
    const width = boxWidth(box);
    const space = pendingSpace === undefined ? 0 : measure(' ', pendingSpace);
    if (current.length > 0 && used + space + width > available) {
      endLine(); // and try the same box again on the fresh line
      continue;
    }
    if (current.length === 0 && width > available && [...box.parts.map((p) => p.text).join('')].length > 1) {
      queue.splice(i, 1, ...splitOversized(box, measure, available));
      continue;
    }
    if (pendingSpace !== undefined) current.push({ text: ' ', style: pendingSpace });
    current.push(...box.parts);
    used += space + width;
    pendingSpace = box.space;
    i++;
  }
  if (current.length > 0) endLine();
  return lines;
}
