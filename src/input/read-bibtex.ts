import type { Diagnostic } from '../model/errors.js';
import { deriveId } from '../normalize/derive-id.js';
import { convertEntry, predefinedMacros, reason, isWholeBook, type CitationJsEntry } from './bibtex-convert.js';
import { customFields } from './bibtex-custom.js';
import { genreText } from './bibtex-genres.js';
import { convertFields, type ConvertedFields } from './bibtex-fields.js';
import { restorePlaceholders } from './bibtex-placeholders.js';
import { scanBibtex, type BibtexScan, type BrokenEntry, type ScannedEntry } from './bibtex-scan.js';
import { KeptConversions, type Conversion } from './kept-conversions.js';
import { expandDefinitions, latexDefinitions, unreadCommands, type LatexDefinitions } from './latex-definitions.js';
import { MAX_KEPT_ENTRIES } from '../text/string-memo.js';
import type { ReadResult, SourceRecord } from '../model/record.js';

// Crossref chains deeper than this are cut (deeper ones are almost always cycles).
const MAX_CROSSREF_DEPTH = 4;
// biblatex's @xdata entries only hold fields for others to inherit: they are not works.
const DATA_ONLY_TYPES = new Set(['xdata']);
const BOOKTITLE_FIELDS = new Set(['booktitle', 'booksubtitle', 'booktitleaddon']);
// citation-js needs a label; an entry without a key gets its id from normalizing instead.
const NO_KEY_LABEL = 'pubcv-entry-without-key';
// The conversions this process keeps between builds (see KeptConversions).
const processConversions = new KeptConversions();

/** One BibTeX text and the path it is reported under. */
interface BibtexText {
  readonly path: string;
  readonly text: string;
}

/**
 * Reads BibTeX/BibLaTeX text into CSL-JSON items. Our own scanner splits the file so that a syntax
 * error loses only its entry (citation-js rejects the whole file); citation-js then converts each
 * entry (types, dates, crossref) on its own, so a conversion failure is also local.
 * Every error diagnostic stands for one entry that was not read: records + errors = entryCount.
 */
export function readBibtex(text: string, file: string): ReadResult {
  const [result] = readBibtexTexts([{ path: file, text }]);
  return result ?? { records: [], diagnostics: [], owners: [], entryCount: 0 };
}

/**
 * Reads several BibTeX texts as one bibliography split into files: @string macros carry over to
 * the texts after the one defining them, and crossref/xdata may point into any of them (IRIDIA
 * keeps macros, articles and crossref targets in separate files). One result per text.
 * `kept`: where conversions are kept between calls; lists over MAX_KEPT_ENTRIES keep none.
 */
export function readBibtexTexts(texts: readonly BibtexText[], kept: KeptConversions = processConversions): ReadResult[] {
  const macros = new Map(Object.entries(predefinedMacros()));
  const scanned = texts.map((input) => ({ file: input.path, text: input.text, scan: scanBibtex(input.text.replace(/^\uFEFF/, ''), input.path, macros) }));
  // Like LaTeX, which reads every preamble before any entry, whichever file or place holds it.
  const definitions = latexDefinitions(scanned.flatMap(({ scan }) => scan.preambles));
  const scans = scanned.map((input) => ({ ...input, scan: withDefinitionsExpanded(input.scan, definitions) }));
  const registry = indexByKey(scans.flatMap(({ scan }) => scan.entries.filter(isScanned)));
  const entryCount = scans.reduce((count, { scan }) => count + scan.entries.length, 0);
  const converter = new EntryConverter(registry, placeholderBase(texts.map((t) => t.text)), entryCount > MAX_KEPT_ENTRIES ? undefined : kept);
  return scans.map(({ file, text, scan }) => {
    const result = readScan(scan, file, converter, registry);
    return result.entryCount === 0 ? { ...result, diagnostics: [...noEntries(text, file), ...result.diagnostics] } : result;
  });
}

/** Fields LaTeX prints verbatim (links, files, identifiers): no command in them is expanded. */
const VERBATIM_FIELDS = new Set(['url', 'doi', 'file', 'eprint', 'pdf', 'urldate']);

