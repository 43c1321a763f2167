import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import type { Result } from '../model/errors.js';
import { issueDiagnostics } from '../text/config-issues.js';
import { positionFinder } from '../text/text-position.js';
import { scanJson } from '../text/scan-json.js';
import { CSL_TYPES } from '../model/csl-variables.js';
import { SOURCE_NAMES } from './work-source.js';
import { LOCK_FIELDS } from './lock-constants.js';

// pubcv.lock.json: what `pubcv enrich` found, committed next to the inputs so that every later
// build fills the same fields offline. Written by a machine, read by people in review: keys are
// sorted and every value says where it came from and when.

/** Problems of a damaged lock file reported one by one; the rest are counted. */
const MAX_LOCK_PROBLEMS = 20;

const Text = z.string().min(1);
const Origin = z.enum([...SOURCE_NAMES, 'doi']);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date written YYYY-MM-DD' });
const Score = z.number().min(0).max(1);

const Fields = z.strictObject({
  // A type no CSL style knows would be rendered as a bare document and exported as is.
  type: z.enum([...CSL_TYPES] as [string, ...string[]]).optional(),
  issued: z.strictObject({ 'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).length(1) }).optional(),
  'container-title': Text.optional(),
  publisher: Text.optional(),
  volume: Text.optional(),
  issue: Text.optional(),
  page: Text.optional(),
  DOI: Text.optional(),
  URL: Text.optional(),
});

const Entry = z.strictObject({ title: z.string(), fields: Fields, source: Origin, url: z.string(), retrieved: Day, score: Score });

const Suggestion = z.strictObject({
  title: z.string(),
  venue: Text.optional(),
  year: z.number().int().optional(),
  DOI: Text.optional(),
  source: Origin,
  url: z.string(),
  score: Score,
});

const Unmatched = z.strictObject({ title: z.string(), retrieved: Day, suggestions: z.array(Suggestion) });

const Count = z.number().int().min(0);

/** One source's citation count for a work: the figure, the API answer it was read from, and the day. */
const CountFigure = z.strictObject({ count: Count, url: z.string(), retrieved: Day });

/** OpenAlex's figure also names the work, which the "Cited by" link opens. */
const OpenAlexFigure = z.strictObject({ ...CountFigure.shape, work: z.string().regex(/^W\d+$/, { error: 'an OpenAlex work id such as W2741809807' }) });

/** An entry's citation counts (`pubcv enrich --citations`), each source's apart, and the work they are of. */
const Citations = z.strictObject({
  title: z.string(),
  DOI: Text.optional(),
  openalex: OpenAlexFigure.optional(),
  crossref: CountFigure.optional(),
});

/** The version this pubcv writes; version 1 (no citation counts) is read as well. */
const LOCK_VERSION = 2;

const LockSchema = z.strictObject({
  version: z.union([z.literal(1), z.literal(LOCK_VERSION)]),
  entries: z.record(z.string(), Entry),
  unmatched: z.record(z.string(), Unmatched).optional(),
  citations: z.record(z.string(), Citations).optional(),
});

/** The fields found for an entry, as CSL-JSON. */
export type LockedFields = z.infer<typeof Fields>;
/** An entry a lookup matched: the fields found and where, when and how surely. */
export type LockEntry = z.infer<typeof Entry>;
/** A candidate not confident enough to fill anything, kept for the user to look at. */
export type LockSuggestion = z.infer<typeof Suggestion>;
/** An entry a lookup did not match: not asked again (unless its title changes or --refresh). */
export type UnmatchedEntry = z.infer<typeof Unmatched>;
/** The citation counts recorded for an entry. */
export type LockCitations = z.infer<typeof Citations>;
/** The whole lock file, as this pubcv holds it: always the current version. */
export type LockFile = Omit<z.infer<typeof LockSchema>, 'version'> & { readonly version: typeof LOCK_VERSION };

/** A lock with nothing in it. */
export function emptyLock(): LockFile {
  return { version: LOCK_VERSION, entries: {} };
}

const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  root: ['version', 'entries', 'unmatched', 'citations'],
  entry: ['title', 'fields', 'source', 'url', 'retrieved', 'score'],
  fields: LOCK_FIELDS,
  unmatched: ['title', 'retrieved', 'suggestions'],
  suggestion: ['title', 'venue', 'year', 'DOI', 'source', 'url', 'score'],
  citations: ['title', 'DOI', 'openalex', 'crossref'],
  figure: ['count', 'url', 'retrieved', 'work'],
};

function keysAt(path: readonly PropertyKey[]): string[] {
  const [top, , inner, , deeper] = path;
  if (path.length === 0) return [...KNOWN_KEYS.root!];
  if (top === 'entries') return [...(path.length === 2 ? KNOWN_KEYS.entry! : inner === 'fields' ? KNOWN_KEYS.fields! : [])];
  if (top === 'unmatched') return [...(path.length === 2 ? KNOWN_KEYS.unmatched! : deeper === undefined && path.length === 4 ? KNOWN_KEYS.suggestion! : [])];
  if (top === 'citations') return [...(path.length === 2 ? KNOWN_KEYS.citations! : path.length === 3 ? KNOWN_KEYS.figure! : [])];
  return [];
}

function keyOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

/** Where the value at `path` is written (JSON is YAML, so the YAML parser's ranges serve). */
function locator(text: string) {
  const lines = new LineCounter();
  // Parsed on the first problem only: a YAML parse of a valid lock was most of the time reading it took.
  let parsed: ReturnType<typeof parseDocument> | undefined;
  const document = () => (parsed ??= parseDocument(text, { lineCounter: lines }));
  const at = (offset: number | undefined) => {
    if (offset === undefined) return undefined;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  return (path: readonly PropertyKey[], key?: string) => {
    let node = (document().contents ?? undefined) as Node | undefined;
    const segments = key === undefined ? path : [...path, key];
    for (const [index, seg] of segments.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && String(keyOf(p.key)) === String(seg));
        if (!pair) break;
        // Asked for a key: point at the key itself, not its value.
        if (key !== undefined && index === segments.length - 1) return at((pair.key as Node | null)?.range?.[0]);
        node = (pair.value ?? undefined) as Node | undefined;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) node = node.items[seg] as Node;
      else break;
    }
    return at(node?.range?.[0]);
  };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const seg of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[seg] : undefined;
  return value;
}

