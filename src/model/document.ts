import type { EntryBlock } from './extras.js';
import type { CslItem } from './record.js';
import type { PageLayout } from './layout.js';
import type { Run } from './marks.js';
import type { WorkMetadata } from './work.js';
import { ENGLISH_MESSAGES, type Messages } from './messages.js';

/** Where an entry came from, for diagnostics and traceability. */
export interface SourcePosition {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** The ways the owner's name can be drawn. */
export const HIGHLIGHT_STYLES = ['bold', 'underline', 'italic', 'bold-underline'] as const;

/** How the owner's name is drawn; every writer honours it. */
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** A mark a highlight is made of. */
export type HighlightMark = { readonly type: 'bold' | 'italic' | 'underline' };

const HIGHLIGHT_MARKS: Readonly<Record<HighlightStyle, readonly HighlightMark[]>> = {
  bold: [{ type: 'bold' }],
  italic: [{ type: 'italic' }],
  underline: [{ type: 'underline' }],
  'bold-underline': [{ type: 'bold' }, { type: 'underline' }],
};

/** The plain marks the `owner` mark is drawn as under `highlight`: writers without an owner style of their own draw these. */
export function highlightMarks(highlight: HighlightStyle): readonly HighlightMark[] {
  return HIGHLIGHT_MARKS[highlight];
}

/** One formatted publication. */
export interface Entry {
  /** Stable id (citation key or derived), unique within the document. */
  readonly id: string;
  /** Number or citation label drawn in the gutter ("1.", "[3]", "J12"), when the style or numbering gives one. */
  readonly label?: string;
  /** The formatted reference, as the entry template set it (by default the reference alone). */
  readonly runs: readonly Run[];
  /** A short venue badge ("NeurIPS", from BibTeX `abbr`), drawn before the reference. */
  readonly badge?: string;
  /** Extra paragraphs under the reference (links, award, note, abstract), in order. */
  readonly blocks?: readonly EntryBlock[];
  /** The normalised record the entry was formatted from, for BibTeX and CSL-JSON export. */
  readonly csl?: CslItem;
  readonly source?: SourcePosition;
  /** What the entry describes, as data (title, authors, DOI), for machine-readable output such as JSON-LD. */
  readonly work?: WorkMetadata;
}

/** A titled group of entries ("Journal articles", "2024"). */
export interface Section {
  readonly id: string;
  readonly title: string;
  /** The heading as the section template set it; absent: the title as plain text (see `headingRuns`). */
  readonly heading?: readonly Run[];
  readonly entries: readonly Entry[];
}

/** The whole publication list, the only thing writers read. */
export interface Document {
  readonly title: string;
  /** Display name of the CV owner ("Yang Sui"), when known. */
  readonly owner?: string;
  /** A line under the owner's name ("Selected publications, 2019–2026"). */
  readonly subtitle?: string;
  /** The "Updated 15 January 2026" line of the header, worded in the document's language; absent: none. */
  readonly updated?: string;
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
  /** Paper, margins and typeface of the printed formats (PDF, DOCX); a hand-made document takes DEFAULT_LAYOUT or its own. */
  readonly layout: PageLayout;
  /** The texts pubcv writes (page numbers, footers, metadata), in the document's language; absent: English. */
  readonly messages?: Messages;
  /** The citation figures drawn under the header (`citations.summary`), worded in the document's language; absent: none. */
  readonly citationSummary?: CitationSummary;
}

/** The citation summary block: its figures in one line, and where and when they were counted. */
export interface CitationSummary {
  /** "Citation metrics: Total citations 1,234; h-index 12; i10-index 15". */
  readonly figures: string;
  /** "as of 5 December 2026, OpenAlex". */
  readonly asOf: string;
}

/** How many entries a document lists, in all its sections. */
export function entryCount(doc: Pick<Document, 'sections'>): number {
  return doc.sections.reduce((sum, section) => sum + section.entries.length, 0);
}

/** The texts a writer draws for this document: its own catalogue, else English. */
export function documentMessages(doc: Pick<Document, 'messages'>): Messages {
  return doc.messages ?? ENGLISH_MESSAGES;
}
