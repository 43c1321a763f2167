import type { Diagnostic } from '../model/errors.js';
import { cleanText } from '../normalize/clean-text.js';
import { stripMarkup } from '../text/strip-markup.js';
import { deriveId } from '../normalize/derive-id.js';
import { latexToCslMarkup } from '../normalize/latex-to-csl-markup.js';
import { textLimitProblem } from '../model/input-limits.js';
import { parsePlainNames } from './parse-plain-names.js';
import { groupRecordLines, looksLikeNames, splitLines, type LineGroup, type NumberedLine } from './plain-list-lines.js';
import type { CslItem, ReadResult, SourceRecord } from '../model/record.js';

/**
 * The list says nothing about where or whether a work was published. CSL's `article` is the type
 * for an article outside a journal, magazine or newspaper (preprints, working papers; Zotero maps
 * its Preprint type to it), so it claims nothing: `article-journal` would imply a journal and
 * `paper-conference` a conference that the list never named.
 */
const PLAIN_LIST_TYPE = 'article';

/** The first words of a title, for messages about entries that have no id yet. */
function excerpt(text: string): string {
  const plain = cleanText(stripMarkup(text));
  return plain.length <= 50 ? `"${plain}"` : `"${plain.slice(0, 49).trimEnd()}…"`;
}

interface Owner {
  readonly owners: string[];
  readonly body: readonly NumberedLine[];
  readonly diagnostics: Diagnostic[];
}

/** Line 1 names the owner; a list whose first line is a title followed by authors has none. */
function readOwner(lines: readonly NumberedLine[], file: string): Owner {
  const filled = lines.filter((line) => line.text.trim() !== '');
  const [first, second] = filled;
  if (first === undefined) {
    return { owners: [], body: [], diagnostics: [{ severity: 'warning', code: 'empty-input', message: 'the file is empty', file }] };
  }
  const body = lines.slice(lines.indexOf(first) + 1);
  const owner = cleanText(first.text);
  if (looksLikeNames(first.text) && first.text.split(',').length === 2) return { owners: [owner], body, diagnostics: [] };
  const where = { file, line: first.line };
  if (second !== undefined && looksLikeNames(second.text)) {
    const message = `${excerpt(first.text)} reads as a title, not the owner as "Family, Given"; the list has no owner line`;
    return { owners: [], body: [first, ...body], diagnostics: [{ severity: 'warning', code: 'plain-list-no-owner', message, ...where }] };
  }
  const message = `the owner line should read "Family, Given"; using "${owner}" as written`;
  return { owners: [owner], body, diagnostics: [{ severity: 'warning', code: 'plain-list-owner-format', message, ...where }] };
}

interface GroupRead {
  readonly record?: SourceRecord;
  readonly diagnostics: Diagnostic[];
}

function readStray(lines: readonly NumberedLine[], file: string): GroupRead {
  const [first] = lines;
  const last = lines[lines.length - 1];
  const span = lines.length === 1 ? `line ${first?.line} is` : `lines ${first?.line}–${last?.line} are`;
  const message = `${span} not part of a record (title, authors, abstract): ${excerpt(first?.text ?? '')} skipped`;
  return { diagnostics: [{ severity: 'error', code: 'plain-list-stray-lines', message, file, line: first?.line }] };
}

/** The first line of a record past pubcv's limits, read before its LaTeX is (which recurses into braces). */
function oversized(group: Extract<LineGroup, { kind: 'record' }>, file: string): Diagnostic | undefined {
  const lines = [
    ['title', group.title],
    ['author', group.authors],
    ['abstract', group.abstract],
  ] as const;
  for (const [field, line] of lines) {
    const problem = line === undefined ? undefined : textLimitProblem(field, line.text);
    if (problem === undefined || line === undefined) continue;
    const message = `${problem} (pubcv's limit on a field): the record of line ${group.title.line} (${excerpt(group.title.text.slice(0, 200))}) was skipped`;
    return { severity: 'error', code: 'input-too-large', message, file, line: line.line };
  }
  return undefined;
}

function readRecord(group: Extract<LineGroup, { kind: 'record' }>, file: string): GroupRead {
  const tooLarge = oversized(group, file);
  if (tooLarge !== undefined) return { diagnostics: [tooLarge] };
  const title = latexToCslMarkup(group.title.text.trim());
  const names = parsePlainNames(group.authors.text);
  if (!names.ok) {
    const message = `${names.partCount} name parts for ${excerpt(title)}: authors must come in "Family, Given" pairs (write null for an unknown part); entry skipped`;
    return { diagnostics: [{ severity: 'error', code: 'plain-list-odd-names', message, file, line: group.authors.line }] };
  }
  const item: CslItem = { id: '', type: PLAIN_LIST_TYPE, title, author: names.names };
  if (group.abstract) item.abstract = latexToCslMarkup(group.abstract.text.trim());
  // Until normalizing assigns the final id, the derived one names the entry in diagnostics.
  item.id = deriveId(item);
  const where = { file, entry: item.id };
  const diagnostics: Diagnostic[] = names.nulls
    .filter((part, index, all) => all.findIndex((other) => other.author === part.author) === index)
    .map((part) => ({
      severity: 'warning',
      code: 'null-name-part',
      message: `author ${part.author} "${part.written}" has an unknown (null) part; it is left out`,
      line: group.authors.line,
      column: part.column,
      ...where,
    }));
  if (!group.abstract) {
    const message = `no abstract line after the authors of ${excerpt(title)}; a line may be missing`;
    diagnostics.push({ severity: 'warning', code: 'plain-list-missing-abstract', message, line: group.authors.line, ...where });
  }
  return { record: { item, source: { file, line: group.title.line } }, diagnostics };
}

/**
 * Reads a plain publication list: line 1 is the owner ("Family, Given"), then three lines per
 * work: title, authors as flattened "Family, Given" pairs, abstract. Blank lines may separate
 * records (see groupRecordLines); a damaged record is reported and skipped, the rest are read.
 */
export function readPlainList(text: string, file: string): ReadResult {
  const owner = readOwner(splitLines(text), file);
  const diagnostics = [...owner.diagnostics];
  const records: SourceRecord[] = [];
  const groups = groupRecordLines(owner.body);
  for (const group of groups) {
    const read = group.kind === 'record' ? readRecord(group, file) : readStray(group.lines, file);
    if (read.record) records.push(read.record);
    diagnostics.push(...read.diagnostics);
  }
  return { records, diagnostics, owners: owner.owners, entryCount: groups.length };
}
