import { applyTemplates, type EntryTemplates } from '../assemble/apply-templates.js';
import { assembleDocument } from '../assemble/assemble-document.js';
import { dropUnencodable } from '../assemble/drop-unencodable.js';
import { withHeader } from '../assemble/document-header.js';
import { withCitationSummary } from '../assemble/citation-summary.js';
import type { CslStyle } from '../format/csl-style.js';
import { formatEntries, type FormatOptions, type FormattedEntry } from '../format/format-entries.js';
import { finishFormatting, planFormatting, type FormatPlan, type FormattedRecords } from '../format/format-records.js';
import { cleanFormattedEntries } from '../format/clean-formatted.js';
import type { Diagnostic, Result } from '../model/errors.js';
import type { LoadedLock } from '../enrich/lock-entries.js';
import type { CslItem, SourceRecord } from '../model/record.js';
import type { Document } from '../model/index.js';
import { numberEntries } from '../select/number-entries.js';
import { prepareRecords, type PreparedRecords } from './prepare-records.js';
import type { EntryCounts } from '../model/record.js';
import { displayOwnerName } from '../owner/owner-name.js';
import { peopleLook } from '../owner/contribution-looks.js';
import { peopleNames } from './people-names.js';
import type { InputText } from '../input/input-text.js';
import type { Settings } from '../config/settings.js';
import type { Messages } from '../model/messages.js';
import { messagesFor } from '../text/messages/messages-for.js';

/**
 * Every setting (each stage takes what it reads), with what a build loaded for them: the style,
 * the locale resolved, the marks, people, templates and lock files.
 */
export type DocumentSettings = Omit<Settings, 'style' | 'locale'> & {
  readonly style: CslStyle;
  /** A locale `resolveLocale` knows; undefined: the style's own. */
  readonly locale: string | undefined;
  /** YYYY-MM-DD the document is dated. */
  readonly date: string;
  // Loaded from the settings' paths (`marks`, `templates`, `lock`), under names of their own.
  /** The contribution-marks file (`--marks`): its path and text. */
  readonly marksFile?: InputText | undefined;
  /** The people file (`--mark-people`, `people: { file }`): its path and text. */
  readonly peopleFile?: InputText | undefined;
  /** What an entry and a section heading show, in every format (`loadTemplates`); none: the reference alone. */
  readonly entryTemplates?: EntryTemplates | undefined;
  /** A lock file (`pubcv enrich`) whose fields fill what entries lack; none: entries as written. */
  readonly lockFile?: LoadedLock | undefined;
};

/** How entries are formatted: `formatEntries` by default; a build passes a cached, multi-threaded one. */
type EntryFormatter = (items: readonly CslItem[], style: CslStyle, options: FormatOptions) => Promise<Result<FormattedEntry[]>>;

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
export async function buildDocument(inputs: readonly InputText[], settings: DocumentSettings): Promise<DocumentResult> {
  const messages = messagesFor(settings.locale, settings.messages);
  const prepared = await prepareDocumentRecords(inputs, settings, messages);
  const plan = await formatPlan(prepared, settings, messages);
  return finishDocument(
    prepared,
    finishFormatting(
      plan,
      plan.groups.map((g) => formatEntries(g.items, g.style, g.options)),
    ),
    settings,
    messages,
  );
}

/** `buildDocument` with entries formatted by `format` (which must give what `formatEntries` gives). */
export async function buildDocumentWith(inputs: readonly InputText[], settings: DocumentSettings, format: EntryFormatter): Promise<DocumentResult> {
  const messages = messagesFor(settings.locale, settings.messages);
  const prepared = await prepareDocumentRecords(inputs, settings, messages);
  const plan = await formatPlan(prepared, settings, messages);
  const results: Array<Result<FormattedEntry[]>> = [];
  for (const group of plan.groups) results.push(await format(group.items, group.style, group.options));
  return finishDocument(prepared, finishFormatting(plan, results), settings, messages);
}

/** prepareRecords with the settings' owner and people (the people file read here), notes dropped when off. */
async function prepareDocumentRecords(inputs: readonly InputText[], settings: DocumentSettings, messages: Messages): Promise<PreparedRecords> {
  const people = peopleNames(settings.people, settings.peopleFile);
  const prepared = await prepareRecords(inputs, settings, { lock: settings.lockFile, messages, people: people.value });
  prepared.diagnostics.unshift(...people.diagnostics);
  return withNotes(prepared, settings.notes);
}

/** The records as they are, or without their notes when notes are off (`notes: false`, `--no-notes`). */
function withNotes(prepared: PreparedRecords, notes: boolean): PreparedRecords {
  if (notes) return prepared;
  const records = prepared.records.map((record) => {
    if (record.item.note === undefined) return record;
    const item = { ...record.item };
    delete item.note;
    return { ...record, item };
  });
  return { ...prepared, records };
}

/** Author lists cut around the owner, contribution marks tagged: the calls to the formatter. */
async function formatPlan(prepared: PreparedRecords, settings: DocumentSettings, messages: Messages): Promise<FormatPlan> {
  const options: FormatOptions = { lang: settings.locale, yearSuffix: settings.yearSuffix };
  // Loaded only for a marks file: it is YAML.
  const marks = settings.marksFile ? (await import('../input/read-marks.js')).readMarks(settings.marksFile.text, settings.marksFile.path) : undefined;
  if (marks) prepared.diagnostics.push(...marks.diagnostics);
  const look = peopleLook(settings.people.mark, settings.people.legend ?? messages['legend.people']);
  return planFormatting(prepared.records, settings.style, {
    options,
    authors: settings.authors,
    marks: marks?.value,
    messages,
    people: { marks: prepared.people, look },
  });
}

/** formatted entries -> model: counts, "n.d." dropped from undated entries, the document. */
function finishDocument(prepared: PreparedRecords, formatted: Result<FormattedRecords>, settings: DocumentSettings, messages: Messages): DocumentResult {
  const { records, owners, read, merged, diagnostics } = prepared;
  diagnostics.push(...formatted.diagnostics);
  const rendered = formatted.value.entries.length;
  const entries: EntryCounts = { read, rendered, skipped: read - rendered - merged, merged };
  if (rendered === 0) return { entries, diagnostics };

  const cleaned = cleanFormattedEntries(records, formatted.value.entries, settings.style, settings.locale);
  const first = owners[0];
  const assembled = assembleDocument(records, cleaned, {
    title: settings.title ?? messages['document.title'],
    ...(first ? { owner: displayOwnerName(first) } : {}),
    // The document's language: the locale's, else English, whatever the style's own locale.
    lang: settings.locale ?? 'en',
    date: settings.date,
    style: settings.style.name,
    highlight: settings.highlight,
    legend: formatted.value.legend,
    layout: settings.layout,
    sections: prepared.sections,
    labels: numberEntries(prepared.sections, settings.numbering),
    messages,
  });
  const templated = applyTemplates(assembled, records, settings.entryTemplates, { ...settings, messages, citedBy: settings.citations.entries });
  diagnostics.push(...templated.diagnostics);
  const summarized = withCitationSummary(templated.value, records, settings.citations);
  diagnostics.push(...summarized.diagnostics);
  const encodable = dropUnencodable(withHeader(summarized.document, settings.header));
  diagnostics.push(...encodable.diagnostics);
  return { document: encodable.value, entries, diagnostics, records };
}
