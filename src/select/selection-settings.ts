import type { MessageKey } from '../model/messages.js';
import type { EntryKind } from '../model/settings.js';

/** The catalogue's key for each kind's section title. */
export const KIND_TITLE_KEYS: Readonly<Record<EntryKind, MessageKey>> = {
  journal: 'section.journal',
  conference: 'section.conference',
  preprint: 'section.preprint',
  book: 'section.book',
  thesis: 'section.thesis',
  other: 'section.other',
};
