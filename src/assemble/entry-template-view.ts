import type { CslItem } from '../model/record.js';
import { plainText, type Entry, type Run, type Section } from '../model/index.js';
import { tidyRuns } from '../model/tidy-runs.js';
import { cslHtmlToRuns } from '../format/csl-html-to-runs.js';
import type { EntryLink } from './entry-links.js';
import { runsToMarkup } from './runs-to-markup.js';

/**
 * Entry markup a template writes as is ({{reference}}, not escaped); every other string a
 * template prints is escaped. Handlebars' own SafeString, made by the caller's instance.
 */
type Markup = { toHTML(): string };

/** The values an entry template sees; README's "Template variables" documents each. */
interface EntryTemplateView {
  readonly id: string;
  readonly label: string | undefined;
  /** The formatted reference, owner and all, as entry markup. */
  readonly reference: Markup;
  /** CSL type: article-journal, paper-conference, chapter, thesis, ... */
  readonly type: string;
  readonly year: string | undefined;
  readonly title: Markup | undefined;
  readonly venue: Markup | undefined;
  readonly doi: string | undefined;
  readonly url: string | undefined;
  readonly links: readonly EntryLink[];
  readonly badge: string | undefined;
  readonly award: string | undefined;
  /** The record's note, unless the reference already prints it. */
  readonly note: string | undefined;
  /** Present only when abstracts are shown at all. */
  readonly abstract: Markup | undefined;
  readonly selected: boolean;
  readonly section: { readonly id: string; readonly title: string };
  /** "Cited by 12" and the work's page at OpenAlex; present only when counts are shown and the entry has one above zero. */
  readonly citations: { readonly count: number; readonly label: string; readonly href: string } | undefined;
}

/** The values a section heading template sees. */
export interface SectionTemplateView {
  readonly id: string;
  readonly title: string;
  /** How many entries the section holds. */
  readonly count: number;
}

/** A `<` that does not open or close one of CSL's inline tags: a literal character. */
const LITERAL_ANGLE = /<(?!\/?(?:i|b|sup|sub|span)(?:\s[^>]*)?>)/g;

/** Runs of a CSL rich-text field (<i>, <b>, <sup>, <sub>, small-caps and nocase spans). */
function cslTextRuns(text: string, entryId: string): Run[] {
  const html = text.replace(/&/g, '&amp;').replace(LITERAL_ANGLE, '&lt;');
  return tidyRuns(cslHtmlToRuns(html, entryId).runs);
}

function textField(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// A `key: value` line of a note is a field in Zotero's "Extra" convention (`ISSN: 1234`,
// `_eprint: …`, `tex.howpublished: …`), data for citeproc rather than words for the reader.
const FIELD_LINE = /^[A-Za-z_][\w.-]*:\s/;

/** The note without its field lines. */
function withoutFieldLines(note: string): string {
  return note
    .split('\n')
    .filter((line) => !FIELD_LINE.test(line))
    .join('\n');
}

function yearOf(item: CslItem): string | undefined {
  const year = item.issued?.['date-parts']?.[0]?.[0];
  if (year !== undefined && `${year}`.trim() !== '') return `${year}`;
  return /\b\d{4}\b/.exec(item.issued?.literal ?? item.issued?.raw ?? '')?.[0];
}

/** What `entryTemplateView` needs beyond the entry and its record. */
interface EntryTemplateParts {
  readonly section: Section;
  readonly links: readonly EntryLink[];
  readonly showAbstract: boolean;
  readonly citations?: EntryTemplateView['citations'];
  /** Wraps entry markup so the template prints it unescaped. */
  readonly markup: (text: string) => Markup;
}

/** The template values of one entry, from its formatted runs and its normalised record. */
export function entryTemplateView(entry: Entry, item: CslItem, parts: EntryTemplateParts): EntryTemplateView {
  const rich = (value: unknown): Markup | undefined => {
    const text = textField(value);
    return text === undefined ? undefined : parts.markup(runsToMarkup(cslTextRuns(text, item.id)));
  };
  const note = textField(typeof item.note === 'string' ? withoutFieldLines(item.note) : item.note);
  const printed = plainText(entry.runs);
  return {
    id: entry.id,
    label: entry.label,
    reference: parts.markup(runsToMarkup(entry.runs)),
    type: item.type,
    year: yearOf(item),
    title: rich(item.title),
    venue: rich(item['container-title']),
    doi: textField(item.DOI),
    url: textField(item.URL),
    links: parts.links,
    badge: textField(item.custom?.abbr),
    award: textField(item.custom?.award),
    note: note !== undefined && !printed.includes(note) ? note : undefined,
    abstract: parts.showAbstract ? rich(item.abstract) : undefined,
    selected: item.custom?.selected === true,
    section: { id: parts.section.id, title: parts.section.title },
    citations: parts.citations,
  };
}