/** Fields a CV prints (with abstracts on): a command lost elsewhere (a file path, an annotation) costs nothing. */
const PRINTED_FIELDS = new Set(
  (
    'title subtitle titleaddon booktitle booksubtitle booktitleaddon maintitle mainsubtitle maintitleaddon eventtitle issuetitle ' +
    'series journal journaltitle abstract note addendum howpublished chapter edition publisher institution organization school ' +
    'address location type'
  ).split(' '),
);

/** The scan with the preambles' commands expanded in its entries' fields. */
function withDefinitionsExpanded(scan: BibtexScan, definitions: LatexDefinitions): BibtexScan {
  if (definitions.size === 0) return scan;
  const entries = scan.entries.map((entry) => {
    if (entry.kind !== 'entry') return entry;
    const fields = new Map([...entry.fields].map(([name, value]) => [name, VERBATIM_FIELDS.has(name) ? value : expandDefinitions(value, definitions)]));
    return { ...entry, fields };
  });
  return { ...scan, entries };
}

/** Says why a text gave no entries, unless it holds only @string and @preamble blocks (IRIDIA's macro files). */
function noEntries(text: string, file: string): Diagnostic[] {
  if (text.trim() === '') return [{ severity: 'warning', code: 'empty-input', message: 'the file is empty', file }];
  if (/@\s*(?:string|preamble)\s*[{(]/i.test(text)) return [];
  return [{ severity: 'warning', code: 'bibtex-no-entries', message: "no BibTeX entry found: entries look like '@article{key, title = {...}}'", file }];
}

function isScanned(entry: ScannedEntry | BrokenEntry): entry is ScannedEntry {
  return entry.kind === 'entry';
}

function readScan(scan: BibtexScan, file: string, converter: EntryConverter, registry: ReadonlyMap<string, ScannedEntry>): ReadResult {
  const diagnostics: Diagnostic[] = [...scan.warnings];
  const entries = scan.entries.filter((entry) => entry.kind === 'broken' || !DATA_ONLY_TYPES.has(entry.type));
  const records: SourceRecord[] = [];
  const unmarked: ScannedEntry[] = [];
  for (const entry of entries) {
    if (entry.kind === 'broken') {
      diagnostics.push(syntaxError(entry, file));
      continue;
    }
    const name = entry.key === '' ? `the entry at line ${entry.at.line}` : `entry '${entry.key}'`;
    const where = { file, line: entry.at.line, column: entry.at.column, ...(entry.key === '' ? {} : { entry: entry.key }) };
    for (const [field, value] of entry.fields) {
      if (!PRINTED_FIELDS.has(field)) continue;
      for (const command of unreadCommands(value)) {
        diagnostics.push({
          severity: 'warning',
          code: 'latex-unknown-command',
          ...where,
          message: `${name}: \\${command} in '${field}' is not a command pubcv knows and has no argument to keep, so nothing is printed for it; define it in an @preamble among the inputs (\\providecommand{\\${command}}{...}), or write its text`,
        });
      }
    }
    const parents = crossrefParents(entry, registry);
    const target = entry.fields.get('crossref');
    if (target !== undefined && parents.length === 0) {
      diagnostics.push({
        severity: 'warning',
        code: 'bibtex-crossref-missing',
        ...where,
        message: `crossref = {${target}} names no entry in the inputs, so the fields it would inherit (booktitle, editor, year...) are missing`,
      });
    }
    try {
      const { record, notes, unmarkedNames } = converter.convert(entry, parents, file);
      records.push(record);
      if (unmarkedNames) unmarked.push(entry);
      for (const { code, message } of notes) diagnostics.push({ severity: 'warning', code, ...where, message: `${name}: ${message}` });
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        code: 'bibtex-conversion',
        ...where,
        message: `citation-js could not convert ${name} (${reason(error)}); check its name and LaTeX fields. The entry was skipped`,
      });
    }
  }
  if (unmarked[0] !== undefined) diagnostics.push(nameMarkupNote(unmarked, file));
  // In file order, as a reader fixing the file goes through it.
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { records, diagnostics, owners: [], entryCount: entries.length };
}

/**
 * "pubcv", made longer until no input contains it: a value that happens to read like a
 * placeholder ("pubcv0t0z") must stay text, not be swapped for another field's value.
 */
