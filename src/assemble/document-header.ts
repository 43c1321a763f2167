import { documentMessages, fillMessage, type Document } from '../model/index.js';
import type { HeaderSettings } from '../model/settings.js';

/** The document date in words, in the document's language ("January 15, 2026", "15. Januar 2026"). */
export function wordedDate(date: string, lang: string): string {
  const instant = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
  }
}

/**
 * The header lines beyond title and owner: the subtitle, and "Updated <date>" in the document's
 * language (on unless the settings turn it off; the date is the document's, SOURCE_DATE_EPOCH when set).
 */
export function withHeader(document: Document, header: Partial<HeaderSettings> | undefined): Document {
  const subtitle = header?.subtitle?.trim();
  return {
    ...document,
    ...(subtitle ? { subtitle } : {}),
    ...(header?.updated === false
      ? {}
      : { updated: fillMessage(documentMessages(document)['document.updated'], { date: wordedDate(document.date, document.lang) }) }),
  };
}
