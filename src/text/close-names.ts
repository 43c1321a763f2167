/** Edit distance between two strings (insertions, deletions, substitutions), stopping past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The candidates closest to what the user typed, best first: those containing it, then those a
 * few edits away from it, whole ("ieeee" -> "ieee") or as a beginning ("nature-comms" ->
 * "nature-communications").
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
    const whole = editDistance(query, lower, limit);
    const beginning = lower.length > query.length ? editDistance(query, lower.slice(0, query.length), limit) + 0.5 : Infinity;
    const score = Math.min(whole, beginning);
    if (score <= limit + 0.5) scored.push([name, score]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
  return scored.slice(0, max).map(([name]) => name);
}
