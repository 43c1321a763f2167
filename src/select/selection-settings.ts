import type { EntryKind } from '../model/settings.js';

/** Titles of the kind sections. */
export const KIND_TITLES: Readonly<Record<EntryKind, string>> = {
  journal: 'Journal articles',
  conference: 'Conference papers',
  preprint: 'Preprints',
  book: 'Books and chapters',
  thesis: 'Theses',
  other: 'Other publications',
};
