import { ENGLISH_MESSAGES, type MessageKey, type Messages } from '../../model/messages.js';
import { GERMAN } from './de.js';
import { SPANISH } from './es.js';
import { FRENCH } from './fr.js';
import { ITALIAN } from './it.js';
import { JAPANESE } from './ja.js';
import { KOREAN } from './ko.js';
import { DUTCH } from './nl.js';
import { POLISH } from './pl.js';
import { PORTUGUESE, PORTUGUESE_PORTUGAL } from './pt.js';
import { CHINESE, CHINESE_TAIWAN } from './zh.js';

/** Every language pubcv writes its own texts in, by its primary language subtag. */
export const MESSAGE_LANGUAGES: Readonly<Record<string, Messages>> = {
  en: ENGLISH_MESSAGES,
  de: GERMAN,
  fr: FRENCH,
  es: SPANISH,
  it: ITALIAN,
  pt: PORTUGUESE,
  nl: DUTCH,
  pl: POLISH,
  zh: CHINESE,
  ja: JAPANESE,
  ko: KOREAN,
};

/** Where a region's usage differs from its language's, by locale (Taiwan writes traditional characters). */
export const REGIONAL_MESSAGES: Readonly<Record<string, Partial<Messages>>> = { 'pt-PT': PORTUGUESE_PORTUGAL, 'zh-TW': CHINESE_TAIWAN };

/** Texts the user wrote for some keys (config `messages:`), each replacing the catalogue's in every language. */
export type MessageOverrides = Readonly<Partial<Record<MessageKey, string>>>;

/**
 * The catalogue for a locale ("de-DE", "pt-PT", "zh-CN"): the region's wording where it has its
 * own, else the language's, else English; then the user's overrides. No locale: English.
 */
export function messagesFor(locale: string | undefined, overrides: MessageOverrides = {}): Messages {
  const tag = locale?.trim() ?? '';
  const language = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
  const base = MESSAGE_LANGUAGES[language] ?? ENGLISH_MESSAGES;
  const region = Object.entries(REGIONAL_MESSAGES).find(([name]) => name.toLowerCase() === tag.replace('_', '-').toLowerCase())?.[1];
  return { ...base, ...region, ...overrides };
}
