import { basename } from 'node:path';
import type { Diagnostic } from '../model/errors.js';
import type { LoadedLock } from './lock-entries.js';

const DAY_MS = 86_400_000;

/**
 * One note when the lock holds citation counts read more than `maxAgeDays` before `today`
 * (YYYY-MM-DD): counts only grow, so an old one undersells the work. Info, never an error. Pure.
 */
export function oldCitationCounts(loaded: LoadedLock, today: string, maxAgeDays: number): Diagnostic[] {
  const limit = Date.parse(`${today}T00:00:00Z`) - maxAgeDays * DAY_MS;
  const old = Object.entries(loaded.lock.citations ?? {}).flatMap(([id, counts]) =>
    [counts.openalex?.retrieved, counts.crossref?.retrieved]
      .filter((day): day is string => day !== undefined && Date.parse(`${day}T00:00:00Z`) < limit)
      .map((day) => ({ id, day })),
  );
  if (old.length === 0) return [];
  const ids = [...new Set(old.map((o) => o.id))];
  const oldest = old.map((o) => o.day).sort()[0];
  const shown = ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ');
  return [
    {
      severity: 'info',
      code: 'citations-old',
      message: `${ids.length === 1 ? '1 entry has citation counts' : `${ids.length} entries have citation counts`} older than ${maxAgeDays} days in ${basename(loaded.path)} (the oldest from ${oldest}): run pubcv enrich --citations (citations.max-age sets the age): ${shown}`,
      file: loaded.path,
      ...(ids.length === 1 ? { entry: ids[0]! } : {}),
    },
  ];
}
