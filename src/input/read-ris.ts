import { plugins } from '@citation-js/core';
// The one module that registers and calls citation-js's RIS plugin; its configuration stays at the defaults.
import '@citation-js/plugin-ris';
import type { Diagnostic } from '../errors.js';
import { reason } from './bibtex-convert.js';
import { parseBibtexName } from './bibtex-name-parts.js';
import { emptyRead } from './empty-read.js';
import type { CslItem, CslName, ReadResult, SourceRecord } from './record.js';

const RECORD_START = /^TY {2}-/;
// A literal name with one of these words is an organisation, not a person written "First Last".
const ORGANISATION = /\b(?:university|universit[éäà]t?|institute?|organi[sz]ation|consortium|collaboration|group|team|society|association|committee|council|project|network|cent(?:er|re)|foundation|agency|ministry|department|inc|ltd|corporation|company|laboratory|office)\b/i;

interface RisChunk {
  readonly text: string;
  readonly line: number;
}

/** Splits RIS text into records at each `TY  -` line; text before the first one is ignored. */
function splitRecords(text: string): RisChunk[] {
  const chunks: RisChunk[] = [];
  let current: { lines: string[]; line: number } | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    if (RECORD_START.test(line)) {
      if (current) chunks.push({ text: current.lines.join('\n'), line: current.line });
      current = { lines: [], line: index + 1 };
    }
    current?.lines.push(line);
  });
  if (current) chunks.push({ text: current.lines.join('\n'), line: current.line });
  return chunks;
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
  const chunks = splitRecords(text.replace(/^\uFEFF/, ''));
  if (chunks.length === 0) {
    const message = text.trim() === '' ? 'the file is empty' : "no RIS record found: each record starts with a 'TY  - ' line";
    return emptyRead({ severity: text.trim() === '' ? 'warning' : 'error', code: text.trim() === '' ? 'empty-input' : 'ris-syntax', message, file });
  }
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const chunk of chunks) {
    const key = /^ID {2}- *(.+)$/m.exec(chunk.text)?.[1]?.trim();
    const where = { file, line: chunk.line, column: 1, ...(key ? { entry: key } : {}) };
    try {
      const closed = /^ER {2}-/m.test(chunk.text);
      const item = readRecord(chunk, closed);
      if (item === undefined) throw new Error('no item in the record');
      if (!closed) diagnostics.push({ severity: 'warning', code: 'ris-syntax', ...where, message: "the record has no closing 'ER  - ' line; it was read up to the next record" });
      records.push({ item, source: { file, line: chunk.line, column: 1, ...(key ? { key } : {}) } });
    } catch (error) {
      diagnostics.push({ severity: 'error', code: 'ris-record', ...where, message: `citation-js could not read this RIS record (${reason(error)}); it was skipped` });
    }
  }
  return { records, diagnostics, owners: [], entryCount: chunks.length };
}
