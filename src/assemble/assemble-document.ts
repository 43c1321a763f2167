import type { SourceRecord } from '../model/record.js';
import type { Document, Entry, HighlightStyle, Messages, PageLayout, Run, Section } from '../model/index.js';
import { describeWork } from './describe-work.js';
import type { FormattedEntry } from '../format/format-entries.js';

interface DocumentMeta {
  readonly title: string;
  readonly owner?: string;
  readonly lang: string;
  readonly date: string;
  readonly style: string;
  readonly highlight: HighlightStyle;
  /** Lines explaining the contribution marks the entries use; none: no legend. */
  readonly legend?: readonly Run[][];
  /** Paper, margins and typeface of PDF and DOCX. */
  readonly layout: PageLayout;
  /** The sections and the ids of their entries in listed order; none: one untitled section of every record. */
  readonly sections?: readonly SectionOutline[];
  /** pubcv's own entry numbers by id ("J12"); they replace the style's labels. */
  readonly labels?: ReadonlyMap<string, string>;
  /** The texts pubcv writes, in the document's language; none: English. */
  readonly messages?: Messages;
}

/** A section of the document before its entries are formatted. */
export interface SectionOutline {
  readonly id: string;
  readonly title: string;
  readonly entries: readonly string[];
}

/**
 * Puts formatted entries into the document model, section by section (entries that could not be
 * formatted, and sections left empty, are dropped).
 */
export function assembleDocument(records: readonly SourceRecord[], formatted: readonly FormattedEntry[], meta: DocumentMeta): Document {
  const byId = new Map(formatted.map((f) => [f.id, f]));
  const entries = new Map<string, Entry>();
  for (const record of records) {
    const f = byId.get(record.item.id);
    if (!f) continue;
    const { file, line, column } = record.source;
    const label = meta.labels?.get(f.id) ?? f.label;
    entries.set(f.id, {
      id: f.id,
      ...(label ? { label } : {}),
      runs: f.runs,
      source: { file, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) },
      work: describeWork(record.item),
    });
  }
  const outlines = meta.sections ?? [{ id: 'publications', title: '', entries: records.map((r) => r.item.id) }];
  return {
    title: meta.title,
    ...(meta.owner ? { owner: meta.owner } : {}),
    lang: meta.lang,
    date: meta.date,
    style: meta.style,
    highlight: meta.highlight,
    ...(meta.legend && meta.legend.length > 0 ? { legend: meta.legend } : {}),
    layout: meta.layout,
    ...(meta.messages ? { messages: meta.messages } : {}),
    sections: outlines
      .map((o): Section => ({ id: o.id, title: o.title, entries: o.entries.flatMap((id) => entries.get(id) ?? []) }))
      .filter((s) => s.entries.length > 0),
  };
}