/**
 * Reads a lock file's text: strict JSON, checked against the format. Every problem comes back as a
 * `lock-*` error diagnostic with its line and column; the value is undefined when there is any.
 */
export function parseLock(text: string, file: string): Result<LockFile | undefined> {
  const layout = scanJson(text);
  if (!layout.ok) {
    return {
      value: undefined,
      diagnostics: [{ severity: 'error', code: 'lock-syntax', message: `not valid JSON: ${layout.message}`, file, ...positionFinder(text)(layout.offset) }],
    };
  }
  const data: unknown = JSON.parse(text);
  const locate = locator(text);
  const version = valueAt(data, ['version']);
  if (typeof version === 'number' && version !== 1 && version !== LOCK_VERSION) {
    const message = `lock file version ${version} is not one this pubcv reads (1 or ${LOCK_VERSION}): it was written by a newer pubcv`;
    return { value: undefined, diagnostics: [{ severity: 'error', code: 'lock-version', message, file, ...locate(['version']) }] };
  }
  const parsed = LockSchema.safeParse(data);
  // Version 1 is version 2 without citation counts: read as the current version, written as it.
  if (parsed.success) return { value: { ...parsed.data, version: LOCK_VERSION }, diagnostics: [] };
  // Each problem is located in the text; a damaged large lock has as many as it has entries.
  const shown = parsed.error.issues.slice(0, MAX_LOCK_PROBLEMS);
  const diagnostics = issueDiagnostics(shown, { file, locate, valueAt: (path) => valueAt(data, path), keysAt }).map((d) => ({
    ...d,
    code: d.code.replace(/^config-/, 'lock-'),
    message: d.message.replace(/^the config:/, 'the lock file:'),
  }));
  const more = parsed.error.issues.length - shown.length;
  if (more > 0) diagnostics.push({ severity: 'error', code: 'lock-invalid', message: `and ${more} more problems in the lock file`, file });
  return { value: undefined, diagnostics };
}

/** A copy with object keys sorted at every depth, so the file diffs cleanly. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, sortKeys(record[k])]));
}

/** The lock as its file holds it: keys sorted, 2-space indent, a final newline; no empty `unmatched` or `citations`. */
export function serializeLock(lock: LockFile): string {
  const { unmatched, citations, ...rest } = lock;
  const shown = {
    ...rest,
    ...(unmatched && Object.keys(unmatched).length > 0 ? { unmatched } : {}),
    ...(citations && Object.keys(citations).length > 0 ? { citations } : {}),
  };
  const text = JSON.stringify(sortKeys(shown), null, 2)
    // Dates on one line, `[[2024, 5]]`, as CSL-JSON is usually written. JSON strings hold no raw
    // line breaks, so these multi-line patterns never match inside one.
    .replace(/\[\n\s*(-?\d+(?:,\n\s*-?\d+)*)\n\s*\]/g, (_all, numbers: string) => `[${numbers.split(/,\n\s*/).join(', ')}]`)
    .replace(/\[\n\s*(\[[^\n\]]*\])\n\s*\]/g, '[$1]');
  return `${text}\n`;
}
