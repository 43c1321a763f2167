import { documentDirection, documentMessages, entryCount, type Document, type Entry } from '../model/index.js';
import type { EntryLine } from './pdf-entry.js';
import type { FontFace } from './pdf-fonts.js';
import { KeptPieces, type RenderPieces } from './render-cache.js';

/** An entry's lines as laid out, and the faces its layout measured text in, in the order first measured. */
export interface CachedEntryLines {
  readonly lines: readonly EntryLine[];
  readonly height: number;
  readonly faces: readonly FontFace[];
}

export type EntryLayouts = RenderPieces<CachedEntryLines>;

/** The lines kept by this thread's PDF writer, from its last render. */
export const keptEntryLayouts = new KeptPieces<CachedEntryLines>();

/**
 * The laid-out lines of a document's entries, kept by what decides them: within one context (the
 * highlight, the page layout and typeface, the messages that word printed link targets, the
 * direction lines are ordered in), the
 * entry's badge, runs and extra paragraphs and the widths its lines may take. The PDF writer
 * typesets a document twice (once to count its pages, once to draw them), so even a single build
 * lays each entry out once; a rebuild in the same process lays out only the entries that changed.
 */
export function entryLayouts(doc: Document, kept: KeptPieces<CachedEntryLines>): EntryLayouts | undefined {
  return kept.begin(JSON.stringify([doc.highlight, doc.layout, documentMessages(doc), documentDirection(doc.lang)]), entryCount(doc));
}

/** Each entry's last key, so the second pass over a document (the same entry objects, which the model never changes) does not serialise them again. */
const lastKeys = new WeakMap<Entry, { readonly first: number; readonly rest: number; readonly key: string }>();

/** The key of an entry laid out `first` and `rest` points wide (its label is measured apart, and is not part of it). */
export function entryLayoutKey(entry: Entry, first: number, rest: number): string {
  const last = lastKeys.get(entry);
  if (last && last.first === first && last.rest === rest) return last.key;
  const key = JSON.stringify([entry.badge ?? null, entry.runs, entry.blocks ?? null, first, rest]);
  lastKeys.set(entry, { first, rest, key });
  return key;
}
