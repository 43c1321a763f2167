import type { Run } from './marks.js';

/** Where an entry came from, for diagnostics and traceability. */
export interface SourcePosition {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** How the owner's name is drawn; every writer honours it. */
export type HighlightStyle = 'bold' | 'underline' | 'italic' | 'bold-underline';

/** One formatted publication. */
export interface Entry {
  /** Stable id (citation key or derived), unique within the document. */
  readonly id: string;
  /** Number or citation label drawn in the gutter ("1.", "[3]", "J12"), when the style or numbering gives one. */
  readonly label?: string;
  /** The formatted reference. */
  readonly runs: readonly Run[];
  readonly source?: SourcePosition;
}

/** A titled group of entries ("Journal articles", "2024"). */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly entries: readonly Entry[];
}

/** The whole publication list, the only thing writers read. */
export interface Document {
  readonly title: string;
  /** Display name of the CV owner ("Yang Sui"), when known. */
  readonly owner?: string;
  /** BCP 47 language of the text. */
  readonly lang: string;
  /** ISO date (YYYY-MM-DD) the document was built for, from SOURCE_DATE_EPOCH or the caller. */
  readonly date: string;
  /** Name of the CSL style that formatted the entries. */
  readonly style: string;
  readonly highlight: HighlightStyle;
  readonly sections: readonly Section[];
  /**
   * Lines explaining the marks drawn after names ("* Co-first authors", "Underlined: Student or
   * advisee"), printed in small type under the list. Absent when no entry uses a mark.
   */
  readonly legend?: readonly (readonly Run[])[];
}
