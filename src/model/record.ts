import type { CitationCount } from './citations.js';
import type { Diagnostic } from './errors.js';
import type { EntryKind } from './settings.js';

/** A CSL-JSON name. */
export interface CslName {
  family?: string;
  given?: string;
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
  'comma-suffix'?: boolean;
  'static-ordering'?: boolean;
  'parse-names'?: boolean;
}

/** A CSL-JSON date. */
export interface CslDate {
  'date-parts'?: Array<Array<number | string>>;
  literal?: string;
  raw?: string;
  season?: number | string;
  circa?: boolean | string | number;
}

/**
 * A CSL-JSON item. Rich text inside string fields (titles) uses CSL's inline HTML
 * subset: <i>, <b>, <sup>, <sub>, <span style="font-variant:small-caps;">, <span class="nocase">.
 */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  /**
   * Readers end a list the source cut short (BibTeX `and others`, a literal `et al.`) with the name
   * `{ literal: 'et al.' }`; citeproc prints it as a name ("Roe, R., & et al." in APA).
   */
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  'container-title'?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
  /** pubcv's own data about the item (CSL-JSON 1.0.2's free-form `custom` object); see CustomFields. */
  custom?: CustomFields;
  [field: string]: unknown;
}

/**
 * What an author did, as CVs mark it: `(co-first author)`, a star, `(corresponding author)`,
 * equal contribution, or a student/advisee of the owner. Drawn by src/owner/contribution-looks.ts.
 */
export type ContributionRole = 'co-first' | 'equal' | 'corresponding' | 'student';

/** A contribution note on one author: `author` is an index into the item's `author` list. */
export interface Contribution {
  readonly author: number;
  readonly role: ContributionRole;
}

/** The links al-folio style sites keep on an entry. */
export type LinkKind = 'pdf' | 'code' | 'slides' | 'video' | 'poster' | 'html' | 'arxiv' | 'website' | 'blog' | 'supp' | 'data' | 'tool';

/**
 * Data beyond CSL's variables, kept under the item's `custom` object. BibTeX readers fill it from
 * al-folio fields (`selected = {true}`, `abbr`, `award`, `preview`, and the link fields) and from
 * name annotations; a CSL-JSON or CSL-YAML input may carry it as is.
 */
export interface CustomFields {
  /** al-folio's `selected = {true}`: the entry belongs to a short list. */
  selected?: boolean;
  /** A short venue badge (`abbr = {EMNLP}`). */
  abbr?: string;
  /** An award the paper won (`award = {Best Paper}`). */
  award?: string;
  /** A preview image file name, as written. */
  preview?: string;
  /** Links by kind, as written: a URL, a site-relative path or file name, or for `arxiv` the arXiv id. */
  links?: Partial<Record<LinkKind, string>>;
  /** Contribution notes recognised in the author list. */
  contributions?: Contribution[];
  /** The kind the entry is listed as, whatever its type says (config `overrides: { ID: { kind } }`). */
  kind?: EntryKind;
  /** The custom section the entry goes in (config `overrides: { ID: { section } }`). */
  section?: string;
  [field: string]: unknown;
}

/** Where a record was read from. */
export interface RecordSource {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The key the entry had in its file (BibTeX key, CSL id), before ids were made unique. */
  readonly key?: string;
}

/** One entry read from an input, with its position. */
export interface SourceRecord {
  readonly item: CslItem;
  readonly source: RecordSource;
  /** Its citation count, from the lock (`pubcv enrich --citations`); not part of the item, so no export or cache key sees it. */
  readonly citations?: CitationCount;
}

/** What a reader returns for one input file. */
export interface ReadResult {
  readonly records: SourceRecord[];
  readonly diagnostics: Diagnostic[];
  /** Owner names the input declares itself (the plain list's first line), as "Family, Given". */
  readonly owners: string[];
  /**
   * How many entries the input holds, including those that could not be read
   * (they each have an error diagnostic). `read` in the build report sums these.
   */
  readonly entryCount: number;
}

/** Entry accounting: read = rendered + skipped + merged. */
export interface EntryCounts {
  readonly read: number;
  readonly rendered: number;
  readonly skipped: number;
  readonly merged: number;
}

/** Records read and normalized from some inputs. */
export interface RecordsResult {
  /** Normalized records with unique ids, in input order. */
  readonly records: SourceRecord[];
  /** Owner names the inputs declare themselves (the plain list's first line). */
  readonly owners: string[];
  /** Every entry in every input, including those that could not be read. */
  readonly read: number;
  /** Entries folded into a duplicate (each has a `duplicate-merged` diagnostic). */
  readonly merged: number;
  readonly diagnostics: Diagnostic[];
}
