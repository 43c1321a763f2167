import type { AuthorLimit } from '../format/format-records.js';
import { LINK_KINDS, type HeaderSettings, type ShownLinkKind } from '../assemble/display-settings.js';
import { DEFAULT_NUMBERING, DEFAULT_SELECTION, type NumberingRules, type Selection } from '../select/selection-settings.js';
import { DEFAULT_LAYOUT, type HighlightStyle, type PageLayout } from '../model/index.js';
import { DEFAULT_FORMATS, type OutputFormat } from '../render/writers.js';

/** The value of every setting nobody set: resolve-config.ts applies them, the JSON Schema shows them. */
export const CONFIG_DEFAULTS = {
  style: 'apa',
  formats: DEFAULT_FORMATS,
  output: 'output',
  highlight: 'bold' as HighlightStyle,
  authors: 'style' as AuthorLimit,
  cache: true,
  yearSuffix: false,
  selection: DEFAULT_SELECTION,
  numbering: DEFAULT_NUMBERING,
  links: LINK_KINDS as readonly ShownLinkKind[],
  // Abstracts make a web page richer (collapsed); on paper they make a CV three times longer.
  abstracts: ['html'] as readonly OutputFormat[],
  jsonLd: false,
  notes: true,
  theme: 'default',
  layout: DEFAULT_LAYOUT as PageLayout,
  title: 'Publications',
  header: { updated: true } as HeaderSettings,
} as const satisfies {
  readonly selection: Selection;
  readonly numbering: NumberingRules;
  readonly [key: string]: unknown;
};
