/**
 * Documents with more entries than this keep nothing from one build to the next (no memo, no
 * writer pieces: see render/render-cache.ts): what they would keep is tens of MB at 5,000 entries,
 * which a build that long cannot spare (its peak is some 290 MB), for an edit loop slow anyway.
 */
export const MAX_KEPT_ENTRIES = 2000;

/**
 * Results of a pure function of a string, kept for the strings seen lately: a `--watch` rebuild
 * (or a library's second `build()`) asks again for nearly everything the build before asked for,
 * and a long list asks for the same names many times. At most twice `limit` results are kept:
 * when this generation's reach `limit`, the generation before is dropped and this one becomes it,
 * so what a build no longer asks for goes within a build or two.
 */
export class StringMemo<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The result for `key`: kept, or made by `compute` (which must give the same for the same key). */
  get(key: string, compute: () => V): V {
    if (this.current.has(key)) return this.current.get(key) as V;
    const value = this.previous.has(key) ? (this.previous.get(key) as V) : compute();
    this.add(key, value);
    return value;
  }

  /** The result kept for `key`, or undefined: for a caller that decides afterwards whether to keep what it makes. */
  find(key: string): V | undefined {
    if (this.current.has(key)) return this.current.get(key);
    if (!this.previous.has(key)) return undefined;
    const value = this.previous.get(key) as V;
    this.add(key, value);
    return value;
  }

  /** Keeps `value` as the result for `key`. */
  add(key: string, value: V): void {
    this.current.set(key, value);
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
  }
}
