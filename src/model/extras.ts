import type { Run } from './marks.js';

/**
 * What an extra paragraph under an entry holds, so each format can give it its look: the links
 * line ("PDF · Code · Video"), an award, a note, the abstract, or any other line a template adds.
 */
export type BlockKind = 'links' | 'award' | 'note' | 'abstract' | 'line';

/** An extra paragraph under an entry's reference, as the entry template laid it out. */
export interface EntryBlock {
  readonly kind: BlockKind;
  readonly runs: readonly Run[];
  /**
   * Shown only where a reader can fold it away (HTML <details>); the printed and plain formats
   * (PDF, DOCX, Markdown, text, LaTeX) leave it out. Abstracts are, unless the build asks for them.
   */
  readonly screenOnly?: boolean;
}

/**
 * The normalised CSL-JSON item an entry was formatted from (pubcv's `custom` object included),
 * for the formats that export records rather than draw them (BibTeX, CSL-JSON). Declared here,
 * structurally, so that writers need nothing from the readers.
 */
export interface CslData {
  readonly id: string;
  readonly type: string;
  readonly [field: string]: unknown;
}

/** The runs of a section's heading: the heading template's, else its title as plain text. */
export function headingRuns(section: { readonly title: string; readonly heading?: readonly Run[] }): readonly Run[] {
  if (section.heading) return section.heading;
  return section.title === '' ? [] : [{ text: section.title, marks: [] }];
}
