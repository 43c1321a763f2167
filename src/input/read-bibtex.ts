import type { Diagnostic } from '../errors.js';
import { convertEntry, predefinedMacros, reason, type CitationJsEntry } from './bibtex-convert.js';
import { convertFields, type ConvertedFields } from './bibtex-fields.js';
import { scanBibtex, type BrokenEntry, type ScannedEntry } from './bibtex-scan.js';
import type { ReadResult, SourceRecord } from './record.js';

// Crossref chains deeper than this are cut (deeper ones are almost always cycles).
const MAX_CROSSREF_DEPTH = 4;

/**
 * Reads BibTeX/BibLaTeX text into CSL-JSON items. Our own scanner splits the file so that a syntax
 * error loses only its entry (citation-js rejects the whole file); citation-js then converts each
 * entry (names, dates, types, crossref) on its own, so a conversion failure is also local.
 * Every error diagnostic stands for one entry that was not read: records + errors = entryCount.
 */
export function readBibtex(text: string, file: string): ReadResult {
  const scan = scanBibtex(text.replace(/^\uFEFF/, ''), file, predefinedMacros());
  const diagnostics: Diagnostic[] = [...scan.warnings];
  const good = scan.entries.filter((entry): entry is ScannedEntry => entry.kind === 'entry');
  const registry = indexByKey(good);
  const converted = new Map(good.map((entry) => [entry, convertFields(entry.fields)]));
  const unmarked = good.filter((entry) => (converted.get(entry)?.unmarkedNameFields.length ?? 0) > 0);
  if (unmarked[0] !== undefined) diagnostics.push(nameMarkupNote(unmarked, file));
  const records: SourceRecord[] = [];
  for (const entry of scan.entries) {
    if (entry.kind === 'broken') {
      diagnostics.push(syntaxError(entry, file));
      continue;
    }
    const where = { file, line: entry.at.line, column: entry.at.column, entry: entry.key };
    const parents = crossrefParents(entry, registry);
    const target = entry.fields.get('crossref');
    if (target !== undefined && parents.length === 0) {
      diagnostics.push({ severity: 'warning', code: 'bibtex-crossref-missing', ...where, message: `crossref = {${target}} names no entry in this file, so the fields it would inherit (booktitle, editor, year...) are missing` });
    }
    try {
      const chain = [entry, ...parents].map((link, index, all) => toCitationJsEntry(link, converted.get(link)?.properties ?? {}, all[index + 1]?.key));
      const { item, notes } = convertEntry(chain);
      records.push({ item, source: { file, line: entry.at.line, column: entry.at.column, key: entry.key } });
      for (const { code, message } of notes) diagnostics.push({ severity: 'warning', code, ...where, message: `entry '${entry.key}': ${message}` });
    } catch (error) {
      diagnostics.push({ severity: 'error', code: 'bibtex-conversion', ...where, message: `citation-js could not convert entry '${entry.key}' (${reason(error)}); check its name and LaTeX fields. The entry was skipped` });
    }
  }
  // In file order, as a reader fixing the file goes through it.
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { records, diagnostics, owners: [], entryCount: scan.entries.length };
}

// One note per file: marking one's own name in bold is done in every entry of such files.
function nameMarkupNote(entries: readonly ScannedEntry[], file: string): Diagnostic {
  const [first] = entries;
  const count = entries.length === 1 ? '1 entry' : `${entries.length} entries`;
  return {
    severity: 'info', code: 'bibtex-name-markup', file, line: first?.at.line, column: first?.at.column, entry: first?.key,
    message: `removed bold/italic markup around names in ${count} (first: '${first?.key}'); pubcv highlights the owner's name itself (--name)`,
  };
}

function syntaxError(entry: BrokenEntry, file: string): Diagnostic {
  const name = entry.key === undefined ? 'The entry' : `Entry '${entry.key}'`;
  return {
    severity: 'error', code: 'bibtex-syntax', file, line: entry.errorAt.line, column: entry.errorAt.column, entry: entry.key,
    message: `${entry.message}. ${name} (line ${entry.at.line}) was skipped; reading resumed at the next entry`,
  };
}

/** Entries by lower-cased key, the first one winning as in BibTeX (crossref ignores case). */
function indexByKey(entries: readonly ScannedEntry[]): Map<string, ScannedEntry> {
  const registry = new Map<string, ScannedEntry>();
  for (const entry of entries) {
    const key = entry.key.toLowerCase();
    if (!registry.has(key)) registry.set(key, entry);
  }
  return registry;
}

/** The entries `entry` inherits from through `crossref`, nearest first, without cycles. */
function crossrefParents(entry: ScannedEntry, registry: ReadonlyMap<string, ScannedEntry>): ScannedEntry[] {
  const parents: ScannedEntry[] = [];
  let current = entry;
  while (parents.length < MAX_CROSSREF_DEPTH) {
    const parent = registry.get(current.fields.get('crossref')?.trim().toLowerCase() ?? '');
    if (parent === undefined || parent === entry || parents.includes(parent)) break;
    parents.push(parent);
    current = parent;
  }
  return parents;
}

function toCitationJsEntry(entry: ScannedEntry, fields: Record<string, string>, parentKey: string | undefined): CitationJsEntry {
  const properties: Record<string, string> = {};
  const annotations: Record<string, Record<string, string>> = {};
  for (const [field, value] of Object.entries(fields)) {
    // BibLaTeX data annotations (`author+an`, `author+an:name`) travel separately in citation-js.
    const annotation = /^(.+)\+an(?::(.+))?$/.exec(field);
    if (annotation?.[1] !== undefined) (annotations[annotation[1]] ??= {})[annotation[2] ?? 'default'] = value;
    else if (field !== 'crossref') properties[field] = value;
  }
  // citation-js matches crossref keys case-sensitively: point it at the parent's exact key.
  if (parentKey !== undefined) properties.crossref = parentKey;
  return { type: entry.type, label: entry.key, properties, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) };
}
