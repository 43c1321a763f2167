import Handlebars from 'handlebars';
import { userError, type Diagnostic, type Result } from '../model/errors.js';
import type { CslItem, SourceRecord } from '../model/record.js';
import {
  documentDirection,
  fillMessage,
  isolateStretches,
  type Document,
  type Entry,
  type EntryBlock,
  type Run,
  type Section,
  type TextDirection,
} from '../model/index.js';
import { NAME_ROLES } from '../owner/name-roles.js';
import { untagName } from '../owner/tag-names.js';
import { entryLinks, type LinkSettings } from './entry-links.js';
import { entryTemplateView, type SectionTemplateView } from './entry-template-view.js';
import { MarkupError, parseMarkup, type ParsedMarkup } from './parse-markup.js';
import { checkTemplates, compiledOnce, renderError } from './template-checks.js';
import { templatedOnce, type TemplatedEntry } from './kept-templated.js';

/** A template's file (for messages) and text. */
export interface TemplateSource {
  readonly path: string;
  readonly text: string;
}

/** The format-neutral templates: what an entry and a section heading show, in every format. */
export interface EntryTemplates {
  readonly entry: TemplateSource;
  readonly heading: TemplateSource;
}

/** What the extras of an entry show. */
interface ExtrasSettings extends LinkSettings {
  /** Show "Cited by N" under entries with a count from the lock (`citations.entries`). */
  readonly citedBy: boolean;
  /** The formats whose entries show their abstracts (folded in HTML); empty: none. */
  readonly abstracts: readonly string[];
}

type Render = (view: object, subject: string) => ParsedMarkup;

/** Compiles one template (once per process); its errors, and the markup it writes, become the user's errors. */
function compileTemplate(hbs: typeof Handlebars, source: TemplateSource): Render {
  return compiledOnce(JSON.stringify(['entry or heading', source.path, source.text]), () => compileNow(hbs, source));
}

function compileNow(hbs: typeof Handlebars, source: TemplateSource): Render {
  // Entry and heading templates have no partials: any `{{> name}}` in them is missing.
  checkTemplates(source, new Map(), HELPERS);
  const template = hbs.compile(source.text, { preventIndent: true });
  return (view, subject) => {
    let markup: string;
    try {
      markup = template(view);
    } catch (cause) {
      throw renderError(source, cause);
    }
    try {
      return parseMarkup(markup);
    } catch (cause) {
      if (!(cause instanceof MarkupError)) throw cause;
      throw userError({ code: 'template-markup', message: `${source.path} wrote ${cause.message}, for ${subject}`, file: source.path });
    }
  };
}

/** The helpers templates get besides Handlebars' own. */
const HELPERS = ['eq'];

let privateHandlebars: typeof Handlebars | undefined;

/**
 * A private Handlebars with the one helper templates get besides the built-in ones; one per
 * process, as the templates compiled with it are kept (`compileTemplate`).
 */
function createHandlebars(): typeof Handlebars {
  if (privateHandlebars) return privateHandlebars;
  const hbs = Handlebars.create();
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  privateHandlebars = hbs;
  return hbs;
}

/** The record as it was read: the owner's names without the tag put on them for citeproc. */
function untaggedRecord(item: CslItem): CslItem {
  const plain: CslItem = { ...item };
  for (const role of NAME_ROLES) {
    const names = item[role];
    if (Array.isArray(names)) plain[role] = names.map((name) => untagName(name).name);
  }
  return plain;
}

/**
 * The text of a run as one flat string. Text joined piece by piece (`a + b`, as the run parsers
 * do) is a tree of its pieces in V8, some 30 bytes a piece, kept as long as the document: a copy
 * is one block of characters (a 5,000-entry document: 35 MB -> 21 MB).
 */
