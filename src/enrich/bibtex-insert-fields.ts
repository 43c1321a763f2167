import type { CslItem } from '../model/record.js';
import { escapeBibtex, verbatimValue } from '../render/bibtex-values.js';

// `enrich --write` on a .bib file: the fields found are added to each entry's own text, just
// before its closing brace, in the entry's indentation; every other byte of the file stays.

/** Where an entry starts (its `@`), as the reader reported it: 1-based line and column. */
export interface EntryFill {
  readonly line: number;
  readonly column: number;
  readonly fill: Partial<CslItem>;
}

const CONTAINER_FIELD: Readonly<Record<string, string>> = {
  inproceedings: 'booktitle',
  conference: 'booktitle',
  incollection: 'booktitle',
  inbook: 'booktitle',
};

/** The BibTeX fields for the CSL fields found, for an entry of this type; the CSL type itself is not written (the entry type stays). */
function bibtexFields(entryType: string, fill: Partial<CslItem>): Array<[string, string]> {
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? escapeBibtex(String(value)) : undefined);
  const year = fill.issued?.['date-parts']?.[0]?.[0];
  const fields: Array<[string, string | undefined]> = [
    [CONTAINER_FIELD[entryType.toLowerCase()] ?? 'journal', text(fill['container-title'])],
    ['publisher', text(fill.publisher)],
    ['year', year === undefined ? undefined : String(year)],
    ['volume', text(fill.volume)],
    ['number', text(fill.issue)],
    ['pages', text(fill.page)?.replace(/\s*[–—-]+\s*/g, '--')],
    ['doi', typeof fill.DOI === 'string' ? verbatimValue(fill.DOI) : undefined],
    ['url', typeof fill.URL === 'string' ? verbatimValue(fill.URL) : undefined],
  ];
  return fields.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '');
}

/** The offset of the `}` or `)` closing the entry whose `@` is at `at`; undefined when it is not closed. */
function entryEnd(text: string, at: number): { open: number; close: number } | undefined {
  const open = text.slice(at).search(/[{(]/);
  if (open < 0) return undefined;
  const start = at + open;
  const closer = text[start] === '(' ? ')' : '}';
  let depth = 0;
  for (let i = start + 1; i < text.length; i += 1) {
    const char = text[i];
    if (char === '{') depth += 1;
    else if (char === '}' && depth > 0) depth -= 1;
    else if (char === closer && depth === 0) return { open: start, close: i };
  }
  return undefined;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l += 1) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** Adds the fields to each entry; entries whose end cannot be found are left alone (and counted). */
export function insertBibtexFields(text: string, fills: readonly EntryFill[]): { text: string; entries: number; fields: number } {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: Array<{ at: number; insert: string }> = [];
  let fields = 0;
  for (const { line, column, fill } of fills) {
    const at = offsetOf(text, line, column);
    const bounds = text[at] === '@' ? entryEnd(text, at) : undefined;
    if (!bounds) continue;
    const type = text.slice(at + 1, bounds.open).trim();
    const added = bibtexFields(type, fill);
    if (added.length === 0) continue;
    const body = text.slice(bounds.open + 1, bounds.close);
    const indent = /\n([ \t]+)\S/.exec(body)?.[1] ?? '  ';
    const lastEnd = bounds.open + 1 + body.trimEnd().length;
    const trailingComma = text[lastEnd - 1] === ',';
    const lines = added.map(([name, value]) => `${newline}${indent}${name} = {${value}}`).join(',');
    edits.push({ at: lastEnd, insert: `${trailingComma ? '' : ','}${lines}${trailingComma ? ',' : ''}` });
    fields += added.length;
  }
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) result = result.slice(0, edit.at) + edit.insert + result.slice(edit.at);
  return { text: result, entries: edits.length, fields };
}
