import type { Diagnostic } from '../model/errors.js';
import { hIndex, i10Index, type CitationCount, type CitationDisplay } from '../model/citations.js';
import { documentMessages, fillMessage, type CitationSummary, type Document } from '../model/index.js';
import type { SourceRecord } from '../model/record.js';
import { wordedDate } from './document-header.js';

const SOURCE_NAMES: Readonly<Record<CitationCount['source'], string>> = { openalex: 'OpenAlex', crossref: 'Crossref' };

/** The counts of the works the document lists, each work once however many entries it has. */
function listedCounts(document: Document, records: readonly SourceRecord[]): CitationCount[] {
  const listed = new Set(document.sections.flatMap((s) => s.entries.map((e) => e.id)));
  const byWork = new Map<string, CitationCount>();
  for (const record of records) {
    const count = record.citations;
    if (count !== undefined && listed.has(record.item.id) && !byWork.has(count.work)) byWork.set(count.work, count);
  }
  return [...byWork.values()];
}

/**
 * The summary block: total citations, h-index and i10-index over the listed works, "as of" the
 * oldest count's date (every figure is at least that fresh) and the sources counted. Pure: the
 * counts come from the lock, so two builds of one commit write the same figures.
 */
function citationSummary(document: Document, records: readonly SourceRecord[]): CitationSummary | undefined {
  const counts = listedCounts(document, records);
  if (counts.length === 0) return undefined;
  const messages = documentMessages(document);
  const figures = counts.map((c) => c.count);
  const number = (value: number) => new Intl.NumberFormat(document.lang).format(value);
  const parts: Array<[string, number]> = [
    [messages['citations.total'], figures.reduce((sum, n) => sum + n, 0)],
    [messages['citations.hIndex'], hIndex(figures)],
    [messages['citations.i10Index'], i10Index(figures)],
  ];
  const oldest = counts.map((c) => c.retrieved).sort()[0]!;
  const sources = (['openalex', 'crossref'] as const).filter((s) => counts.some((c) => c.source === s)).map((s) => SOURCE_NAMES[s]);
  return {
    figures: `${messages['citations.heading']}${messages['legend.labelSeparator']}${parts.map(([label, value]) => `${label} ${number(value)}`).join(messages['legend.listSeparator'])}`,
    asOf: fillMessage(messages['citations.asOf'], { date: wordedDate(oldest, document.lang), source: sources.join(', ') }),
  };
}

/** The document with its citation summary when asked for; a note when the lock holds no count for any listed entry. */
export function withCitationSummary(
  document: Document,
  records: readonly SourceRecord[],
  display: CitationDisplay,
): { document: Document; diagnostics: Diagnostic[] } {
  if (!display.summary && !display.entries) return { document, diagnostics: [] };
  const summary = display.summary ? citationSummary(document, records) : undefined;
  const counted = listedCounts(document, records).length;
  const diagnostics: Diagnostic[] =
    counted === 0
      ? [
          {
            severity: 'warning',
            code: 'citations-missing',
            message: 'citation counts are to be shown, but the lock file holds none for the entries listed: run pubcv enrich --citations',
          },
        ]
      : [];
  return { document: summary ? { ...document, citationSummary: summary } : document, diagnostics };
}
