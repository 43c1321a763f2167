// Citation counts as a build shows them. They come from the lock file only (`pubcv enrich
// --citations` writes them there), never from the network, so two builds of one commit agree.

/** The services whose counts pubcv records: OpenAlex first, Crossref as the second source. */
type CitationSource = 'openalex' | 'crossref';

/** An entry's citation count: the figure, who counted, when, and the work it belongs to. */
export interface CitationCount {
  readonly count: number;
  readonly source: CitationSource;
  /** YYYY-MM-DD the figure was read. */
  readonly retrieved: string;
  /** The work's page at the source (https://openalex.org/W…, else its DOI's address). */
  readonly href: string;
  /** Which work the count is of (OpenAlex id, else DOI), so two entries of one work count once. */
  readonly work: string;
}

/** Whether citation counts are shown under each entry and as a summary under the header. */
export interface CitationDisplay {
  readonly entries: boolean;
  readonly summary: boolean;
}

/** The h-index: the largest h such that h works are each cited at least h times. */
export function hIndex(counts: readonly number[]): number {
  const sorted = [...counts].sort((a, b) => b - a);
  let h = 0;
  while (h < sorted.length && sorted[h]! >= h + 1) h += 1;
  return h;
}

/** The i10-index: how many works are cited at least ten times. */
export function i10Index(counts: readonly number[]): number {
  return counts.filter((count) => count >= 10).length;
}
