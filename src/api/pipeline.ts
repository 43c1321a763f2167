import { applyTemplates, type EntryTemplates } from '../assemble/apply-templates.js';
import { assembleDocument } from '../assemble/assemble-document.js';
import { dropUnencodable } from '../assemble/drop-unencodable.js';
import { withHeader } from '../assemble/document-header.js';
import type { CslStyle } from '../format/csl-style.js';
import { formatEntries, type FormatOptions, type FormattedEntry } from '../format/format-entries.js';
import { finishFormatting, planFormatting, type AuthorLimit, type FormatPlan, type FormattedRecords } from '../format/format-records.js';
import { cleanFormattedEntries } from '../format/clean-formatted.js';
import type { Diagnostic, Result } from '../model/errors.js';
import type { LoadedLock } from '../enrich/lock-file.js';
import { readMarks } from '../input/read-marks.js';
import type { CslItem, SourceRecord } from '../model/record.js';
import type { Document, HighlightStyle, PageLayout } from '../model/index.js';
import type { HeaderSettings, ShownLinkKind } from '../assemble/display-settings.js';
import { numberEntries } from '../select/number-entries.js';
import { DEFAULT_NUMBERING, type NumberingRules, type Selection } from '../select/selection-settings.js';
import type { OutputFormat } from '../render/writers.js';
import { prepareRecords, type PreparedRecords } from './prepare-records.js';
import type { EntryCounts } from '../model/record.js';
import type { InputText } from '../input/input-text.js';
import { displayOwnerName } from '../owner/owner-name.js';

export { checkInputs, readRecords, type CheckResult } from './prepare-records.js';

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
  /** Keep the style's "2025a/2025b" year suffixes (off: a CV has no in-text citations). */
  readonly yearSuffix?: boolean;
  /** Author lists: the style's et-al rule cut around the owner (default), 'all', or at most N names. */
  readonly authors?: AuthorLimit;
  /** A contribution-marks file (`--marks`): its path and text. */
  readonly marks?: InputText;
  /** Paper, margins and typeface of PDF and DOCX; none: DEFAULT_LAYOUT (A4, 20 mm, serif). */
  readonly layout?: PageLayout;
  /** Filters and sections; default: every entry in one untitled list, newest first. */
  readonly selection?: Selection;
  /** pubcv's own entry numbers ("J12"); default none: a numeric style keeps its own. */
  readonly numbering?: NumberingRules;
  /** Link kinds an entry shows, in order; empty: none. Default: all. */
  readonly links?: readonly ShownLinkKind[];
  /** The formats whose entries show their abstracts. Default: html. */
  readonly abstracts?: readonly OutputFormat[];
  /** False: records' notes are dropped, from the style's output and the templates'. Default: true. */
  readonly notes?: boolean;
  /** Subtitle and "Updated <date>" line of the header (its title is `title`). */
  readonly header?: HeaderSettings;
  /** What an entry and a section heading show, in every format (`loadTemplates`); none: the reference alone. */
  readonly templates?: EntryTemplates;
  /** Base URL that site-relative link files (al-folio's `pdf = {paper.pdf}`) resolve against. */
  readonly linkBase?: string;
  /** A lock file (`pubcv enrich`) whose fields fill what entries lack; none: entries as written. */
  readonly lock?: LoadedLock;
}

/** How entries are formatted: `formatEntries` by default; a build passes a cached, multi-threaded one. */
export type EntryFormatter = (items: readonly CslItem[], style: CslStyle, options: FormatOptions) => Promise<Result<FormattedEntry[]>>;

export interface DocumentResult {
  /** Undefined when no entry could be read: there is nothing to write. */
  readonly document?: Document;
  readonly entries: EntryCounts;
  readonly diagnostics: Diagnostic[];
  /** The records the document's entries were formatted from (by id), for build manifests. */
  readonly records?: readonly SourceRecord[];
}

export { loadStyle, resolveLocale } from '../format/load-style.js';

