import type { CslItem } from '../model/record.js';

// ORCID's work types (https://info.orcid.org/ufaqs/what-work-types-does-orcid-support/) as CSL
// types. Scripts that turn an ORCID record into BibTeX write the type into `note` and make the
// entry a @misc when BibTeX has no match ("book-chapter" printed under 99 entries of Miśkiewicz's
// list); `other` says nothing more than @misc does.
const ORCID_TYPES: Readonly<Record<string, string | undefined>> = {
  'journal-article': 'article-journal',
  'book-chapter': 'chapter',
  book: 'book',
  'edited-book': 'book',
  'conference-paper': 'paper-conference',
  'conference-abstract': 'paper-conference',
  'conference-poster': 'paper-conference',
  'conference-proceedings': 'book',
  'dissertation-thesis': 'thesis',
  dissertation: 'thesis',
  report: 'report',
  'working-paper': 'report',
  preprint: 'article',
  'book-review': 'review-book',
  review: 'review',
  'encyclopedia-entry': 'entry-encyclopedia',
  'dictionary-entry': 'entry-dictionary',
  'magazine-article': 'article-magazine',
  'newspaper-article': 'article-newspaper',
  'newsletter-article': 'article-newspaper',
  patent: 'patent',
  website: 'webpage',
  'online-resource': 'webpage',
  'lecture-speech': 'speech',
  'data-set': 'dataset',
  software: 'software',
  manual: 'book',
  standards: 'standard',
  other: undefined,
};

// Types printed as a part of something ("In <book>"): without the container's name a style prints
// "In ." (Chicago), so such a record stays a @misc.
const PART_TYPES = new Set([
  'chapter',
  'paper-conference',
  'entry-encyclopedia',
  'entry-dictionary',
  'article-journal',
  'article-magazine',
  'article-newspaper',
]);

/**
 * The item with an ORCID work type written as its whole `note` read as its type: the note goes,
 * and a @misc (`document`) gets the CSL type it stands for when it has what that type prints
 * (the book of a chapter). A type the reader already gave (@article) is kept.
 */
export function readOrcidWorkType(item: CslItem): CslItem {
  const note = typeof item.note === 'string' ? item.note.trim() : undefined;
  if (note === undefined || !Object.hasOwn(ORCID_TYPES, note)) return item;
  const rest: CslItem = { ...item };
  delete rest.note;
  const type = ORCID_TYPES[note];
  if (item.type !== 'document' || type === undefined || (PART_TYPES.has(type) && item['container-title'] === undefined)) return rest;
  return { ...rest, type };
}
