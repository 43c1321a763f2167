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
 * How a name matches what was typed, lower first: 0 the name itself, 1 its beginning, 2 the
 * beginning of one of its hyphenated parts ("sams" in "ain-sams"), 3 anywhere inside it, 4 not at all.
 * Words typed apart are read as one hyphenated name ("chicago author" is "chicago-author").
 */
export function matchRank(typed: string, name: string): number {
  const query = typed.trim().toLowerCase().split(/\s+/).join('-');
  const lower = name.toLowerCase();
  if (query === '' || !lower.includes(query)) return 4;
  if (lower === query) return 0;
  if (lower.startsWith(query)) return 1;
  return lower.includes(`-${query}`) ? 2 : 3;
}

/** How many candidates extend each name with a hyphenated part: chicago-author-date has -de, -fr, ... */
function variantCounts(candidates: readonly string[]): Map<string, number> {
  const names = new Set(candidates.map((c) => c.toLowerCase()));
  const counts = new Map<string, number>();
  for (const name of names) {
    for (let cut = name.lastIndexOf('-'); cut > 0; cut = name.lastIndexOf('-', cut - 1)) {
      const stem = name.slice(0, cut);
      if (names.has(stem)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The candidates closest to what the user typed, best first: the name itself, names that begin
 * with it, then those containing it, then those a few edits away from it, whole ("ieeee" -> "ieee")
 * or as a beginning ("nature-comms" -> "nature-communications"). Among names that match alike, the
 * stem of a family of variants comes first ("chicago" -> chicago-author-date, which has a 16th
 * edition, German and French variants, before chicago-figures, which has none): it is the style
 * the variants were made from. For a name among thousands (styles), where a short list is wanted.
 */
export function closeNames(typed: string, candidates: readonly string[], max = 5): string[] {
  const query = typed.trim().toLowerCase();
  if (query === '') return [];
  const limit = Math.max(1, Math.floor(query.length / 3));
  const scored: Array<[string, number]> = [];
  for (const name of candidates) {
    const rank = matchRank(query, name);
    if (rank < 4) {
      scored.push([name, rank - 4]);
      continue;
    }
    const lower = name.toLowerCase();
    const whole = editDistance(query, lower, { limit });
    const beginning = lower.length > query.length ? editDistance(query, lower.slice(0, query.length), { limit }) + 0.5 : Infinity;
    const score = Math.min(whole, beginning);
    if (score <= limit + 0.5) scored.push([name, score]);
  }
  const variants = variantCounts(scored.map(([name]) => name));
  const variantsOf = (name: string): number => variants.get(name.toLowerCase()) ?? 0;
  scored.sort((a, b) => a[1] - b[1] || variantsOf(b[0]) - variantsOf(a[0]) || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
  return scored.slice(0, max).map(([name]) => name);
}
