/**
 * Bibliographic facts about the work an entry describes, plain text without marks: what
 * machine-readable output (schema.org JSON-LD in HTML) says about it. Writers that draw entries
 * use the runs, never this.
 */
export interface WorkMetadata {
  /** CSL item type: article-journal, paper-conference, book, chapter, thesis, report, ... */
  readonly type: string;
  readonly title?: string;
  /** Authors in reading order, "Given Family". */
  readonly authors: readonly string[];
  /** ISO 8601 date, as precise as known: "2024", "2024-05" or "2024-05-17". */
  readonly issued?: string;
  /** The journal, proceedings or book the work appeared in. */
  readonly container?: string;
  readonly publisher?: string;
  readonly volume?: string;
  readonly issue?: string;
  readonly pages?: string;
  /** Bare DOI, "10.1000/xyz123". */
  readonly doi?: string;
  readonly url?: string;
}
