import type { SourceRecord } from '../input/record.js';
import type { Document, Entry, HighlightStyle, PageLayout, Run } from '../model/index.js';
import { describeWork } from './describe-work.js';
import type { FormattedEntry } from './format-entries.js';

export interface DocumentMeta {
  readonly title: string;
  readonly owner?: string;
  readonly lang: string;
  readonly date: string;
  readonly style: string;
  readonly highlight: HighlightStyle;
  /** Lines explaining the contribution marks the entries use; none: no legend. */
  readonly legend?: readonly Run[][];
  /** Paper, margins and typeface of PDF and DOCX; none: the writers' DEFAULT_LAYOUT. */
  readonly layout?: PageLayout;
}

/** Puts formatted entries, in the order of `records`, into the document model. */
export function assembleDocument(records: readonly SourceRecord[], formatted: readonly FormattedEntry[], meta: DocumentMeta): Document {
  const byId = new Map(formatted.map((f) => [f.id, f]));
  const entries: Entry[] = [];
  for (const record of records) {
    const f = byId.get(record.item.id);
    if (!f) continue;
    const { file, line, column } = record.source;
    entries.push({
      id: f.id,
      ...(f.label ? { label: f.label } : {}),
      runs: f.runs,
      source: { file, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) },
      work: describeWork(record.item),
    });
  }
  return {
    title: meta.title,
    ...(meta.owner ? { owner: meta.owner } : {}),
    lang: meta.lang,
    date: meta.date,
    style: meta.style,
    highlight: meta.highlight,
    ...(meta.legend && meta.legend.length > 0 ? { legend: meta.legend } : {}),
    ...(meta.layout ? { layout: meta.layout } : {}),
    sections: [{ id: 'publications', title: '', entries }],
  };
}