/** read -> normalize -> select -> highlight -> format -> model. Pure: no files are touched. */
export function buildDocument(inputs: readonly InputText[], settings: DocumentSettings): DocumentResult {
  const prepared = withNotes(prepareRecords(inputs, settings.names, settings.selection, settings.lock), settings.notes);
  const plan = formatPlan(prepared, settings);
  return finishDocument(prepared, finishFormatting(plan, plan.groups.map((g) => formatEntries(g.items, g.style, g.options))), settings);
}

/** `buildDocument` with entries formatted by `format` (which must give what `formatEntries` gives). */
export async function buildDocumentWith(inputs: readonly InputText[], settings: DocumentSettings, format: EntryFormatter): Promise<DocumentResult> {
  const prepared = withNotes(prepareRecords(inputs, settings.names, settings.selection, settings.lock), settings.notes);
  const plan = formatPlan(prepared, settings);
  const results: Array<Result<FormattedEntry[]>> = [];
  for (const group of plan.groups) results.push(await format(group.items, group.style, group.options));
  return finishDocument(prepared, finishFormatting(plan, results), settings);
}

/** The records as they are, or without their notes when notes are off (`notes: false`, `--no-notes`). */
function withNotes(prepared: PreparedRecords, notes: boolean | undefined): PreparedRecords {
  if (notes !== false) return prepared;
  const records = prepared.records.map((record) => {
    if (record.item.note === undefined) return record;
    const item = { ...record.item };
    delete item.note;
    return { ...record, item };
  });
  return { ...prepared, records };
}

/** Author lists cut around the owner, contribution marks tagged: the calls to the formatter. */
function formatPlan(prepared: PreparedRecords, settings: DocumentSettings): FormatPlan {
  const options: FormatOptions = { ...(settings.lang ? { lang: settings.lang } : {}), ...(settings.yearSuffix ? { yearSuffix: true } : {}) };
  const marks = settings.marks ? readMarks(settings.marks.text, settings.marks.path) : undefined;
  if (marks) prepared.diagnostics.push(...marks.diagnostics);
  return planFormatting(prepared.records, settings.style, {
    options,
    ...(settings.authors !== undefined ? { authors: settings.authors } : {}),
    ...(marks ? { marks: marks.value } : {}),
  });
}

/** formatted entries -> model: counts, "n.d." dropped from undated entries, the document. */
function finishDocument(prepared: PreparedRecords, formatted: Result<FormattedRecords>, settings: DocumentSettings): DocumentResult {
  const { records, owners, read, merged, diagnostics } = prepared;
  diagnostics.push(...formatted.diagnostics);
  const rendered = formatted.value.entries.length;
  const entries: EntryCounts = { read, rendered, skipped: read - rendered - merged, merged };
  if (rendered === 0) return { entries, diagnostics };

  const cleaned = cleanFormattedEntries(records, formatted.value.entries, settings.style, settings.lang);
  const first = owners[0];
  const assembled = assembleDocument(records, cleaned, {
    title: settings.title ?? 'Publications',
    ...(first ? { owner: displayOwnerName(first) } : {}),
    lang: settings.lang ?? 'en',
    date: settings.date,
    style: settings.style.name,
    highlight: settings.highlight ?? 'bold',
    legend: formatted.value.legend,
    ...(settings.layout ? { layout: settings.layout } : {}),
    sections: prepared.sections,
    labels: numberEntries(prepared.sections, settings.numbering ?? DEFAULT_NUMBERING),
  });
  const templated = applyTemplates(assembled, records, settings.templates, {
    ...(settings.links ? { links: settings.links } : {}),
    ...(settings.abstracts ? { abstracts: settings.abstracts } : {}),
    ...(settings.linkBase ? { linkBase: settings.linkBase } : {}),
  });
  diagnostics.push(...templated.diagnostics);
  const encodable = dropUnencodable(withHeader(templated.value, settings.header));
  diagnostics.push(...encodable.diagnostics);
  return { document: encodable.value, entries, diagnostics, records };
}
