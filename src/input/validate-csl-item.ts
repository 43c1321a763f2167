import { z } from 'zod';
import type { Severity } from '../model/errors.js';
import { CSL_NAME_VARIABLES, CSL_TYPES } from '../model/csl-variables.js';
import { deriveId } from '../normalize/derive-id.js';
import { DATE_FIELDS } from '../normalize/normalize-dates.js';
import { itemLimitProblem } from '../model/input-limits.js';
import type { CslItem } from '../model/record.js';

/** CSL 1.0.2 variables that hold a number or a string (csl-data.json); every other standard one holds a string. */
const NUMBER_FIELDS = [
  'chapter-number',
  'citation-number',
  'collection-number',
  'edition',
  'issue',
  'locator',
  'number',
  'number-of-pages',
  'number-of-volumes',
  'page',
  'page-first',
  'part-number',
  'printing',
  'section',
  'supplement',
  'version',
  'volume',
];

/** CSL 1.0.2 string variables (csl-data.json), plus citation-js's spellings. */
const STRING_FIELDS = [
  'abstract',
  'annote',
  'archive',
  'archive_collection',
  'archive_location',
  'archive-place',
  'authority',
  'call-number',
  'citation-key',
  'citation-label',
  'collection-title',
  'container-title',
  'container-title-short',
  'dimensions',
  'division',
  'DOI',
  'event',
  'event-place',
  'event-title',
  'genre',
  'ISBN',
  'ISSN',
  'journalAbbreviation',
  'jurisdiction',
  'keyword',
  'language',
  'license',
  'medium',
  'note',
  'original-publisher',
  'original-publisher-place',
  'original-title',
  'part-title',
  'PMCID',
  'PMID',
  'publisher',
  'publisher-place',
  'references',
  'reviewed-genre',
  'reviewed-title',
  'scale',
  'shortTitle',
  'source',
  'status',
  'title',
  'title-short',
  'URL',
  'volume-title',
  'volume-title-short',
  'year-suffix',
];

const Text = z.string();
const Name = z.looseObject({
  family: Text.optional(),
  given: Text.optional(),
  literal: Text.optional(),
  suffix: Text.optional(),
  'dropping-particle': Text.optional(),
  'non-dropping-particle': Text.optional(),
  'comma-suffix': z.union([z.boolean(), Text, z.number()]).optional(),
  'static-ordering': z.union([z.boolean(), Text, z.number()]).optional(),
  'parse-names': z.union([z.boolean(), Text, z.number()]).optional(),
});
const DatePart = z.union([z.number(), Text]);
const CslDateShape = z.looseObject({
  'date-parts': z.array(z.union([z.array(DatePart), z.null()])).optional(),
  literal: Text.optional(),
  raw: Text.optional(),
  season: z.union([z.number(), Text]).optional(),
  circa: z.union([z.boolean(), Text, z.number()]).optional(),
});

/** The shape citeproc relies on: names, dates and variables of the right JSON types. Unknown variables pass. */
const ItemShape = z.looseObject({
  ...Object.fromEntries(STRING_FIELDS.map((field) => [field, Text.optional()])),
  ...Object.fromEntries(NUMBER_FIELDS.map((field) => [field, z.union([Text, z.number()]).optional()])),
  ...Object.fromEntries(CSL_NAME_VARIABLES.map((field) => [field, z.array(Name).optional()])),
  ...Object.fromEntries(DATE_FIELDS.map((field) => [field, CslDateShape.optional()])),
  custom: z.looseObject({}).optional(),
});

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The first field of the item that has the wrong type, said the way a person fixing the file reads it. */
function shapeProblem(item: CslItem): string | undefined {
  const checked = ItemShape.safeParse(item);
  if (checked.success) return undefined;
  const issue = checked.error.issues[0];
  if (issue === undefined) return 'the item is malformed';
  const path = issue.path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
  let value: unknown = item;
  for (const part of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[part as string];
  return `"${path}" cannot be ${kindOf(value)}${issue.code === 'invalid_type' ? ` (expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`})` : ''}`;
}

/** Something wrong with one item; the reader adds the file and position. */
interface ItemProblem {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

/** A checked item, or only the problems that made it unusable. */
interface CheckedItem {
  readonly item?: CslItem;
  readonly problems: ItemProblem[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeKind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** Names must be objects; a bare string is taken as a literal name, anything else is dropped. */
function repairNames(item: CslItem, field: string, problems: ItemProblem[]): void {
  const value = item[field];
  const list = Array.isArray(value) ? value : [value];
  if (list.every(isObject) && Array.isArray(value)) return;
  item[field] = list.filter((name) => isObject(name) || typeof name === 'string').map((name) => (typeof name === 'string' ? { literal: name } : name));
  problems.push({ severity: 'warning', code: 'csl-invalid-name', message: `"${field}" should be a list of name objects; kept what could be read` });
}

/** Dates must be objects; a bare string or number is kept as a raw date for citeproc to parse. */
function repairDate(item: CslItem, field: string, problems: ItemProblem[]): void {
  const value = item[field];
  if (isObject(value)) return;
  if (typeof value === 'string' || typeof value === 'number') item[field] = { raw: String(value) };
  else delete item[field];
  problems.push({ severity: 'warning', code: 'csl-invalid-date', message: `"${field}" should be a date object, not ${describeKind(value)}` });
}

/**
 * Checks one CSL item: it must be an object with a string `type`; a missing id is derived (with a
 * warning); malformed names and dates are repaired where the intent is clear. Returns a copy.
 */
export function validateCslItem(value: unknown): CheckedItem {
  if (!isObject(value)) {
    return { problems: [{ severity: 'error', code: 'csl-invalid-item', message: `an item must be an object, not ${describeKind(value)}; skipped` }] };
  }
  if (typeof value.type !== 'string' || value.type.trim() === '') {
    return { problems: [{ severity: 'error', code: 'csl-missing-type', message: 'the item has no "type" (e.g. "article-journal"); skipped' }] };
  }
  const limit = itemLimitProblem(value);
  if (limit !== undefined) return { problems: [{ severity: 'error', code: 'csl-too-large', message: `${limit}; skipped` }] };
  const problems: ItemProblem[] = [];
  const item = { ...value, type: value.type } as CslItem;
  if (!CSL_TYPES.has(item.type)) {
    problems.push({ severity: 'warning', code: 'csl-unknown-type', message: `"${item.type}" is not a CSL type; styles will format it as a generic work` });
  }
  for (const field of CSL_NAME_VARIABLES) if (field in item) repairNames(item, field, problems);
  for (const field of DATE_FIELDS) if (field in item) repairDate(item, field, problems);
  const shape = shapeProblem(item);
  if (shape !== undefined) return { problems: [...problems, { severity: 'error', code: 'csl-invalid-field', message: `${shape}; skipped` }] };
  const id: unknown = value.id;
  if (typeof id === 'number' || (typeof id === 'string' && id.trim() !== '')) {
    item.id = String(id);
  } else {
    item.id = deriveId({ ...item, id: '' });
    problems.push({ severity: 'warning', code: 'csl-missing-id', message: `the item has no "id"; using "${item.id}"` });
  }
  return { item, problems };
}
