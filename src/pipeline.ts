import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { assembleDocument } from './build/assemble-document.js';
import { bundledStyle, bundledStyleNames, type CslStyle } from './build/csl-style.js';
import { formatEntries, type FormattedEntry } from './build/format-entries.js';
import { noDateTerms } from './build/no-date-terms.js';
import { sortRecords } from './build/sort-records.js';
import { withoutEtAl } from './build/without-et-al.js';
import { userError, type Diagnostic } from './errors.js';
import { readInput } from './input/read-input.js';
import type { SourceRecord } from './input/record.js';
import type { Document, HighlightStyle } from './model/index.js';
import { normalizeRecords } from './normalize/normalize-records.js';
import { dropNoDate } from './transform/drop-no-date.js';
import { markOwnerNames } from './transform/mark-owner-names.js';
import { displayOwnerName, parseOwnerName, type OwnerName } from './transform/owner-name.js';

/** One input's text and the path it is reported under. */
export interface InputSource {
  readonly path: string;
  readonly text: string;
}

/** Settings for turning inputs into a document. */
export interface DocumentSettings {
  /** Owner names as "Family, Given"; when empty, the inputs' own (the plain list's first line). */
  readonly names?: readonly string[];
  readonly style: CslStyle;
  readonly lang?: string;
  /** YYYY-MM-DD the document is dated. */
  readonly date: string;
  readonly highlight?: HighlightStyle;
  readonly title?: string;
}

/** Entry accounting: read = rendered + skipped + merged. */
export interface EntryCounts {
  readonly read: number;
  readonly rendered: number;
  readonly skipped: number;
  readonly merged: number;
}

export interface DocumentResult {
  /** Undefined when no entry could be read: there is nothing to write. */
  readonly document?: Document;
  readonly entries: EntryCounts;
  readonly diagnostics: Diagnostic[];
}

/** Reads a style by short name or from a .csl file. A missing one is a usage error. */
export async function loadStyle(spec: string): Promise<CslStyle> {
  if (extname(spec).toLowerCase() === '.csl') {
    try {
      return { name: spec, xml: await readFile(spec, 'utf8') };
    } catch {
      throw userError({ code: 'style-not-found', message: `cannot read style file ${spec}`, file: spec }, 2);
    }
  }
  const style = bundledStyle(spec);
  if (!style) {
    const known = bundledStyleNames().join(', ');
    throw userError({ code: 'unknown-style', message: `unknown style "${spec}" (available: ${known}, or a path to a .csl file)` }, 2);
  }
  return style;
}

function hasDate(record: SourceRecord): boolean {
  const issued = record.item.issued;
  return Boolean(issued && ((issued['date-parts']?.[0]?.length ?? 0) > 0 || issued.literal || issued.raw));
}

function ownersFrom(names: readonly string[]): OwnerName[] {
  return names.map(parseOwnerName).filter((n): n is OwnerName => n !== undefined);
}

interface PreparedRecords {
  readonly records: SourceRecord[];
  readonly owners: OwnerName[];
  readonly read: number;
  readonly diagnostics: Diagnostic[];
}

/** read -> normalize -> select -> owner marking: everything before citeproc. */
function prepareRecords(inputs: readonly InputSource[], names: readonly string[] | undefined): PreparedRecords {
  const diagnostics: Diagnostic[] = [];
  const records: SourceRecord[] = [];
  const declaredOwners: string[] = [];
  let read = 0;
  for (const input of inputs) {
    const result = readInput(input.path, input.text);
    read += result.entryCount;
    records.push(...result.records);
    declaredOwners.push(...result.owners);
    diagnostics.push(...result.diagnostics);
  }
  const normalized = normalizeRecords(records);
  diagnostics.push(...normalized.diagnostics);

  const owners = ownersFrom(names && names.length > 0 ? names : declaredOwners);
  if (owners.length === 0) {
    diagnostics.push({ severity: 'warning', code: 'owner-unknown', message: 'no owner name given: use --name "Family, Given" to highlight it' });
  }
  const marked = markOwnerNames(sortRecords(normalized.value), owners);
  diagnostics.push(...marked.diagnostics);
  return { records: marked.value, owners, read, diagnostics };
}

/** Validates inputs without formatting: the diagnostics and counts a build would give. Pure. */
export function checkInputs(inputs: readonly InputSource[], names?: readonly string[]): DocumentResult {
  const prepared = prepareRecords(inputs, names);
  const rendered = prepared.records.length;
  return {
    entries: { read: prepared.read, rendered, skipped: prepared.read - rendered, merged: 0 },
    diagnostics: prepared.diagnostics,
  };
}

/** read -> normalize -> select -> highlight -> format -> model. Pure: no files are touched. */
export function buildDocument(inputs: readonly InputSource[], settings: DocumentSettings): DocumentResult {
  const { records, owners, read, diagnostics } = prepareRecords(inputs, settings.names);
  const formatted = formatEntries(
    records.map((r) => r.item),
    withoutEtAl(settings.style),
    settings.lang ? { lang: settings.lang } : {},
  );
  diagnostics.push(...formatted.diagnostics);
  const rendered = formatted.value.length;
  const entries: EntryCounts = { read, rendered, skipped: read - rendered, merged: 0 };
  if (rendered === 0) return { entries, diagnostics };

  const undated = new Set(records.filter((r) => !hasDate(r)).map((r) => r.item.id));
  const terms = noDateTerms(settings.style, settings.lang);
  const cleaned = formatted.value.map((f): FormattedEntry => (undated.has(f.id) ? { ...f, runs: dropNoDate(f.runs, terms) } : f));
  const first = owners[0];
  const document = assembleDocument(records, cleaned, {
    title: settings.title ?? 'Publications',
    ...(first ? { owner: displayOwnerName(first) } : {}),
    lang: settings.lang ?? 'en',
    date: settings.date,
    style: settings.style.name,
    highlight: settings.highlight ?? 'bold',
  });
  return { document, entries, diagnostics };
}
