import type { SourceRecord } from '../model/record.js';
import { sameTitle } from './apply-lock.js';
import type { LockCitations, LockFile } from './lock-file.js';
import { lockedCitations, lockedEntry } from './lock-entries.js';
import { normalizeDoi } from './normalize-doi.js';
import type { CountKey, CountSource } from './sources/citation-counts.js';
import { plainTitle } from './title-text.js';
import type { FetchFailure } from './work-source.js';

/** An entry whose counts a run asks for: the work's DOI, else the OpenAlex id a match recorded. */
export interface CountTarget {
  readonly id: string;
  readonly title: string;
  readonly key: CountKey;
}

/** What a run found for one entry: each source's count, or why there is none. */
interface CountedEntry {
  readonly id: string;
  readonly title: string;
  readonly openalex?: number;
  readonly crossref?: number;
  /** Sources that know the work but give no count, or do not know it. */
  readonly uncounted: ReadonlyArray<'openalex' | 'crossref'>;
  /** Sources that could not be asked; their earlier figures are kept. */
  readonly failures: FetchFailure[];
}

/** What `enrich --citations` did, and the lock it leaves. */
export interface CitationReport {
  /** Entries at least one source answered for (with or without a count). */
  readonly counted: CountedEntry[];
  /** Entries no source could be asked about (offline, rate limited, down). */
  readonly failed: CountedEntry[];
  /** Entries with neither a DOI nor an OpenAlex match: nothing to ask by. */
  readonly skipped: Array<{ readonly id: string; readonly title: string }>;
  readonly lock: LockFile;
}

/** The OpenAlex id in a matched entry's API address (`…/works/W2741809807`). */
function openalexWorkOf(url: string): string | undefined {
  return /\/works\/(W\d+)$/.exec(url)?.[1];
}

/**
 * Which entries can be counted and by what: the entry's own DOI, else the one `enrich` found for
 * it (same title), else the OpenAlex work it was matched with. Pure.
 */
export function countTargets(records: readonly SourceRecord[], lock: LockFile): { targets: CountTarget[]; skipped: CitationReport['skipped'] } {
  const targets: CountTarget[] = [];
  const skipped: CitationReport['skipped'] = [];
  for (const record of records) {
    const { id } = record.item;
    const title = plainTitle(record.item.title ?? '');
    const matched = lockedEntry(lock, id);
    const current = matched && sameTitle(record.item, matched) ? matched : undefined;
    const earlier = lockedCitations(lock, id);
    const doi = normalizeDoi(String(record.item.DOI ?? '')) ?? (current?.fields.DOI === undefined ? undefined : normalizeDoi(current.fields.DOI));
    const work =
      (current?.source === 'openalex' ? openalexWorkOf(current.url) : undefined) ??
      (earlier && sameTitle(record.item, earlier) && earlier.DOI === undefined ? earlier.openalex?.work : undefined);
    if (title === '' || (doi === undefined && work === undefined)) skipped.push({ id, title });
    else targets.push({ id, title, key: doi !== undefined ? { doi } : { work: work! } });
  }
  return { targets, skipped };
}

interface CitationOptions {
  /** Asked for every entry, in this order (OpenAlex's figure is the one shown). */
  readonly sources: readonly CountSource[];
  readonly lock: LockFile;
  /** YYYY-MM-DD, recorded with each figure. */
  readonly date: string;
  readonly onProgress?: (done: number, total: number, target: CountTarget) => void;
}

/** A failure after which a source is not asked again this run: it cannot be reached or still says 429. */
function isDown(failure: FetchFailure): boolean {
  return failure.kind === 'offline' || failure.kind === 'rate-limited' || failure.kind === 'timeout';
}

/**
 * Reads each entry's citation count from every source and records it, dated and with where it
 * was read, under `citations` in the lock. A source that fails keeps the entry's earlier figure;
 * one that answers without a count (or does not know the work) removes it. The lock passed in is
 * not changed: the report holds a new one.
 */
export async function refreshCitations(records: readonly SourceRecord[], options: CitationOptions): Promise<CitationReport> {
  const { targets, skipped } = countTargets(records, options.lock);
  const citations: Record<string, LockCitations> = { ...(options.lock.citations ?? {}) };
  const counted: CountedEntry[] = [];
  const failed: CountedEntry[] = [];
  const down = new Map<string, FetchFailure>();
  for (const [index, target] of targets.entries()) {
    options.onProgress?.(index, targets.length, target);
    const earlier = Object.hasOwn(citations, target.id) ? citations[target.id] : undefined;
    // Figures recorded for another title are another work's.
    const kept = earlier && plainTitle(earlier.title) === target.title ? earlier : undefined;
    const next: { -readonly [K in keyof LockCitations]: LockCitations[K] } = { title: target.title, ...(target.key.doi ? { DOI: target.key.doi } : {}) };
    const found: { openalex?: number; crossref?: number } = {};
    const uncounted: Array<'openalex' | 'crossref'> = [];
    const failures: FetchFailure[] = [];
    for (const source of options.sources) {
      const known = down.get(source.name);
      const answer = known ? { ok: false as const, failure: known } : await source.count(target.key);
      if (!answer.ok) {
        failures.push(answer.failure);
        if (isDown(answer.failure)) down.set(source.name, answer.failure);
        const before = kept?.[source.name];
        if (source.name === 'openalex' && kept?.openalex) next.openalex = kept.openalex;
        else if (source.name === 'crossref' && before) next.crossref = before;
        continue;
      }
      const value = answer.value;
      if (value?.count === undefined) {
        uncounted.push(source.name);
        continue;
      }
      found[source.name] = value.count;
      const figure = { count: value.count, url: value.url, retrieved: options.date };
      if (source.name === 'openalex' && value.work !== undefined) next.openalex = { ...figure, work: value.work };
      else if (source.name === 'crossref') next.crossref = figure;
    }
    if (next.openalex || next.crossref) citations[target.id] = next;
    else delete citations[target.id];
    const entry: CountedEntry = { id: target.id, title: target.title, ...found, uncounted, failures };
    (failures.length === options.sources.length ? failed : counted).push(entry);
  }
  const { citations: _citations, ...rest } = options.lock;
  const lock: LockFile = { ...rest, ...(Object.keys(citations).length > 0 ? { citations } : {}) };
  return { counted, failed, skipped, lock };
}
