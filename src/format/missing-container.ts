import type { CslItem } from '../model/record.js';

// Types styles print as part of a book or proceedings, with the "in" term written outside any
// group (Chicago: `<text macro="container-prefix"/>`, so no empty variable suppresses it): with no
// container name the entry reads "In ." or "In , 1–5".
const PART_TYPES = new Set(['chapter', 'paper-conference', 'entry-encyclopedia', 'entry-dictionary']);

/**
 * A part of a book or proceedings whose book is not named (an ORCID or RIS chapter with only its
 * title and DOI) formatted as a work of its own (`document`), as a @misc with that title would be:
 * the record keeps its type for sections and exports; only the style sees no "In".
 */
export function standaloneWithoutContainer(item: CslItem): CslItem {
  if (!PART_TYPES.has(item.type)) return item;
  const container = item['container-title'];
  if (typeof container === 'string' && container.trim() !== '') return item;
  return { ...item, type: 'document' };
}
