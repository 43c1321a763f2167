import type { Diagnostic } from '../errors.js';

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
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  'container-title'?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
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
