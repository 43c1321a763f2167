import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Endpoints } from '../enrich/api-endpoints.js';
import { enrichRecords, type EnrichRecordsReport } from '../enrich/enrich-records.js';
import { emptyLock, serializeLock } from '../enrich/lock-file.js';
import { LOCK_FILE_NAME } from '../enrich/lock-constants.js';
import { openCountSources, openNetwork, openSources, type NetworkSettings } from '../enrich/open-sources.js';
import { refreshCitations, type CitationReport, type CountTarget } from '../enrich/refresh-citations.js';
import { planLookups, type LookupPlan, type PlannedLookup } from '../enrich/plan-lookups.js';
import { readLockFile } from '../enrich/read-lock-file.js';
import { SOURCE_NAMES, type SourceName } from '../enrich/work-source.js';
import { writeInputs, type WrittenInput } from '../enrich/write-inputs.js';
import { writeAtomically } from '../files/write-atomically.js';
import type { InputText } from '../input/input-text.js';
import type { Diagnostic } from '../model/errors.js';
import { documentDate } from './build-files.js';
import { readInputs } from './read-inputs.js';

/** What one run of `enrich` looks up, where it records it, and how it reaches the APIs. */
export interface EnrichOptions {
  /** The bibliography files (never standard input: `write` rewrites them). */
  readonly inputs: readonly string[];
  /** The lock file read and written. Default: pubcv.lock.json beside the first input. */
  readonly lock?: string;
  /** The APIs asked, in this order; the first confident match wins. Default: all of SOURCE_NAMES, in that order. */
  readonly sources?: readonly SourceName[];
  /** User-Agent, contact, base URLs, timeout. */
  readonly network: NetworkSettings;
  /** Only plan: say what would be looked up, send nothing, write nothing. Default false. */
  readonly offline?: boolean;
  /** Look up again entries the lock already holds. Default false. */
  readonly refresh?: boolean;
  /** Also add the fields found to the inputs, each copied to `<file>.bak` first. Default false. */
  readonly write?: boolean;
  /** YYYY-MM-DD recorded as the date of retrieval; default from SOURCE_DATE_EPOCH, else today (UTC). */
  readonly date?: string;
  /** Called before each lookup, for a progress bar. */
  readonly onProgress?: (done: number, total: number, lookup: PlannedLookup) => void;
}

/** What every run of `enrich` reports: where the lock is, the APIs asked, and what reading the inputs found. */
interface EnrichRun {
  /** The lock file's path. */
  readonly lock: string;
  readonly apis: readonly SourceName[];
  /** The readers' diagnostics. */
  readonly diagnostics: Diagnostic[];
  /** The input texts as read, so a caller can quote the line a diagnostic points at. */
  readonly sources: readonly InputText[];
}

/** An `offline` run: what would be looked up, and where. */
export interface EnrichPlan extends EnrichRun {
  readonly offline: true;
  readonly plan: LookupPlan;
  readonly endpoints: Endpoints;
}

/** A run that asked the APIs: each entry filled, suggested, failed or skipped, and what was written. */
export interface EnrichReport extends EnrichRun, Omit<EnrichRecordsReport, 'lock'> {
  readonly offline: false;
  /** Whether the lock file was (re)written: false when nothing in it changed. */
  readonly lockWritten: boolean;
  /** With `write`: what was done to each input file. */
  readonly inputs?: WrittenInput[];
}

/**
 * Looks up what entries lack in the open scholarly APIs and records what it finds in the lock
 * file (written only when it changed); with `write`, adds it to the inputs too. A damaged lock
 * file throws a ConfigError (exit 1) before anything is asked.
 */
export async function enrich(options: EnrichOptions): Promise<EnrichPlan | EnrichReport> {
  const apis = [...(options.sources ?? SOURCE_NAMES)];
  const lockPath = options.lock ?? join(dirname(options.inputs[0] ?? '.'), LOCK_FILE_NAME);
  const read = await readInputs(options.inputs);
  const run = { lock: lockPath, apis, diagnostics: read.diagnostics, sources: read.sources };
  const loaded = await readLockFile(lockPath);
  const lock = loaded?.lock ?? emptyLock();
  const network = openNetwork(options.network);
  if (options.offline) return { ...run, offline: true, plan: planLookups(read.records, lock, options.refresh ?? false), endpoints: network.endpoints };

  const report = await enrichRecords(read.records, {
    sources: openSources(apis, network),
    lock,
    date: options.date ?? documentDate(),
    refresh: options.refresh ?? false,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const text = serializeLock(report.lock);
  const before = loaded ? await readFile(lockPath, 'utf8').catch(() => undefined) : undefined;
  // No lock file is created for a run that found nothing to record.
  const changed = text !== before && (loaded !== undefined || Object.keys(report.lock.entries).length + Object.keys(report.lock.unmatched ?? {}).length > 0);
  if (changed) await writeAtomically([{ path: lockPath, bytes: new TextEncoder().encode(text) }]);
  const written = options.write ? await writeInputs(read.records, report.lock, lockPath) : undefined;
  const { lock: _lock, ...outcome } = report;
  return { ...run, offline: false, ...outcome, lockWritten: changed, ...(written ? { inputs: written } : {}) };
}

/** What one run of `enrich --citations` counts, and where it records the counts. */
export type CitationCountOptions = Pick<EnrichOptions, 'inputs' | 'lock' | 'network' | 'date'> & {
  /** The count sources asked, OpenAlex's figure being the one shown; default both. */
  readonly sources?: ReadonlyArray<'openalex' | 'crossref'>;
  readonly onProgress?: (done: number, total: number, target: CountTarget) => void;
};

/** What `enrich --citations` counted, failed to count and skipped, and whether the lock was rewritten. */
export interface CitationCountReport extends EnrichRun, Omit<CitationReport, 'lock'> {
  readonly lockWritten: boolean;
}

/**
 * `pubcv enrich --citations`: reads each entry's citation count from OpenAlex and Crossref (by
 * its DOI, or the OpenAlex work its lookup matched) into the lock's `citations`, dated. Nothing
 * else is looked up; the lock is written only when it changed.
 */
export async function enrichCitations(options: CitationCountOptions): Promise<CitationCountReport> {
  const apis = [...(options.sources ?? (['openalex', 'crossref'] as const))];
  const lockPath = options.lock ?? join(dirname(options.inputs[0] ?? '.'), LOCK_FILE_NAME);
  const read = await readInputs(options.inputs);
  const loaded = await readLockFile(lockPath);
  const network = openNetwork(options.network);
  const report = await refreshCitations(read.records, {
    sources: openCountSources(apis, network),
    lock: loaded?.lock ?? emptyLock(),
    date: options.date ?? documentDate(),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const text = serializeLock(report.lock);
  const before = loaded ? await readFile(lockPath, 'utf8').catch(() => undefined) : undefined;
  const changed = text !== before && (loaded !== undefined || Object.keys(report.lock.citations ?? {}).length > 0);
  if (changed) await writeAtomically([{ path: lockPath, bytes: new TextEncoder().encode(text) }]);
  const { lock: _lock, ...outcome } = report;
  return { lock: lockPath, apis, diagnostics: read.diagnostics, sources: read.sources, ...outcome, lockWritten: changed };
}
