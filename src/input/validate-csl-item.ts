import type { Severity } from '../errors.js';
import { deriveId } from '../normalize/derive-id.js';
import type { CslItem } from './record.js';

/** CSL 1.0.2 item types. */
const CSL_TYPES = new Set([
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast',
  'chapter', 'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary',
  'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing', 'interview', 'legal_case',
  'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet',
  'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication', 'post',
  'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech',
  'standard', 'thesis', 'treaty', 'webpage',
]);

/** CSL 1.0.2 name variables. */
const NAME_FIELDS = [
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor',
  'curator', 'director', 'editor', 'editorial-director', 'editor-translator', 'executive-producer',
  'guest', 'host', 'illustrator', 'interviewer', 'narrator', 'organizer', 'original-author',
  'performer', 'producer', 'recipient', 'reviewed-author', 'script-writer', 'series-creator', 'translator',
];

/** CSL 1.0.2 date variables. */
const DATE_FIELDS = ['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted'];

/** Something wrong with one item; the reader adds the file and position. */
export interface ItemProblem {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

/** A checked item, or only the problems that made it unusable. */
export interface CheckedItem {
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
  const problems: ItemProblem[] = [];
  const item = { ...value, type: value.type } as CslItem;
  if (!CSL_TYPES.has(item.type)) {
    problems.push({ severity: 'warning', code: 'csl-unknown-type', message: `"${item.type}" is not a CSL type; styles will format it as a generic work` });
  }
  for (const field of NAME_FIELDS) if (field in item) repairNames(item, field, problems);
  for (const field of DATE_FIELDS) if (field in item) repairDate(item, field, problems);
  const id: unknown = value.id;
  if (typeof id === 'number' || (typeof id === 'string' && id.trim() !== '')) {
    item.id = String(id);
  } else {
    item.id = deriveId({ ...item, id: '' });
    problems.push({ severity: 'warning', code: 'csl-missing-id', message: `the item has no "id"; using "${item.id}"` });
  }
  return { item, problems };
}
