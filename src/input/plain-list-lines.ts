/** One line of a plain list with its 1-based line number. */
export interface NumberedLine {
  readonly text: string;
  readonly line: number;
}

/** Lines that make one record, or lines that could not be placed in any record. */
export type LineGroup =
  | { readonly kind: 'record'; readonly title: NumberedLine; readonly authors: NumberedLine; readonly abstract?: NumberedLine }
  | { readonly kind: 'stray'; readonly lines: readonly NumberedLine[] };

/**
 * Splits text into numbered lines; a BOM, CRLF and a missing final newline make no difference.
 * Lines keep their inner and leading spaces so that diagnostics can point at a column.
 */
export function splitLines(text: string): NumberedLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ text: line.trimEnd(), line: index + 1 }));
}

const NAME_PART = /^[\p{L}\p{M}][\p{L}\p{M}'’.\- ]{0,39}$/u;

/**
 * Whether a line reads like a flattened author list: at least two comma-separated parts, each a
 * short run of letters (no digits, colons or sentence ends). Titles and abstracts rarely pass.
 */
export function looksLikeNames(text: string): boolean {
  const parts = text
    .replace(/,\s*$/, '')
    .split(',')
    .map((part) => part.trim());
  return parts.length >= 2 && parts.every((part) => NAME_PART.test(part) && part.split(' ').length <= 4);
}

/** An abstract has sentences; a title almost never has a sentence break inside it. */
function looksLikeAbstract(text: string): boolean {
  return text.length > 300 || /[.!?]\s+\p{Lu}/u.test(text);
}

function splitBlocks(lines: readonly NumberedLine[]): NumberedLine[][] {
  const blocks: NumberedLine[][] = [[]];
  for (const line of lines) {
    if (line.text.trim() === '') blocks.push([]);
    else blocks[blocks.length - 1]?.push(line);
  }
  return blocks.filter((block) => block.length > 0);
}

function groupTriples(block: readonly NumberedLine[]): LineGroup[] {
  const groups: LineGroup[] = [];
  for (let i = 0; i + 2 < block.length; i += 3) {
    const [title, authors, abstract] = [block[i], block[i + 1], block[i + 2]];
    if (title && authors && abstract) groups.push({ kind: 'record', title, authors, abstract });
  }
  return groups;
}

/**
 * Re-finds records in a block whose line count is off (a line missing or extra) by anchoring on
 * author lines, so that one damaged record does not shift every record after it. A record whose
 * abstract is missing is kept without one; lines that fit no record become one stray group.
 */
function groupAroundAuthors(block: readonly NumberedLine[]): LineGroup[] {
  const groups: LineGroup[] = [];
  let stray: NumberedLine[] = [];
  let i = 0;
  while (i < block.length) {
    const [title, authors, next, afterNext] = block.slice(i, i + 4);
    if (title && authors && looksLikeNames(authors.text)) {
      if (stray.length > 0) groups.push({ kind: 'stray', lines: stray });
      stray = [];
      const nextIsTitle = afterNext !== undefined && looksLikeNames(afterNext.text) && !looksLikeAbstract(next?.text ?? '');
      const abstract = next === undefined || nextIsTitle ? undefined : next;
      groups.push(abstract ? { kind: 'record', title, authors, abstract } : { kind: 'record', title, authors });
      i += abstract ? 3 : 2;
    } else {
      if (title) stray.push(title);
      i += 1;
    }
  }
  if (stray.length > 0) groups.push({ kind: 'stray', lines: stray });
  return groups;
}

/**
 * Groups the lines after the owner into records of title, authors and abstract. Blank lines are
 * allowed between records and split the list into blocks; a block of 3n lines is read as n
 * records as it stands, any other block is re-synchronised on its author lines.
 */
export function groupRecordLines(lines: readonly NumberedLine[]): LineGroup[] {
  return splitBlocks(lines).flatMap((block) => (block.length % 3 === 0 ? groupTriples(block) : groupAroundAuthors(block)));
}
