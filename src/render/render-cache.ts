import { MAX_KEPT_ENTRIES } from '../text/string-memo.js';

/**
 * What a writer made of each entry in its last render, for the next render to reuse, by a key
 * that holds everything the entry's piece depends on. A `--watch` rebuild (or a library's second
 * `build()`) renders a document that differs from the last by an entry or two, so only those are
 * made again. A writer's thread keeps its last render's pieces and nothing older: an edited
 * entry's old piece is dropped with the render after the edit.
 */
export class KeptPieces<V> {
  private kept: { readonly context: string; readonly pieces: ReadonlyMap<string, V> } | undefined;

  /**
   * The pieces of a render of a document with `entries` entries, in `context` (what every piece
   * depends on besides its entry: the highlight, the layout): the last render's when its context
   * was the same. Undefined, and nothing kept, for a document of more than MAX_KEPT_ENTRIES.
   */
  begin(context: string, entries: number): RenderPieces<V> | undefined {
    const previous = this.kept?.context === context ? this.kept.pieces : new Map<string, V>();
    this.kept = undefined;
    if (entries > MAX_KEPT_ENTRIES) return undefined;
    return new RenderPieces(previous, (pieces) => {
      this.kept = { context, pieces };
    });
  }
}

/** The pieces one render finds and makes; `keep` hands them on to the next render. */
export class RenderPieces<V> {
  private readonly current = new Map<string, V>();

  constructor(
    private readonly previous: ReadonlyMap<string, V>,
    private readonly onKeep: (pieces: ReadonlyMap<string, V>) => void,
  ) {}

  get(key: string): V | undefined {
    const found = this.current.get(key) ?? this.previous.get(key);
    if (found !== undefined) this.current.set(key, found);
    return found;
  }

  set(key: string, piece: V): void {
    this.current.set(key, piece);
  }

  /** Called once the render has succeeded: its pieces, and only they, are kept for the next. */
  keep(): void {
    this.onKeep(this.current);
  }
}
