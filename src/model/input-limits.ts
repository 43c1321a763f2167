/**
 * The sizes pubcv reads at most: past them an entry (or a file) is an input error, not hours of
 * work or a stack overflow. README "Limits" quotes these numbers; keep the two the same.
 */
export const INPUT_LIMITS = {
  /** Characters in one field (a title, an abstract), after @string macros are expanded. */
  fieldLength: 20_000,
  /** Characters in one list of names (author, editor): long author lists are real (341 in the corpus). */
  namesLength: 200_000,
  /** Levels of lists and objects inside one CSL-JSON or CSL-YAML item. */
  nesting: 16,
  /** Values (strings, numbers, lists, objects) in one CSL-JSON or CSL-YAML item. */
  values: 50_000,
  /** Levels of `{braces}` in one LaTeX value (BibTeX, plain lists), which the LaTeX reader recurses into. */
  braces: 100,
} as const;

/** Name variables, whose lists may be longer than other fields. */
const NAME_LIST =
  /^(?:author|editor|translator|contributor|container-author|collection-editor|editorial-director|original-author|reviewed-author|compiler|composer|director|guest|host|illustrator|interviewer|narrator|organizer|performer|producer|recipient|script-writer|series-creator|curator|chair|executive-producer|editor-translator)$/;

/** The longest `field` may be, in characters. */
export function maxFieldLength(field: string): number {
  return NAME_LIST.test(field) ? INPUT_LIMITS.namesLength : INPUT_LIMITS.fieldLength;
}

/** Characters written: "20,000". */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** What in one field's text (LaTeX, before it is read) exceeds the limits, or undefined. */
export function textLimitProblem(field: string, text: string): string | undefined {
  const max = maxFieldLength(field);
  if (text.length > max) return `'${field}' is longer than ${formatCount(max)} characters`;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === '{' && ++depth > INPUT_LIMITS.braces) return `'${field}' nests {braces} more than ${INPUT_LIMITS.braces} levels deep`;
    else if (char === '}' && depth > 0) depth -= 1;
  }
  return undefined;
}

/**
 * What in a parsed item exceeds the limits (nesting, cycles from YAML aliases, value count, text
 * length per field), or undefined. Walks with a stack of its own, so no depth of data overflows it.
 */
export function itemLimitProblem(item: Readonly<Record<string, unknown>>): string | undefined {
  let values = 0;
  for (const [field, top] of Object.entries(item)) {
    let length = 0;
    const max = maxFieldLength(field);
    const stack: Array<{ value: unknown; depth: number; ancestors: readonly object[] }> = [{ value: top, depth: 1, ancestors: [item] }];
    while (stack.length > 0) {
      const { value, depth, ancestors } = stack.pop() as (typeof stack)[number];
      values += 1;
      if (values > INPUT_LIMITS.values) return `it holds more than ${formatCount(INPUT_LIMITS.values)} values`;
      if (typeof value === 'string') {
        length += value.length;
        if (length > max) return `"${field}" is longer than ${formatCount(max)} characters`;
        continue;
      }
      if (typeof value !== 'object' || value === null) continue;
      if (ancestors.includes(value)) return `"${field}" contains itself (a YAML alias to an enclosing node)`;
      if (depth > INPUT_LIMITS.nesting) return `"${field}" is nested more than ${INPUT_LIMITS.nesting} levels deep`;
      const inner = [...ancestors, value];
      for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1, ancestors: inner });
    }
  }
  return undefined;
}