function placeholderBase(texts: readonly string[]): string {
  const lower = texts.map((t) => t.toLowerCase());
  let base = 'pubcv';
  while (lower.some((t) => t.includes(base))) base += 'x';
  return base;
}

/**
 * Converts entries through citation-js, converting each entry's own fields once, or takes an
 * entry's conversion from an earlier build when nothing it depends on has changed.
 */
class EntryConverter {
  private readonly fields = new Map<ScannedEntry, ConvertedFields>();
  // Each entry's placeholder prefix, numbered in the order entries are first met, whether their
  // conversion is kept or made: the numbers, and so any token citation-js leaves unrestored, are
  // those of a build that keeps nothing.
  private readonly prefixes = new Map<ScannedEntry, string>();

  /** `base`: the placeholders' prefix, one no input text contains (see placeholderBase). */
  constructor(
    private readonly registry: ReadonlyMap<string, ScannedEntry>,
    private readonly base: string,
    private readonly kept: KeptConversions | undefined,
  ) {}

  convert(entry: ScannedEntry, parents: readonly ScannedEntry[], file: string) {
    const chain = [entry, ...parents];
    for (const link of chain) this.prefixOf(link);
    const source = { file, line: entry.at.line, column: entry.at.column, ...(entry.key === '' ? {} : { key: entry.key }) };
    const key = this.kept === undefined ? undefined : this.keyOf(chain);
    const kept = key === undefined ? undefined : this.kept?.take(key);
    if (kept !== undefined) return { record: { item: kept.item, source }, notes: kept.notes, unmarkedNames: kept.unmarkedNames };
    const conversion = this.convertAfresh(entry, parents);
    if (key !== undefined) {
      const json = JSON.stringify(conversion.item);
      // A token left in the item would make it depend on its number, which the key leaves out.
      if (!json.toLowerCase().includes(this.base)) this.kept?.keep(key, conversion, json);
    }
    return { record: { item: conversion.item, source } satisfies SourceRecord, notes: conversion.notes, unmarkedNames: conversion.unmarkedNames };
  }

  /**
   * Everything an entry's conversion depends on: the base of its placeholders, and for the entry
   * and each crossref parent its type, key and fields as scanned (@string macros already
   * expanded) together with those of the @xdata entries it names. Not its position.
   */
  private keyOf(chain: readonly ScannedEntry[]): string {
    return JSON.stringify([this.base, chain.map((link) => [link.type, link.key, [...withXdata(link, this.registry)]])]);
  }

  private convertAfresh(entry: ScannedEntry, parents: readonly ScannedEntry[]): Conversion {
    const chain = [entry, ...parents];
    const converted = chain.map((link) => this.fieldsOf(link));
    const withBooktitle = !isWholeBook(entry.type) && !isJournalArticle(chain);
    const citation = chain.map((link, index) => toCitationJsEntry(link, converted[index]?.properties ?? {}, chain[index + 1]?.key, withBooktitle));
    const { item, notes } = convertEntry(citation);
    restorePlaceholders(
      item,
      converted.map((fields) => fields.placeholders),
    );
    if (typeof item.genre === 'string') item.genre = genreText(item.genre);
    // A DOI or URL names one work: a paper must not take its proceedings' through crossref.
    for (const [field, csl] of [
      ['doi', 'DOI'],
      ['url', 'URL'],
    ] as const)
      if (parents.length > 0 && !entry.fields.has(field)) delete item[csl];
    const own = converted[0];
    const custom = customFields(withXdata(entry, this.registry), own?.contributions ?? []);
    if (custom !== undefined) item.custom = custom;
    if (entry.key === '') {
      delete item['citation-key'];
      item.id = deriveId(item);
    }
    return { item, notes, unmarkedNames: (own?.unmarkedNameFields.length ?? 0) > 0 };
  }

  private prefixOf(entry: ScannedEntry): string {
    let prefix = this.prefixes.get(entry);
    if (prefix === undefined) {
      prefix = `${this.base}${this.prefixes.size}`;
      this.prefixes.set(entry, prefix);
    }
    return prefix;
  }

  private fieldsOf(entry: ScannedEntry): ConvertedFields {
    let fields = this.fields.get(entry);
    if (fields === undefined) {
      fields = convertFields(entry.type, withXdata(entry, this.registry), this.prefixOf(entry));
      this.fields.set(entry, fields);
    }
    return fields;
  }
}

