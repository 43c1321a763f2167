import type { CslItem } from '../model/record.js';
import { ENTRY_KINDS, type EntryKind } from '../model/settings.js';

// Preprint servers and the words that mark a preprint, wherever a reader put them: BibTeX
// `journal = {arXiv preprint arXiv:...}`, `journal = {CoRR}`, `publisher = {bioRxiv}`, `note = {Preprint}`.
const PREPRINT_WORDS = /\b(?:arxiv|corr|biorxiv|medrxiv|chemrxiv|psyarxiv|socarxiv|eartharxiv|ssrn|research square|preprints?\.org|preprint)\b/i;
// arXiv's DOIs (10.48550/arXiv.2401.00001) and bioRxiv/medRxiv's dated ones (10.1101/2024.01.02.123456);
// Cold Spring Harbor's journals share 10.1101 but not the date.
const PREPRINT_DOI = /^(?:10\.48550\/|10\.1101\/\d{4}\.\d{2}\.\d{2}\.)/i;
const PROCEEDINGS = /\b(?:proceedings|proc\.|conference|workshop|symposium)\b/i;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Whether the item's venue, publisher, genre or DOI says it is a preprint. */
function looksPreprint(item: CslItem): boolean {
  if (PREPRINT_DOI.test(text(item.DOI))) return true;
  const hints = [item['container-title'], item.publisher, item.genre, item.archive, item.number, item['collection-title']];
  if (hints.some((h) => PREPRINT_WORDS.test(text(h)))) return true;
  // `note` often says "Preprint" or "Under review" on a manuscript, but on a journal article it may
  // mention an earlier preprint: only unpublished kinds trust it.
  return ['manuscript', 'article', 'document'].includes(item.type) && /\b(?:preprint|under review|submitted)\b/i.test(text(item.note));
}

/**
 * The kind of publication a CSL item is: its type, corrected by the hints readers leave
 * (an arXiv "journal" is a preprint; a chapter in proceedings is a conference paper), unless an
 * override chose the kind.
 */
export function entryKind(item: CslItem): EntryKind {
  // The config's `overrides: { ID: { kind } }` has the last word.
  const chosen = item.custom?.kind;
  if (chosen !== undefined && (ENTRY_KINDS as readonly string[]).includes(chosen)) return chosen;
  if (item.type === 'thesis') return 'thesis';
  // CSL 1.0.2's `article` is a preprint or working paper.
  if (item.type === 'article' || looksPreprint(item)) return 'preprint';
  switch (item.type) {
    case 'article-journal':
      return 'journal';
    case 'paper-conference':
      return 'conference';
    case 'chapter':
      return PROCEEDINGS.test(text(item['container-title'])) ? 'conference' : 'book';
    case 'book':
    case 'classic':
    case 'periodical':
      return 'book';
    default:
      return 'other';
  }
}

/** The item's keywords (CSL `keyword`, a comma or semicolon list), lower-cased. */
export function keywordsOf(item: CslItem): string[] {
  const raw = item.keyword;
  const list = Array.isArray(raw) ? raw.map(text) : text(raw).split(/[,;]/);
  return list.map((k) => k.trim().toLowerCase()).filter((k) => k !== '');
}

/** Whether the entry is marked for a short CV: BibTeX `selected = {true}`, or the keyword `selected`. */
export function isSelected(item: CslItem): boolean {
  return item.custom?.selected === true || keywordsOf(item).includes('selected');
}

/** The year an item was issued, when it has one. */
export function yearOf(item: CslItem): number | undefined {
  const first = item.issued?.['date-parts']?.[0]?.[0];
  const year = typeof first === 'string' ? Number.parseInt(first, 10) : first;
  return typeof year === 'number' && Number.isFinite(year) ? year : undefined;
}
