import { DEFAULT_LAYOUT } from '../model/index.js';
import { DEFAULT_NUMBERING, DEFAULT_OWNER_RULES, DEFAULT_PEOPLE, DEFAULT_SELECTION, LINK_KINDS } from '../model/settings.js';
import { DEFAULT_FORMATS } from '../render/writers.js';
import { plainDefaults } from './plain-settings.js';
import type { Settings } from './settings.js';

/** The value of every setting nobody set: resolve-settings.ts applies them, the JSON Schema shows them. The plain settings' are in their table. */
export const DEFAULT_SETTINGS: Settings = {
  ...plainDefaults(),
  names: [],
  owner: DEFAULT_OWNER_RULES,
  people: DEFAULT_PEOPLE,
  inputs: [],
  formats: DEFAULT_FORMATS,
  authors: 'style',
  selection: DEFAULT_SELECTION,
  numbering: DEFAULT_NUMBERING,
  links: LINK_KINDS,
  // Abstracts make a web page richer (collapsed); on paper they make a CV three times longer.
  abstracts: ['html'],
  layout: DEFAULT_LAYOUT,
  title: undefined,
  header: { updated: true },
  lock: undefined,
  messages: {},
  // Off: a count is a claim a reader may weigh; the owner decides to make it.
  citations: { entries: false, summary: false, maxAge: 180 },
  overrides: {},
  configFile: undefined,
};
