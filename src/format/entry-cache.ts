import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CslItem } from '../model/record.js';
import { writeAtomically } from '../files/write-atomically.js';
import { CITEPROC_VERSION } from './csl-engine.js';
import type { CslStyle } from './csl-style.js';
import { stripMarkup } from '../text/strip-markup.js';

/** The cache folder, inside the output folder. */
export const CACHE_DIR = '.pubcv-cache';
export const CACHE_FILE = 'entries.json';
/** Bumped whenever what is stored changes meaning; older files are then ignored. */
const CACHE_FORMAT = 1;
/** Entries kept beyond those the last build used, so switching between two lists stays fast. */
const SPARE_ENTRIES = 5000;

const PUBCV_VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

interface CacheFile {
  readonly format: number;
  readonly entries: Record<string, string>;
}

/**
 * Style trees hash once per process: APA's is some 80 kB of JSON. A tree is hashed as it
 * serializes, without sorting its keys: pubcv builds every tree itself (the CSL parser, then the
 * CV-mode copy) with the same key order, so the same style serializes the same, and a tree that
 * did not would only be a miss. Sorting the keys cost some 30 ms of CPU per build, ten times the hash.
 */
const styleHashes = new WeakMap<object, string>();

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What, besides the item, decides how an entry is formatted. */
interface FormatContext {
  readonly style: CslStyle;
  readonly lang: string | undefined;
}

/**
 * Formatted entries (citeproc's HTML) by a hash of everything that decides them: the item, the
 * style as formatted (after CV-mode changes), the locale, and the pubcv and citeproc versions.
 * Any change to one of them is a different key, so a stale entry is never found, only left over.
 */
export class EntryCache {
  private readonly entries: Map<string, string>;
  private readonly used = new Map<string, string>();
  private added = 0;

  private constructor(
    private readonly dir: string | undefined,
    entries: Map<string, string>,
  ) {
    this.entries = entries;
  }

  /** A cache that starts empty and is never saved (`--no-cache`, tests). */
  static inMemory(): EntryCache {
    return new EntryCache(undefined, new Map());
  }

  /**
   * The cache stored in `dir`; a missing, unreadable or corrupt file gives an empty cache. A `dir`
   * that is a symbolic link (or not a folder) gives a cache that is never saved: the cache lives in
   * the output folder and must not lead a build to write anywhere else.
   */
  static async load(dir: string): Promise<EntryCache> {
    const found = await lstat(dir).catch(() => undefined);
    if (found !== undefined && !found.isDirectory()) return EntryCache.inMemory();
    const text = await readFile(join(dir, CACHE_FILE), 'utf8').catch(() => undefined);
    return new EntryCache(dir, parseCacheFile(text));
  }

  /** The key prefix shared by every entry formatted in `context`. */
  static contextKey(context: FormatContext): string {
    let styleHash = styleHashes.get(context.style.root);
    if (styleHash === undefined) styleHashes.set(context.style.root, (styleHash = sha256(JSON.stringify(context.style.root))));
    return sha256(JSON.stringify([CACHE_FORMAT, PUBCV_VERSION, CITEPROC_VERSION, context.lang ?? '', styleHash]));
  }

  /**
   * The key of one item formatted in the context `contextKey` names. The item is hashed as
   * serialized: the same input read the same way gives the same key order, and an item that
   * happens to serialize differently is only a miss, never a wrong hit.
   */
  static itemKey(contextKey: string, item: CslItem): string {
    return sha256(`${contextKey}\n${JSON.stringify(item)}`);
  }

  /** The stored HTML for `key`, remembered as used by this build. */
  get(key: string): string | undefined {
    const html = this.entries.get(key);
    if (html !== undefined) this.used.set(key, html);
    return html;
  }

  /** Stores a freshly formatted entry. */
  set(key: string, html: string): void {
    this.entries.set(key, html);
    this.used.set(key, html);
    this.added += 1;
  }

  /**
   * Writes the entries this build used (and a bounded number of others) back to disk, through
   * an exclusively created temporary file so a build killed midway never leaves a half-written
   * cache. Writes nothing when nothing was added and nothing needs dropping.
   */
  async save(): Promise<void> {
    if (this.dir === undefined) return;
    const kept = new Map(this.used);
    for (const [key, html] of this.entries) {
      if (kept.size >= this.used.size + SPARE_ENTRIES) break;
      kept.set(key, html);
    }
    if (this.added === 0 && kept.size === this.entries.size) return;
    const file: CacheFile = { format: CACHE_FORMAT, entries: Object.fromEntries(kept) };
    // Not recursive: the output folder exists, and a link planted in place of the cache folder
    // since load() makes mkdir fail rather than lead the write elsewhere.
    await mkdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    if (!(await lstat(this.dir)).isDirectory()) return;
    await writeAtomically([{ path: join(this.dir, CACHE_FILE), bytes: JSON.stringify(file) }]);
  }
}

/** The entries of a cache file's text; anything unexpected means an empty cache. */
/** True for a stored entry worth using: HTML with some text (an edited or damaged file's blank one would print a blank entry). */
function isCachedEntry(html: unknown): html is string {
  return typeof html === 'string' && stripMarkup(html).trim() !== '';
}

function parseCacheFile(text: string | undefined): Map<string, string> {
  if (text === undefined) return new Map();
  try {
    const parsed = JSON.parse(text) as Partial<CacheFile> | null;
    if (!parsed || parsed.format !== CACHE_FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null) return new Map();
    return new Map(Object.entries(parsed.entries).filter((e): e is [string, string] => isCachedEntry(e[1])));
  } catch {
    return new Map();
  }
}
