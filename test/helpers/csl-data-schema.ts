import { z } from 'zod';

// CSL-JSON as the official schema for CSL 1.0.2 input data defines it (citation-style-language/
// schema, schemas/input/csl-data.json, $id .../schema/v1.0/input/json/csl-data.json). No npm
// package ships that file and no JSON Schema validator is a dependency, so its rules are written
// here with zod, field by field: the same variables and types, no other keys (additionalProperties
// false) in items, names and dates.

const text = z.string();
const textOrNumber = z.union([z.string(), z.number()]);
const flag = z.union([z.string(), z.number(), z.boolean()]);

const name = z.strictObject({
  family: text, given: text, 'dropping-particle': text, 'non-dropping-particle': text, suffix: text,
  'comma-suffix': flag, 'static-ordering': flag, literal: text, 'parse-names': flag,
}).partial();

const date = z.strictObject({
  'date-parts': z.array(z.array(textOrNumber).min(1).max(3)).min(1).max(2),
  season: textOrNumber, circa: flag, literal: text, raw: text,
}).partial();

const TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic',
  'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event', 'figure', 'graphic',
  'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet',
  'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation',
  'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage',
] as const;

const NAMES = [
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator', 'director',
  'editor', 'editorial-director', 'executive-producer', 'guest', 'host', 'interviewer', 'illustrator', 'narrator', 'organizer',
  'original-author', 'performer', 'producer', 'recipient', 'reviewed-author', 'script-writer', 'series-creator', 'translator',
];
const DATES = ['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted'];
const TEXTS = [
  'citation-key', 'language', 'journalAbbreviation', 'shortTitle', 'abstract', 'annote', 'archive', 'archive_collection',
  'archive_location', 'archive-place', 'authority', 'call-number', 'citation-label', 'collection-title', 'container-title',
  'container-title-short', 'dimensions', 'division', 'DOI', 'event', 'event-title', 'event-place', 'genre', 'ISBN', 'ISSN',
  'jurisdiction', 'keyword', 'medium', 'note', 'original-publisher', 'original-publisher-place', 'original-title',
  'part-title', 'PMCID', 'PMID', 'publisher', 'publisher-place', 'references', 'reviewed-genre', 'reviewed-title', 'scale',
  'section', 'source', 'status', 'title', 'title-short', 'URL', 'version', 'volume-title', 'volume-title-short', 'year-suffix',
];
const TEXTS_OR_NUMBERS = [
  'chapter-number', 'citation-number', 'collection-number', 'edition', 'first-reference-note-number', 'issue', 'locator',
  'number', 'number-of-pages', 'number-of-volumes', 'page', 'page-first', 'part', 'printing', 'supplement', 'volume',
];

const fields = (keys: readonly string[], schema: z.ZodType) => Object.fromEntries(keys.map((key) => [key, schema.optional()]));

/** One CSL-JSON item, as the official CSL 1.0.2 schema allows it. */
export const cslItem = z.strictObject({
  type: z.enum(TYPES),
  id: textOrNumber,
  categories: z.array(text).optional(),
  custom: z.record(z.string(), z.unknown()).optional(),
  ...fields(NAMES, z.array(name)),
  ...fields(DATES, date),
  ...fields(TEXTS, text),
  ...fields(TEXTS_OR_NUMBERS, textOrNumber),
});

/** A CSL-JSON file: an array of items. */
export const cslData = z.array(cslItem);
