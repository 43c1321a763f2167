import type { InputSpec } from '../input/input-text.js';
import type { PageLayout } from '../model/index.js';
import type { PlainSettings } from './plain-settings.js';
import type {
  AuthorLimit,
  CitationSettings,
  EntryOverride,
  HeaderSettings,
  NumberingRules,
  OwnerRules,
  PeopleSettings,
  RecordFilters,
  SectionRules,
  Selection,
  ShownLinkKind,
} from '../model/settings.js';
import type { OutputFormat } from '../render/writers.js';
import type { MessageOverrides } from '../text/messages/messages-for.js';

// Every setting of a build. The one resolver (resolve-settings.ts) fills each from the command
// line, a profile, the config file or its default; stages take `Settings` or a `Pick` of it.

/** The settings mapped by hand from the config (config-layer.ts) and the flags; a value that may be absent says what its absence means. */
interface MappedSettings {
  /** Owner names as "Family, Given"; empty: the inputs' own (the plain list's first line). */
  readonly names: readonly string[];
  /** No owner at all, or a CV of only the owner's entries. */
  readonly owner: OwnerRules;
  /** Other people marked in author lists (students, lab members), and how. */
  readonly people: PeopleSettings;
  /** Input files ('-' is standard input) or texts; empty: the bundled example. */
  readonly inputs: readonly InputSpec[];
  readonly formats: readonly OutputFormat[];
  readonly authors: AuthorLimit;
  /** Filters and sections. */
  readonly selection: Selection;
  /** pubcv's own entry numbers ("J12"). */
  readonly numbering: NumberingRules;
  /** Link kinds an entry shows, in order; empty: none. */
  readonly links: readonly ShownLinkKind[];
  /** The formats whose entries show their abstracts. */
  readonly abstracts: readonly OutputFormat[];
  /** Paper, margin and typeface of PDF and DOCX. */
  readonly layout: PageLayout;
  /** The document's title; undefined: the catalogue's ("Publications" in the build's language). */
  readonly title: string | undefined;
  /** Subtitle and "Updated <date>" line of the header (its title is `title`). */
  readonly header: HeaderSettings;
  /** The lock file (`pubcv enrich`) entries are filled from; false: none; undefined: pubcv.lock.json beside the first input, when there. */
  readonly lock: string | false | undefined;
  /** Texts of the message catalogue the user replaced (config `messages:`), in every language. */
  readonly messages: MessageOverrides;
  /** Citation counts from the lock: where they are shown (off by default) and when they are old. */
  readonly citations: CitationSettings;
  /** Corrections of entries by id (config `overrides:`), applied before selection. */
  readonly overrides: Readonly<Record<string, EntryOverride>>;
  /** The config file the settings came from: like the inputs, it is never written over. */
  readonly configFile: string | undefined;
}

/** Every setting of a build: the plain ones (plain-settings.ts: style, output, theme, ...) and those mapped by hand. */
export interface Settings extends PlainSettings, MappedSettings {}

/** Settings from one source (a config file, a profile, the command line, a library call): what it sets; mappings may set some of their keys. */
export type SettingsLayer = {
  readonly [K in keyof Settings]?: K extends 'selection'
    ? { readonly filters?: Partial<RecordFilters>; readonly sections?: Partial<SectionRules> }
    : K extends 'numbering' | 'layout' | 'header' | 'messages' | 'citations' | 'owner' | 'people'
      ? Partial<Settings[K]>
      : Settings[K];
};
