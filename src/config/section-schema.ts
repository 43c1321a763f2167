import { z } from 'zod';
import { sectionSlug } from '../select/group-sections.js';
import { DEFAULT_SETTINGS } from './config-defaults.js';
import { ENTRY_KINDS } from '../model/settings.js';
import { ENGLISH_MESSAGES } from '../model/messages.js';

// The parts of the config that decide which entries are listed, where, and how they are numbered.

const { filters: FILTERS, sections: SECTIONS } = DEFAULT_SETTINGS.selection;
const NUMBERING = DEFAULT_SETTINGS.numbering;

const Kind = z.enum(ENTRY_KINDS);
const Words = z.array(z.string().min(1));

/** One hand-made section of `sections.list`. */
const CustomSection = z
  .strictObject({
    title: z.string().describe('The section heading.'),
    id: z
      .string()
      .regex(/^[A-Za-z0-9][\w-]*$/, { error: 'an id is letters, digits, - and _' })
      .optional()
      .describe('Name for numbering.prefixes and the HTML id; default: made from the title.'),
    ids: Words.optional().describe('These entries (citation keys), in this order.'),
    types: z.array(Kind).optional().describe('Entries of these kinds.'),
    keywords: Words.optional().describe('Entries with any of these keywords (BibTeX keywords, CSL keyword).'),
    selected: z.boolean().optional().describe('Entries marked selected (BibTeX selected = {true}, or the keyword "selected").'),
  })
  .describe('A section; an entry is listed in the first section that takes it.');

const SectionsObject = z.strictObject({
  by: z
    .enum(['none', 'type', 'year', 'keyword', 'custom'])
    .optional()
    .meta({ default: SECTIONS.by })
    .describe('none: one list; type: journal, conference, preprint, book, thesis, other; year; keyword; custom: the sections in `list`.'),
  types: z.array(Kind).optional().describe('by: type — the kinds that get a section, in order (default: all six). Others go to `rest`.'),
  keywords: Words.optional().describe('by: keyword — the keywords that get a section, in order (default: every keyword, A–Z). Others go to `rest`.'),
  titles: z.record(z.string(), z.string()).optional().describe('Section titles by kind, keyword, year or "undated": { journal: "Refereed journal articles" }.'),
  list: z.array(CustomSection).optional().describe('by: custom — the sections, in order.'),
  rest: z
    .union([z.string(), z.literal(false)])
    .optional()
    .meta({ default: ENGLISH_MESSAGES['section.rest'] })
    .describe('Title of the last section, for entries no other section takes (default: "Other" in the build\'s language); false leaves them out.'),
  sort: z
    .enum(['newest', 'oldest', 'input', 'citations'])
    .optional()
    .meta({ default: SECTIONS.sort })
    .describe('Order inside a section: newest first (then title), oldest first, as written, or most cited first (counts from the lock).'),
  undated: z.enum(['first', 'last']).optional().meta({ default: SECTIONS.undated }).describe('Where entries without a year go.'),
});

/** `sections:` — a grouping name, or the full settings. */
export const Sections = z
  .union([SectionsObject.shape.by.unwrap(), SectionsObject])
  .superRefine((value, ctx) => {
    if (typeof value === 'string' || !value.list) return;
    const seen = new Set<string>();
    value.list.forEach((section, i) => {
      const id = section.id ?? sectionSlug(section.title);
      if (id === 'rest' || seen.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['list', i, section.id !== undefined ? 'id' : 'title'],
          message: `two sections would have the id '${id}': give one an id of its own`,
        });
      }
      seen.add(id);
    });
  })
  .describe('How entries are grouped into sections: a grouping (type, year, keyword) or the full settings.');

const NumberingObject = z.strictObject({
  order: z
    .enum(['none', 'ascending', 'reverse'])
    .optional()
    .meta({ default: NUMBERING.order })
    .describe(
      "none: no numbers of pubcv's own (a numeric style keeps its [1]); ascending: the first listed is 1; reverse: the first listed gets the highest number.",
    ),
  scope: z.enum(['section', 'continuous']).optional().meta({ default: NUMBERING.scope }).describe('Count within each section, or across the whole list.'),
  prefixes: z
    .record(z.string(), z.string())
    .optional()
    .describe('Prefix by section (kind, keyword, year or custom id): { journal: J, conference: C, preprint: P }.'),
  label: z
    .string()
    .regex(/\{n\}/, { error: 'the label must hold {n}, where the number goes' })
    .optional()
    .meta({ default: NUMBERING.label })
    .describe('The label drawn before an entry: {prefix} and {n} are replaced, e.g. "{prefix}{n}." for "J12.".'),
});

/** `numbering:` — an order, or the full settings. */
export const Numbering = z
  .union([NumberingObject.shape.order.unwrap(), NumberingObject])
  .describe('Entry numbers: none, ascending or reverse, or the full settings.');

/** `filters:` — which entries a CV variant keeps. */
export const Filters = z
  .strictObject({
    selected: z
      .boolean()
      .optional()
      .meta({ default: FILTERS.selected })
      .describe('Only entries marked selected (BibTeX selected = {true}, or the keyword "selected").'),
    since: z.number().int().optional().describe('Earliest year kept; undated entries are kept.'),
    until: z.number().int().optional().describe('Latest year kept; undated entries are kept.'),
    types: z.array(Kind).optional().describe('Kinds kept: journal, conference, preprint, book, thesis, other (default: all).'),
    keywords: Words.optional().describe('Keep entries with any of these keywords (default: all).'),
    exclude: Words.optional().describe('Entries (citation keys) left out.'),
  })
  .superRefine((value, ctx) => {
    if (value.since !== undefined && value.until !== undefined && value.since > value.until) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: `until (${value.until}) is before since (${value.since}): no entry could be kept` });
    }
  })
  .describe('Which entries are listed; each one left out is reported (info) and counted as skipped.');