/** An entry's fields plus those of the @xdata entries it names, which never override its own. */
function withXdata(entry: ScannedEntry, registry: ReadonlyMap<string, ScannedEntry>): ReadonlyMap<string, string> {
  const keys = entry.fields.get('xdata');
  if (keys === undefined) return entry.fields;
  const fields = new Map(entry.fields);
  fields.delete('xdata');
  for (const key of keys.split(',')) {
    const data = registry.get(key.trim().toLowerCase());
    if (data === undefined || data === entry) continue;
    for (const [field, value] of data.fields) if (field !== 'xdata' && !fields.has(field)) fields.set(field, value);
  }
  return fields;
}

// One note per file: marking one's own name in bold is done in every entry of such files.
function nameMarkupNote(entries: readonly ScannedEntry[], file: string): Diagnostic {
  const [first] = entries;
  const count = entries.length === 1 ? '1 entry' : `${entries.length} entries`;
  return {
    severity: 'info',
    code: 'bibtex-name-markup',
    file,
    line: first?.at.line,
    column: first?.at.column,
    entry: first?.key,
    message: `removed bold/italic markup around names in ${count} (first: '${first?.key}'); pubcv highlights the owner's name itself (--name)`,
  };
}

function syntaxError(entry: BrokenEntry, file: string): Diagnostic {
  const name = entry.key === undefined ? 'The entry' : `Entry '${entry.key}'`;
  return {
    severity: 'error',
    code: 'bibtex-syntax',
    file,
    line: entry.errorAt.line,
    column: entry.errorAt.column,
    entry: entry.key,
    message: `${entry.message}. ${name} (line ${entry.at.line}) was skipped; reading resumed at the next entry`,
  };
}

/** Entries by lower-cased key, the first one winning as in BibTeX (crossref ignores case). */
function indexByKey(entries: readonly ScannedEntry[]): Map<string, ScannedEntry> {
  const registry = new Map<string, ScannedEntry>();
  for (const entry of entries) {
    const key = entry.key.toLowerCase();
    if (key !== '' && !registry.has(key)) registry.set(key, entry);
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

/**
 * An @article whose journal is written (its own or inherited): BibTeX prints the journal and
 * ignores a booktitle beside it, while citation-js would let the booktitle win the container
 * ("CVPR" instead of the journal field's "IEEE Conference on ... (CVPR)"). An article with no
 * journal keeps its booktitle: that is where a conference paper filed as @article has its venue.
 */
function isJournalArticle(chain: readonly ScannedEntry[]): boolean {
  return chain[0]?.type === 'article' && chain.some((link) => link.fields.has('journal') || link.fields.has('journaltitle'));
}

/**
 * The entry as citation-js takes it. `withBooktitle` false drops `booktitle` and its parts, which
 * citation-js makes the container of any type: on a @book or @proceedings (its own or inherited)
 * it names the book itself. Other types keep it: a conference paper filed as @article or @misc
 * has its venue there.
 */
function toCitationJsEntry(entry: ScannedEntry, fields: Record<string, string>, parentKey: string | undefined, withBooktitle: boolean): CitationJsEntry {
  const properties: Record<string, string> = {};
  const annotations: Record<string, Record<string, string>> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (!withBooktitle && BOOKTITLE_FIELDS.has(field.replace(/\+an(?::.*)?$/, ''))) {
      // A whole book with no title of its own is named by its booktitle (biblatex's examples write
      // a @proceedings that way), rather than left untitled.
      if (field === 'booktitle' && fields.title === undefined) properties.title = value;
      continue;
    }
    // BibLaTeX data annotations (`author+an`, `author+an:name`) travel separately in citation-js.
    const annotation = field.includes('+an') ? /^(.+)\+an(?::(.+))?$/.exec(field) : null;
    if (annotation?.[1] !== undefined) (annotations[annotation[1]] ??= {})[annotation[2] ?? 'default'] = value;
    else if (field !== 'crossref') properties[field] = value;
  }
  // citation-js matches crossref keys case-sensitively: point it at the parent's exact key.
  if (parentKey !== undefined) properties.crossref = parentKey;
  const label = entry.key === '' ? NO_KEY_LABEL : entry.key;
  return { type: entry.type, label, properties, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) };
}
