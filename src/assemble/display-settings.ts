/**
 * The links an entry may show, in the order they are drawn: the record's DOI and URL, and the
 * fields publication-list sites keep (BibTeX `pdf`, `code`, `slides`, ...; see CustomFields).
 */
export const LINK_KINDS = ['doi', 'url', 'pdf', 'code', 'slides', 'video', 'poster', 'project', 'html', 'arxiv', 'website', 'blog', 'supp', 'data', 'tool'] as const;
export type ShownLinkKind = (typeof LINK_KINDS)[number];

/** The document's header, beyond its title and the owner's name. */
export interface HeaderSettings {
  /** A line under the title ("Selected publications, 2019–2025"). */
  readonly subtitle?: string;
  /** Print "Updated <date>" (the document date: SOURCE_DATE_EPOCH when set). */
  readonly updated: boolean;
}