function compactText(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * The runs with their text compacted (see `compactText`) and each stretch written against the
 * document's direction `base` isolated (names are isolated already, when formatted): what the
 * document keeps for the writers.
 */
function compactRuns(runs: readonly Run[], base: TextDirection): Run[] {
  return isolateStretches(runs, base).map((run) => ({ text: compactText(run.text), marks: run.marks }));
}

function sectionView(section: Section): SectionTemplateView {
  return { id: section.id, title: section.title, count: section.entries.length };
}

/** The heading of a section as its template sets it: text and marks only. */
function renderHeading(render: Render, section: Section): readonly Run[] {
  const parsed = render(sectionView(section), `section "${section.id}"`);
  if (parsed.badge !== undefined || parsed.blocks.length > 0) {
    throw userError({ code: 'template-markup', message: `a section heading holds text only, not <badge> or paragraphs (section "${section.id}")` });
  }
  return parsed.runs;
}

/** The model's blocks from a template's paragraphs; abstracts only for the formats that show them. */
function entryBlocks(parsed: ParsedMarkup, abstractFormats: readonly string[], base: TextDirection): EntryBlock[] {
  return parsed.blocks.map((b) => ({ ...b, runs: compactRuns(b.runs, base), ...(b.kind === 'abstract' ? { formats: abstractFormats } : {}) }));
}

/**
 * Lets the templates decide what each entry and section heading show, before any writer runs:
 * the entry template's markup (reference, badge, links, award, note, abstract) is parsed into the
 * entry's runs, badge and blocks, so PDF, DOCX and HTML all show what the template says. Every
 * entry also gets its normalised record (`csl`), for the BibTeX and CSL-JSON exports. Without
 * templates the entries keep their reference alone. Template errors throw a UserError.
 */
export function applyTemplates(
  document: Document,
  records: readonly SourceRecord[],
  templates: EntryTemplates | undefined,
  settings: ExtrasSettings,
): Result<Document> {
  const byId = new Map(records.map((r) => [r.item.id, r]));
  const hbs = createHandlebars();
  const renderEntry = templates ? compileTemplate(hbs, templates.entry) : undefined;
  const renderSection = templates ? compileTemplate(hbs, templates.heading) : undefined;
  const markup = (text: string) => new hbs.SafeString(text);
  const diagnostics: Diagnostic[] = [];
  const base = documentDirection(document.lang);

  const entries = document.sections.reduce((n, s) => n + s.entries.length, 0);
  const context = templates
    ? JSON.stringify([templates.entry, settings.links, settings.linkBase, settings.citedBy, settings.abstracts, settings.messages, document.lang])
    : '';

  /** What the entry template makes of one entry: the template run afresh, its warnings with it. */
  const template = (entry: Entry, record: SourceRecord, section: Section, render: Render): TemplatedEntry => {
    const found = entryLinks(record, entry.runs, settings);
    const warnings = [...found.diagnostics];
    const count = settings.citedBy ? record.citations : undefined;
    // Zero is no claim worth a line; the summary still counts the work.
    const citations =
      count && count.count > 0
        ? {
            count: count.count,
            label: fillMessage(settings.messages['citations.citedBy'], {
              count: new Intl.NumberFormat(document.lang).format(count.count),
            }),
            href: count.href,
          }
        : undefined;
    const view = entryTemplateView(entry, record.item, { section, links: found.links, showAbstract: settings.abstracts.length > 0, markup, citations });
    const parsed = render(view, `entry ${entry.id}`);
    for (const href of parsed.droppedLinks) {
      warnings.push({
        severity: 'warning',
        code: 'template-link',
        message: `the entry template links to "${href}", not an http(s) or mailto address: drawn without the link`,
        entry: entry.id,
      });
    }
    const blocks = entryBlocks(parsed, settings.abstracts, base);
    return {
      runs: compactRuns(parsed.runs, base),
      ...(parsed.badge ? { badge: parsed.badge } : {}),
      ...(blocks.length > 0 ? { blocks } : {}),
      diagnostics: warnings,
    };
  };

  const decorate = (entry: Entry, section: Section): Entry => {
    const record = byId.get(entry.id);
    if (!record) return entry;
    const csl = untaggedRecord(record.item);
    if (!renderEntry) return { ...entry, runs: compactRuns(entry.runs, base), csl };
    // Everything the template's view and warnings read of this entry; the rest is in `context`.
    const key = JSON.stringify([entry.id, entry.label, entry.runs, record.item, record.source, record.citations, section.id, section.title]);
    const { diagnostics: warnings, ...made } = templatedOnce(context, entries, key, () => template(entry, record, section, renderEntry));
    diagnostics.push(...warnings.map((d) => ({ ...d })));
    return { ...entry, ...made, csl };
  };

  const sections = document.sections.map((section) => ({
    ...section,
    // An untitled section (the one list of an unsectioned CV) has no heading to template.
    ...(renderSection && section.title !== '' ? { heading: renderHeading(renderSection, section) } : {}),
    entries: section.entries.map((entry) => decorate(entry, section)),
  }));
  return { value: { ...document, sections }, diagnostics };
}
