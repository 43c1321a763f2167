/** How a bibliography cuts long name lists (CSL's et-al options). */
export interface EtAlRule {
  /** Lists of at least this many names are cut. */
  readonly min: number;
  /** Names shown before the cut. */
  readonly useFirst: number;
  /** After the cut, an ellipsis and the last name instead of "et al." (APA 7). */
  readonly useLast: boolean;
}

/** Where the shortened list leaves names out: drawn as "…". */
export const GAP = 'gap';

/**
 * How one name list is shortened so that the owner stays visible: the original indices to keep
 * (with GAP where names are left out), and the et-al rule citeproc must then apply to that list
 * (undefined: print it whole). citeproc still writes "et al." or APA's ". . . Last" itself, in
 * the style's punctuation and locale.
 */
export interface CutPlan {
  readonly keep: ReadonlyArray<number | typeof GAP>;
  readonly rule: EtAlRule | undefined;
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** Indices in order, with GAP wherever consecutive ones skip names. */
function withGaps(indices: readonly number[]): Array<number | typeof GAP> {
  const out: Array<number | typeof GAP> = [];
  indices.forEach((index, i) => {
    const previous = indices[i - 1];
    if (previous !== undefined && index - previous > 1) out.push(GAP);
    out.push(index);
  });
  return out;
}

/**
 * Plans the cut of a list of `count` names, the owner at `owners` (indices), under the style's
 * rule. A list the rule leaves alone, or whose owner is among the names the rule shows, is cut
 * by the rule as the style would. Otherwise the list shows the rule's first names, "…", the
 * owner, then "et al." when names follow ("A, B, C, …, Owner, et al."); with APA's use-last
 * form, the ellipsis and last name come after the owner ("A, … S, …, Owner, . . . Z").
 */
export function planCut(count: number, owners: readonly number[], rule: EtAlRule | undefined): CutPlan {
  const all = range(0, count);
  if (!rule || count < rule.min) return { keep: all, rule };
  const last = count - 1;
  const hidden = owners.filter((i) => i >= rule.useFirst && !(rule.useLast && i === last));
  if (hidden.length === 0) return { keep: all, rule };

  const shown = [...new Set([...range(0, rule.useFirst), ...owners])].sort((a, b) => a - b);
  const lastShown = shown[shown.length - 1] ?? 0;
  const head = withGaps(shown);
  if (rule.useLast) {
    // citeproc writes ". . . Last" when the list is exactly two longer than the names shown.
    if (lastShown >= last - 1) return { keep: withGaps([...shown, last]), rule: undefined };
    return { keep: [...head, lastShown + 1, last], rule: { min: head.length + 2, useFirst: head.length, useLast: true } };
  }
  // One name after the owner is enough for citeproc to write "et al." in the style's own way.
  if (lastShown === last) return { keep: head, rule: undefined };
  return { keep: [...head, lastShown + 1], rule: { min: head.length + 1, useFirst: head.length, useLast: false } };
}
