import type { Run } from './marks.js';

/**
 * What an extra paragraph under an entry holds, so each format can give it its look: the links
 * line ("PDF · Code · Video"), an award, a note, the abstract, the citation count ("Cited by 12"),
 * or any other line a template adds.
 */
export type BlockKind = 'links' | 'award' | 'note' | 'abstract' | 'line' | 'citations';

/** An extra paragraph under an entry's reference, as the entry template laid it out. */
export interface EntryBlock {
  readonly kind: BlockKind;
  readonly runs: readonly Run[];
  /**
   * The output formats that draw this block ('html', 'pdf', 'docx', 'md', ...); absent: every
   * format. Abstracts are drawn only in the formats the build asks for (HTML by default, folded).
   */
  readonly formats?: readonly string[];
}

/** True when `format` ('pdf', 'html', ...) draws the block. */
export function blockShownIn(block: EntryBlock, format: string): boolean {
  return block.formats === undefined || block.formats.includes(format);
}

/** The runs of a section's heading: the heading template's, else its title as plain text. */
export function headingRuns(section: { readonly title: string; readonly heading?: readonly Run[] }): readonly Run[] {
  if (section.heading) return section.heading;
  return section.title === '' ? [] : [{ text: section.title, marks: [] }];
}
