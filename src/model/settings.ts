// The types of the settings' values that the stages take (selection, numbering, header, links,
// author lists). The whole `Settings` is in config/settings.ts, beside its one resolver: it names
// the output and input formats, whose registries live in render/ and input/.

/** Author lists: the style's et-al rule cut around the owner ('style'), never cut ('all'), or at most N names. */
export type AuthorLimit = 'style' | 'all' | number;

/**
 * The links an entry may show, in the order they are drawn: the record's DOI and URL, and the
 * fields publication-list sites keep (BibTeX `pdf`, `code`, `slides`, ...; see CustomFields).
 */
export const LINK_KINDS = [
  'doi',
  'url',
  'pdf',
  'code',
  'slides',
  'video',
  'poster',
  'project',
  'html',
  'arxiv',
  'website',
  'blog',
  'supp',
  'data',
  'tool',
] as const;
export type ShownLinkKind = (typeof LINK_KINDS)[number];

/** The document's header, beyond its title and the owner's name. */
/** Citation counts (from the lock file): shown under entries, summed up under the header, and how old they may grow. */
export interface CitationSettings {
  /** "Cited by N" under each entry that has a count. */
  readonly entries: boolean;
  /** Total citations, h-index and i10-index under the header. */
  readonly summary: boolean;
  /** Days after which `pubcv check` says a count is old. */
  readonly maxAge: number;
}

export interface HeaderSettings {
  /** A line under the title ("Selected publications, 2019–2025"). */
  readonly subtitle?: string;
  /** Print "Updated <date>" (the document date: SOURCE_DATE_EPOCH when set). */
  readonly updated: boolean;
}

/** What kind of publication an entry is, for sections ("Journal articles") and type filters. */
export const ENTRY_KINDS = ['journal', 'conference', 'preprint', 'book', 'thesis', 'other'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Which entries a CV variant keeps. Empty lists keep everything. */
export interface RecordFilters {
  /** Only entries marked selected: BibTeX `selected = {true}` or the keyword `selected`. */
  readonly selected: boolean;
  /** Earliest year kept (inclusive); undated entries are kept. */
  readonly since?: number;
  /** Latest year kept (inclusive); undated entries are kept. */
  readonly until?: number;
  /** Kinds kept; empty: all. */
  readonly types: readonly EntryKind[];
  /** Keep entries with any of these keywords (CSL `keyword`); empty: all. */
  readonly keywords: readonly string[];
  /** Entry ids (citation keys) left out. */
  readonly exclude: readonly string[];
}

/** One hand-made section (`sections.by: custom`): the entries it takes, by any of the rules given. */
export interface CustomSection {
  readonly id: string;
  readonly title: string;
  /** These entries, in this order, before any taken by the other rules. */
  readonly ids: readonly string[];
  readonly types: readonly EntryKind[];
  readonly keywords: readonly string[];
  /** Takes the entries marked selected. */
  readonly selected: boolean;
}

/** How entries are grouped into sections and ordered inside them. */
export interface SectionRules {
  /** none: one untitled list; type: by kind; year: by year; keyword: by keyword; custom: `list`. */
  readonly by: 'none' | 'type' | 'year' | 'keyword' | 'custom';
  /** By type: the kinds that get a section, in order; undefined: all, in ENTRY_KINDS order. */
  readonly types?: readonly EntryKind[];
  /** By keyword: the keywords that get a section, in order; undefined: every keyword found, alphabetically. */
  readonly keywords?: readonly string[];
  /** Section titles by kind, keyword, year or `undated`. */
  readonly titles: Readonly<Record<string, string>>;
  /** The sections, by custom. */
  readonly list: readonly CustomSection[];
  /** Title of the last section, for entries no other section took; false leaves them out; undefined: the catalogue's ("Other"). */
  readonly rest: string | false | undefined;
  /** Inside a section: newest first (then title), oldest first, or input order. */
  readonly sort: 'newest' | 'oldest' | 'input' | 'citations';
  /** Where undated entries go: before or after the dated ones (by year: the "Undated" section). */
  readonly undated: 'first' | 'last';
}

/** Filters and sections: which entries are listed, where, in what order. */
export interface Selection {
  readonly filters: RecordFilters;
  readonly sections: SectionRules;
}

/** Entry numbers drawn in the gutter ("J12"). */
export interface NumberingRules {
  /** none: the style's own labels, if any; ascending: first listed is 1; reverse: first listed is the highest. */
  readonly order: 'none' | 'ascending' | 'reverse';
  /** Count within each section, or across the whole list. */
  readonly scope: 'section' | 'continuous';
  /** Prefix by section id ("journal": "J"). */
  readonly prefixes: Readonly<Record<string, string>>;
  /** The label: `{prefix}` and `{n}` are replaced. */
  readonly label: string;
}

/**
 * A correction of one entry from the config (`overrides: { ID: {...} }`), applied after reading and
 * the lock, before selection. `fields` are CSL-JSON values by variable name (`title`, `issued`,
 * `container-title`, `author`...); null removes the variable.
 */
export interface EntryOverride {
  readonly fields: Readonly<Record<string, unknown>>;
  /** The kind the entry is listed as (its section by type, type filters); the CSL type follows unless `fields.type` is given. */
  readonly kind?: EntryKind | undefined;
  /** A custom section's id (`sections.list`): the entry goes there, before any other section's rules. */
  readonly section?: string | undefined;
  /** Whether the entry is marked selected (a short CV's `filters.selected`). */
  readonly selected?: boolean | undefined;
  /** Where the override is written: the config file, and the line and column of its id. */
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** Everything kept, one untitled list, newest first: what a build without settings does. */
export const DEFAULT_SELECTION: Selection = {
  filters: { selected: false, types: [], keywords: [], exclude: [] },
  sections: { by: 'none', titles: {}, list: [], rest: undefined, sort: 'newest', undated: 'last' },
};

/** No numbers of pubcv's own: numeric styles keep theirs. */
export const DEFAULT_NUMBERING: NumberingRules = { order: 'none', scope: 'section', prefixes: {}, label: '[{prefix}{n}]' };

/** The name lists an owner-only CV looks for the owner in. */
export const OWNER_ROLES = ['author', 'editor'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

/** What a build does about the owner beyond highlighting the names given. */
export interface OwnerRules {
  /** A list with no owner (`--no-owner`): nothing highlighted, nothing said about the owner. */
  readonly none: boolean;
  /** Keep only the entries the owner is among these names of (`--only-owner`); empty: keep every entry. */
  readonly only: readonly OwnerRole[];
}

/** An owner highlighted in every entry that is kept. */
export const DEFAULT_OWNER_RULES: OwnerRules = { none: false, only: [] };

/** Other people to mark (`people:`, `--mark-people`): students, postdocs, lab members. */
export interface PeopleSettings {
  /** Each person's spellings, "Family, Given" first. */
  readonly names: ReadonlyArray<readonly string[]>;
  /** A file of more names, one person a line; undefined: none. */
  readonly file: string | undefined;
  /** How they are drawn: underline, dagger, double-dagger, asterisk, section, or a symbol of one's own. */
  readonly mark: string;
  /** The legend's text; undefined: the catalogue's `legend.people`. */
  readonly legend: string | undefined;
}

// A double dagger prints in every format, plain text too, and is neither the owner's bold nor
// a contribution mark's default (* co-first, † corresponding, underline: student).
export const DEFAULT_PEOPLE: PeopleSettings = { names: [], file: undefined, mark: 'double-dagger', legend: undefined };
