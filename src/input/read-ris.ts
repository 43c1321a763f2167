import { plugins } from '@citation-js/core';
// The one module that registers and calls citation-js's RIS plugin; its configuration stays at the defaults.
import '@citation-js/plugin-ris';
import type { Diagnostic } from '../model/errors.js';
import { reason } from './bibtex-convert.js';
import { parseBibtexName } from './bibtex-name-parts.js';
import { emptyRead } from './empty-read.js';
import type { CslItem, CslName, ReadResult, SourceRecord } from '../model/record.js';

const RECORD_START = /^TY {2}-/;
const RECORD_END = /^ER {2}-/;
/** A tag line as RIS writes it: two characters, two spaces, a hyphen, a space (or nothing). */
const TAG_LINE = /^[A-Z][A-Z0-9] {2}-(?: |$)/;
/** A tag line with its spacing wrong (`AU  -Sui`, `AU - Sui`): citation-js would read it as text of the line before. */
const LOOSE_TAG_LINE = /^([A-Z][A-Z0-9]) {1,3}- ?(.*)$/;
// A literal name with one of these words is an organisation, not a person written "First Last".
const ORGANISATION =
  /\b(?:university|universit[éäà]t?|institute?|organi[sz]ation|consortium|collaboration|group|team|society|association|committee|council|project|network|cent(?:er|re)|foundation|agency|ministry|department|inc|ltd|corporation|company|laboratory|office)\b/i;

interface RisChunk {
  readonly text: string;
  readonly line: number;
}

interface SplitRis {
  readonly chunks: RisChunk[];
  /** Tag lines outside any record: a record whose `TY  -` line is missing. */
  readonly orphans: RisChunk[];
  /** Tag lines whose spacing was repaired, with their line number and how they were read. */
  readonly repairs: Array<{ readonly line: number; readonly written: string; readonly read: string }>;
}

/**
 * Splits RIS text into records, each from its `TY  -` line to its `ER  -` line (or the next
 * `TY  -`). Tag lines outside a record are kept apart, to be reported: citation-js would read
 * them into the record before, or not at all.
 */
function splitRecords(text: string): SplitRis {
  const split: SplitRis = { chunks: [], orphans: [], repairs: [] };
  let current: { lines: string[]; line: number; inRecord: boolean } | undefined;
  const close = () => {
    if (current === undefined) return;
    const chunk = { text: current.lines.join('\n'), line: current.line };
    if (current.inRecord) split.chunks.push(chunk);
    else if (current.lines.some((l) => TAG_LINE.test(l))) split.orphans.push(chunk);
    current = undefined;
  };
  text.split(/\r?\n/).forEach((written, index) => {
    const loose = TAG_LINE.test(written) ? null : LOOSE_TAG_LINE.exec(written);
    const line = loose ? `${loose[1]}  - ${loose[2]}` : written;
    if (loose) split.repairs.push({ line: index + 1, written, read: line });
    if (RECORD_START.test(line)) {
      close();
      current = { lines: [], line: index + 1, inRecord: true };
    } else if (current === undefined && line.trim() !== '') {
      current = { lines: [], line: index + 1, inRecord: false };
    }
    current?.lines.push(line);
    if (RECORD_END.test(line) && current?.inRecord) close();
  });
  close();
  return split;
}

/**
 * ORCID-made RIS writes `AU  - Radosław Miśkiewicz` (first name first), which citation-js keeps as
 * a literal. Person names are split as BibTeX splits "First von Last" so the owner can be found.
 */
function splitLiteralName(name: CslName): CslName {
  const literal = name.literal;
  if (literal === undefined || literal.includes(',') || ORGANISATION.test(literal)) return name;
  const words = literal.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return name;
  const parts = parseBibtexName(literal);
  const split: CslName = { family: parts.last };
  if (parts.first !== '') split.given = parts.first;
  if (parts.von !== '') split['non-dropping-particle'] = parts.von;
  return split;
}

function splitLiteralNames(item: CslItem): CslItem {
  for (const [field, value] of Object.entries(item)) {
    if (Array.isArray(value) && value.some((name) => typeof name === 'object' && name !== null && 'literal' in name)) {
      item[field] = value.map((name: CslName) => splitLiteralName(name));
    }
  }
  return item;
}

function readRecord(chunk: RisChunk, closed: boolean): CslItem | undefined {
  // citation-js reads nothing of a record without its `ER  -` line.
  const text = closed ? chunk.text : `${chunk.text.trimEnd()}\nER  - `;
  const items = plugins.input.chain(text, { forceType: '@ris/file', generateGraph: false }) as CslItem[];
  const [item] = items;
  return item === undefined ? undefined : splitLiteralNames({ ...item, type: item.type || 'document' });
}

/**
 * Reads RIS (Zotero, EndNote, ORCID exports) record by record with citation-js's RIS plugin, so
 * a record it cannot read costs only that record. Partial dates such as `DA  - 2024///` give the year.
 */
export function readRis(text: string, file: string): ReadResult {
  const { chunks, orphans, repairs } = splitRecords(text.replace(/^\uFEFF/, ''));
  if (chunks.length === 0 && orphans.length === 0) {
    const message = text.trim() === '' ? 'the file is empty' : "no RIS record found: each record starts with a 'TY  - ' line";
    return emptyRead({ severity: text.trim() === '' ? 'warning' : 'error', code: text.trim() === '' ? 'empty-input' : 'ris-syntax', message, file });
  }
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { line, written, read } of repairs) {
    diagnostics.push({
      severity: 'warning',
      code: 'ris-syntax',
      file,
      line,
      column: 1,
      message: `"${written}" is not spaced as a RIS tag line ("XX  - value"); read as "${read}"`,
    });
  }
  for (const orphan of orphans) {
    const first = orphan.text.split('\n').find((l) => TAG_LINE.test(l)) ?? '';
    diagnostics.push({
      severity: 'error',
      code: 'ris-syntax',
      file,
      line: orphan.line,
      column: 1,
      message: `a record without its 'TY  - ' line (it has "${first.slice(0, 60)}"); it was skipped: add 'TY  - JOUR' (or its type) above it`,
    });
  }
  for (const chunk of chunks) {
    const key = /^ID {2}- *(.+)$/m.exec(chunk.text)?.[1]?.trim();
    const where = { file, line: chunk.line, column: 1, ...(key ? { entry: key } : {}) };
    try {
      const closed = /^ER {2}-/m.test(chunk.text);
      const item = readRecord(chunk, closed);
      if (item === undefined) throw new Error('no item in the record');
      if (!closed)
        diagnostics.push({
          severity: 'warning',
          code: 'ris-syntax',
          ...where,
          message: "the record has no closing 'ER  - ' line; it was read up to the next record",
        });
      records.push({ item, source: { file, line: chunk.line, column: 1, ...(key ? { key } : {}) } });
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        code: 'ris-record',
        ...where,
        message: `citation-js could not read this RIS record (${reason(error)}); it was skipped`,
      });
    }
  }
  return { records, diagnostics, owners: [], entryCount: chunks.length + orphans.length };
}
