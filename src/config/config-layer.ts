import { isAbsolute, join } from 'node:path';
import { sectionSlug } from '../select/group-sections.js';
import type { ConfigProfile } from './config-schema.js';
import {
  LINK_KINDS,
  type CustomSection,
  type EntryOverride,
  type NumberingRules,
  type OwnerRules,
  type PeopleSettings,
  type SectionRules,
} from '../model/settings.js';
import { overrideFields } from './override-fields.js';
import { OUTPUT_FORMATS } from '../render/writers.js';
import type { SettingsLayer } from './settings.js';
import { plainConfigLayer } from './plain-settings.js';

const MM_PER: Record<string, number> = { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72 };

/** "2cm" -> 20; a bare number is millimetres. */
function millimetres(margin: string | number): number {
  if (typeof margin === 'number') return margin;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)\s*$/.exec(margin);
  return match ? Math.round(Number(match[1]) * (MM_PER[match[2] ?? 'mm'] ?? 1) * 100) / 100 : Number.NaN;
}

function ownerNames(owner: ConfigProfile['owner']): string[] | undefined {
  if (owner === undefined || owner === false) return undefined;
  if (typeof owner === 'string') return [owner];
  if (Array.isArray(owner)) return owner;
  return [owner.name, ...(owner.aliases ?? [])];
}

/** `owner: false` and `owner-only`; a name given here undoes a lower layer's `owner: false`. */
function ownerLayer(settings: ConfigProfile): Partial<OwnerRules> {
  const only = settings['owner-only'];
  return {
    none: settings.owner === undefined ? undefined : settings.owner === false,
    only: only === undefined ? undefined : only === true ? ['author'] : only === false ? [] : only,
  };
}

type PersonNames = Exclude<ConfigProfile['people'], undefined | { names?: unknown }>[number];
const personNames = (p: PersonNames): string[] => (typeof p === 'string' ? [p] : [p.name, ...(p.aliases ?? [])]);

/** `people:` as a list of names or { names, file, mark, legend }; its file relative to the config's folder. */
function peopleLayer(people: ConfigProfile['people'], rebase: (path: string) => string): Partial<PeopleSettings> | undefined {
  if (people === undefined) return undefined;
  if (Array.isArray(people)) return { names: people.map(personNames) };
  return {
    names: people.names?.map(personNames),
    file: people.file === undefined ? undefined : rebase(people.file),
    mark: people.mark,
    legend: people.legend,
  };
}

function sectionsLayer(sections: ConfigProfile['sections']): Partial<SectionRules> | undefined {
  if (sections === undefined) return undefined;
  if (typeof sections === 'string') return { by: sections };
  const list = sections.list?.map(
    (s): CustomSection => ({
      id: s.id ?? sectionSlug(s.title),
      title: s.title,
      ids: s.ids ?? [],
      types: s.types ?? [],
      keywords: s.keywords ?? [],
      selected: s.selected ?? false,
    }),
  );
  return { ...sections, list };
}

function numberingLayer(numbering: ConfigProfile['numbering']): Partial<NumberingRules> | undefined {
  if (numbering === undefined) return undefined;
  return typeof numbering === 'string' ? { order: numbering } : numbering;
}

function citationsLayer(citations: ConfigProfile['citations']): SettingsLayer['citations'] {
  if (citations === undefined) return undefined;
  if (typeof citations === 'boolean') return { entries: citations, summary: citations };
  return { entries: citations.entries, summary: citations.summary, maxAge: citations['max-age'] };
}

function listOrAll<T>(value: boolean | readonly T[] | undefined, all: readonly T[]): readonly T[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? all : [];
  return value;
}

/** Where a config layer is written, for diagnostics about what it says: the file, and the line and column of a key path in it. */
interface LayerSource {
  readonly file: string;
  /** The keys above this layer's own: [] for the file, ['profiles', NAME] for a profile. */
  readonly path: readonly string[];
  readonly locate: (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;
}

function overridesLayer(overrides: ConfigProfile['overrides'], source: LayerSource | undefined): Record<string, EntryOverride> | undefined {
  if (overrides === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(overrides).map(([id, written]): [string, EntryOverride] => {
      const at = source?.locate([...source.path, 'overrides', id]);
      const { kind, section, selected } = written;
      return [id, { fields: overrideFields(written), kind, section, selected, file: source?.file, line: at?.line, column: at?.column }];
    }),
  );
}

/**
 * The layer a config file (or one of its profiles) sets: the plain settings from their table, the
 * rest mapped here. Paths in it (inputs, output, marks, people's file, templates, a .csl style) are relative to the file's folder `baseDir`, as in
 * tsconfig.json; `source` says where the layer is written, for diagnostics that point at it (overrides).
 */
export function configLayer(settings: ConfigProfile, baseDir: string, source?: LayerSource): SettingsLayer {
  const rebase = (path: string) => (isAbsolute(path) ? path : join(baseDir, path));
  const inputs = settings.inputs === undefined ? undefined : (typeof settings.inputs === 'string' ? [settings.inputs] : settings.inputs).map(rebase);
  const maxAuthors = settings['max-authors'];
  const allAuthors = settings['all-authors'];
  const page = settings.page;
  const header = settings.header;
  // Undefined: not set here (merging never unsets a lower layer's value).
  return {
    ...plainConfigLayer(settings, rebase),
    names: ownerNames(settings.owner),
    owner: ownerLayer(settings),
    people: peopleLayer(settings.people, rebase),
    inputs,
    formats: settings.formats === undefined ? undefined : typeof settings.formats === 'string' ? [settings.formats] : settings.formats,
    authors: maxAuthors ?? (allAuthors === undefined ? undefined : allAuthors ? 'all' : 'style'),
    overrides: overridesLayer(settings.overrides, source),
    selection: { filters: settings.filters, sections: sectionsLayer(settings.sections) },
    numbering: numberingLayer(settings.numbering),
    links: listOrAll(settings.links, LINK_KINDS),
    abstracts: listOrAll(settings.abstracts, OUTPUT_FORMATS),
    layout:
      page === undefined ? undefined : { pageSize: page.size, marginMm: page.margins === undefined ? undefined : millimetres(page.margins), font: page.font },
    title: header?.title,
    header: { subtitle: header?.subtitle, updated: header?.updated },
    messages: settings.messages,
    citations: citationsLayer(settings.citations),
    // `lock: true` is the default place, decided where the config file's folder is known.
    lock: typeof settings.lock === 'string' ? rebase(settings.lock) : settings.lock === false ? false : undefined,
  };
}
