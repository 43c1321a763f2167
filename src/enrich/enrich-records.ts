import type { SourceRecord } from '../model/record.js';
import { sameTitle } from './apply-lock.js';
import { redactSecrets } from './redact-secrets.js';
import { lockedFieldsOf, suggestionOf } from './locked-fields.js';
import type { LockFile, LockedFields, LockSuggestion } from './lock-file.js';
import { rankCandidates, type ScoredCandidate } from './score-candidates.js';
import { planLookups, type PlannedLookup, type SkippedEntry } from './plan-lookups.js';
import type { FetchFailure, SourceName, WorkSource } from './work-source.js';

interface FilledEntry {
  readonly id: string;
  readonly title: string;
  readonly source: SourceName;
  readonly url: string;
  readonly score: number;
  readonly fields: LockedFields;
}

interface SuggestedEntry {
  readonly id: string;
  readonly title: string;
  /** Best first; empty: no candidate came close. */
  readonly suggestions: LockSuggestion[];
  /** Sources that could not be asked; the entry is asked again next time when there are any. */
  readonly failures: FetchFailure[];
}

interface FailedEntry {
  readonly id: string;
  readonly title: string;
  /** One per source asked. */
  readonly failures: FetchFailure[];
}

/** What a run of `enrich` did, and the lock it leaves. */
export interface EnrichRecordsReport {
  readonly filled: FilledEntry[];
  readonly suggestions: SuggestedEntry[];
  readonly failed: FailedEntry[];
  readonly skipped: SkippedEntry[];
  readonly lock: LockFile;
}

export interface EnrichRecordsOptions {
  /** Asked in this order; the first confident match wins. */
  readonly sources: readonly WorkSource[];
  readonly lock: LockFile;
  /** YYYY-MM-DD, recorded as the date of retrieval. */
  readonly date: string;
  readonly refresh?: boolean;
  /** Called before each lookup, for a progress bar. */
  readonly onProgress?: (done: number, total: number, lookup: PlannedLookup) => void;
}

/** Timeouts in a row after which a source is not asked again in this run. */
const TIMEOUTS_IN_A_ROW = 2;

/**
 * Whether to stop asking a source for the rest of the run: it cannot be reached, still says 429
 * after the client's retries (asking again would be rude), or timed out on entry after entry
 * (every further entry would wait for it).
 */
function isDown(failure: FetchFailure, timeoutsInARow: number): boolean {
  return failure.kind === 'offline' || failure.kind === 'rate-limited' || (failure.kind === 'timeout' && timeoutsInARow >= TIMEOUTS_IN_A_ROW);
}

/** The best suggestions across sources, each work once (by DOI or title). */
function bestSuggestions(scored: readonly ScoredCandidate[]): LockSuggestion[] {
  const seen = new Set<string>();
  return [...scored]
    .sort((a, b) => b.score - a.score)
    .map(suggestionOf)
    .filter((s) => {
      const key = s.DOI?.toLowerCase() ?? `${s.source}:${s.title.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 3);
}

/**
 * Looks each planned entry up in the sources, in order, and stops at the first confident match.
 * All I/O goes through the sources; the lock passed in is not changed: the report holds a new one.
 */
export async function enrichRecords(records: readonly SourceRecord[], options: EnrichRecordsOptions): Promise<EnrichRecordsReport> {
  const plan = planLookups(records, options.lock, options.refresh);
  const entries = { ...options.lock.entries };
  const unmatchedRecords = { ...(options.lock.unmatched ?? {}) };
  const report: Omit<EnrichRecordsReport, 'lock'> = { filled: [], suggestions: [], failed: [], skipped: plan.skipped };
  const down = new Map<SourceName, FetchFailure>();
  const timeouts = new Map<SourceName, number>();
  for (const [index, lookup] of plan.lookups.entries()) {
    options.onProgress?.(index, plan.lookups.length, lookup);
    const { id, query } = lookup;
    // Fields found for an earlier title are another work's: they go, whatever this lookup finds.
    const earlier = Object.hasOwn(entries, id) ? entries[id] : undefined;
    if (earlier && !sameTitle(lookup.record.item, earlier)) delete entries[id];
    const failures: FetchFailure[] = [];
    const scored: ScoredCandidate[] = [];
    let accepted: ScoredCandidate | undefined;
    for (const source of options.sources) {
      const known = down.get(source.name);
      if (known) {
        failures.push(known);
        continue;
      }
      const found = await source.search(query);
      const timedOut = !found.ok && found.failure.kind === 'timeout';
      timeouts.set(source.name, timedOut ? (timeouts.get(source.name) ?? 0) + 1 : 0);
      if (!found.ok) {
        failures.push(found.failure);
        if (isDown(found.failure, timeouts.get(source.name) ?? 0)) down.set(source.name, found.failure);
        continue;
      }
      const ranking = rankCandidates(query, found.value);
      if (ranking.accepted) {
        accepted = ranking.accepted;
        break;
      }
      scored.push(...ranking.suggestions);
    }
    const answered = failures.length < options.sources.length;
    if (accepted) {
      const { candidate, score } = accepted;
      const fields = lockedFieldsOf(candidate.item);
      const url = redactSecrets(candidate.url);
      entries[id] = { title: query.title, fields, source: candidate.source, url, retrieved: options.date, score };
      delete unmatchedRecords[id];
      report.filled.push({ id, title: query.title, source: candidate.source, url, score, fields });
    } else if (answered) {
      const suggestions = bestSuggestions(scored);
      // Only a verdict from every source is final; otherwise the next run asks again.
      // A refresh that finds nothing certain keeps the earlier match.
      if (failures.length === 0 && !Object.hasOwn(entries, id)) unmatchedRecords[id] = { title: query.title, retrieved: options.date, suggestions };
      report.suggestions.push({ id, title: query.title, suggestions, failures });
    } else {
      report.failed.push({ id, title: query.title, failures });
    }
  }
  const { unmatched: _unmatched, ...kept } = options.lock;
  const lock: LockFile = { ...kept, entries, ...(Object.keys(unmatchedRecords).length > 0 ? { unmatched: unmatchedRecords } : {}) };
  return { ...report, lock };
}
