/** "1 entry", "3 entries": a count with its English noun, for the CLI's summary lines. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
