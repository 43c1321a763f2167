/**
 * Edit distance: insertions, deletions and substitutions, and with `transpositions` a swap of two
 * neighbours as one edit ("sectoins" -> "sections"). With a `limit` it may stop early: an answer
 * above the limit says only that the distance is above it.
 */
export function editDistance(a: string, b: string, { transpositions = false, limit = Infinity }: { transpositions?: boolean; limit?: number } = {}): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    // No cell of a later row is below this row's smallest (a swap reaches back two rows, but never below the row between).
    if (best > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The one candidate `word` was most likely meant as, when one is close enough to be a typo (about
 * one edit in three letters, swapped letters one edit, case ignored); undefined when none is.
 * For a misspelt key or value, where one answer is wanted.
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; d: number } | undefined;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase(), { transpositions: true });
    if (best === undefined || d < best.d) best = { candidate, d };
  }
  if (!best) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(word.length, best.candidate.length) / 3));
  return best.d <= allowed ? best.candidate : undefined;
}

/**
 * The candidates closest to what the user typed, best first: those containing it, then those a
 * few edits away from it, whole ("ieeee" -> "ieee") or as a beginning ("nature-comms" ->
 * "nature-communications"). For a name among thousands (styles), where a short list is wanted.
 */
export function closeNames(typed: string, candidates: readonly string[], max = 5): string[] {
  const query = typed.trim().toLowerCase();
  if (query === '') return [];
  const limit = Math.max(1, Math.floor(query.length / 3));
  const scored: Array<[string, number]> = [];
  for (const name of candidates) {
    const lower = name.toLowerCase();
    if (lower.includes(query)) {
      scored.push([name, 0]);
      continue;
    }
    const whole = editDistance(query, lower, { limit });
    const beginning = lower.length > query.length ? editDistance(query, lower.slice(0, query.length), { limit }) + 0.5 : Infinity;
    const score = Math.min(whole, beginning);
    if (score <= limit + 0.5) scored.push([name, score]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
  return scored.slice(0, max).map(([name]) => name);
}
