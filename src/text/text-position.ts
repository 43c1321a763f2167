/** A 1-based line and column, as editors show them. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Returns a function from string offsets to line and column; line starts are found once. */
export function positionFinder(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}
