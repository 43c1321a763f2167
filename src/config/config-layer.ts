import { isAbsolute, join } from 'node:path';
import { LINK_KINDS, type HeaderSettings, type ShownLinkKind } from '../assemble/display-settings.js';
import type { AuthorLimit } from '../format/format-records.js';
import { sectionSlug } from '../select/group-sections.js';
import type { CustomSection, NumberingRules, RecordFilters, SectionRules } from '../select/selection-settings.js';
import type { HighlightStyle, PageLayout } from '../model/index.js';
import type { InputSpec } from '../input/input-text.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../render/writers.js';
import type { ConfigProfile } from './config-schema.js';

/**
 * Settings from one source — the config file, a profile, or the command line — in the shape the
 * build takes; absent means "not set here". Layers are merged, then defaults fill the gaps.
 */
export interface ConfigLayer {
  readonly names?: readonly string[];
  readonly inputs?: readonly InputSpec[];
  readonly style?: string;
  readonly locale?: string;
  readonly formats?: readonly OutputFormat[];
  readonly output?: string;
  readonly highlight?: HighlightStyle;
  readonly authors?: AuthorLimit;
  readonly marks?: string;
  readonly cache?: boolean;
  readonly yearSuffix?: boolean;
  readonly filters?: Partial<RecordFilters>;
  readonly sections?: Partial<SectionRules>;
  readonly numbering?: Partial<NumberingRules>;
  readonly links?: readonly ShownLinkKind[];
  readonly linkBase?: string;
  readonly jsonLd?: boolean;
  /** Records' notes go to the CSL style; false: dropped. */
  readonly notes?: boolean;
  readonly abstracts?: readonly OutputFormat[];
  readonly theme?: string;
  readonly templates?: string;
  readonly layout?: Partial<PageLayout>;
  readonly title?: string;
  readonly header?: Partial<HeaderSettings>;
  /** The lock file's path; false: none. */
  readonly lock?: string | false;
}

/** The object without its undefined entries, so that merging never unsets a lower layer's value. */
export function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

const MM_PER: Record<string, number> = { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72 };

/** "2cm" -> 20; a bare number is millimetres. */
function millimetres(margin: string | number): number {
  if (typeof margin === 'number') return margin;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)\s*$/.exec(margin);
  return match ? Math.round(Number(match[1]) * (MM_PER[match[2] ?? 'mm'] ?? 1) * 100) / 100 : Number.NaN;
}

function ownerNames(owner: ConfigProfile['owner']): string[] | undefined {
  if (owner === undefined) return undefined;
  if (typeof owner === 'string') return [owner];
  if (Array.isArray(owner)) return owner;
  return [owner.name, ...(owner.aliases ?? [])];
}

function sectionsLayer(sections: ConfigProfile['sections']): Partial<SectionRules> | undefined {
  if (sections === undefined) return undefined;
  if (typeof sections === 'string') return { by: sections };
  const list = sections.list?.map(
    (s): CustomSection => ({ id: s.id ?? sectionSlug(s.title), title: s.title, ids: s.ids ?? [], types: s.types ?? [], keywords: s.keywords ?? [], selected: s.selected ?? false }),
  );
  return defined({ ...sections, list });
}

function numberingLayer(numbering: ConfigProfile['numbering']): Partial<NumberingRules> | undefined {
  if (numbering === undefined) return undefined;
  return typeof numbering === 'string' ? { order: numbering } : defined({ ...numbering });
}

function listOrAll<T>(value: boolean | readonly T[] | undefined, all: readonly T[]): readonly T[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? all : [];
  return value;
}

/**
 * The layer a config file (or one of its profiles) sets. Paths in it (inputs, output, marks,
 * templates, a .csl style) are relative to the file's folder `baseDir`, as in tsconfig.json.
 */
export function configLayer(settings: ConfigProfile, baseDir: string): ConfigLayer {
  const rebase = (path: string) => (isAbsolute(path) ? path : join(baseDir, path));
  const inputs = settings.inputs === undefined ? undefined : (typeof settings.inputs === 'string' ? [settings.inputs] : settings.inputs).map(rebase);
  const style = settings.style !== undefined && /\.csl$/i.test(settings.style) ? rebase(settings.style) : settings.style;
  const maxAuthors = settings['max-authors'];
  const allAuthors = settings['all-authors'];
  const page = settings.page;
  const header = settings.header;
  return defined({
    names: ownerNames(settings.owner),
    inputs,
    style,
    locale: settings.locale,
    formats: settings.formats === undefined ? undefined : typeof settings.formats === 'string' ? [settings.formats] : settings.formats,
    output: settings.output === undefined ? undefined : rebase(settings.output),
    highlight: settings.highlight,
    authors: maxAuthors ?? (allAuthors === undefined ? undefined : allAuthors ? 'all' : 'style'),
    marks: settings.marks === undefined ? undefined : rebase(settings.marks),
    cache: settings.cache,
    yearSuffix: settings['year-suffix'],
    filters: settings.filters === undefined ? undefined : defined({ ...settings.filters }),
    sections: sectionsLayer(settings.sections),
    numbering: numberingLayer(settings.numbering),
    links: listOrAll(settings.links, LINK_KINDS),
    linkBase: settings['link-base'],
    jsonLd: settings['json-ld'],
    notes: settings.notes,
    abstracts: listOrAll(settings.abstracts, OUTPUT_FORMATS),
    theme: settings.theme,
    templates: settings.templates === undefined ? undefined : rebase(settings.templates),
    layout: page === undefined ? undefined : defined({ pageSize: page.size, marginMm: page.margins === undefined ? undefined : millimetres(page.margins), font: page.font }),
    title: header?.title,
    header: header === undefined ? undefined : defined({ subtitle: header.subtitle, updated: header.updated }),
    // `lock: true` is the default place, decided where the config file's folder is known.
    lock: typeof settings.lock === 'string' ? rebase(settings.lock) : settings.lock === false ? false : undefined,
  });
}
