import type { Diagnostic } from '../model/errors.js';
import type { EntryBlock, Run } from '../model/index.js';
import { MAX_KEPT_ENTRIES, StringMemo } from '../text/string-memo.js';

/** What an entry template made of one entry: its runs, badge and blocks, and what it warned of. */
export interface TemplatedEntry {
  readonly runs: Run[];
  readonly badge?: string;
  readonly blocks?: EntryBlock[];
  readonly diagnostics: readonly Diagnostic[];
}

interface Kept {
  readonly context: string;
  readonly memo: StringMemo<TemplatedEntry>;
}

let kept: Kept | undefined;

/**
 * Entry templates' results kept from one build to the next in a process that stays (`--watch`, a
 * library's second `build()`): an edit changes one entry, and Handlebars and the markup parser
 * would otherwise run again over every one (some 90 ms of a 300-entry rebuild). `context` holds
 * everything every entry's result depends on (the template's path and text, the settings the
 * view reads, the catalogue); `key` what one entry's does (its runs, label, record, section). A
 * new context drops what was kept. Results are never changed after they are made (later stages
 * copy what they change), so a build may hand on the kept objects themselves. A document of more
 * than MAX_KEPT_ENTRIES keeps nothing.
 */
export function templatedOnce(context: string, entries: number, key: string, make: () => TemplatedEntry): TemplatedEntry {
  if (entries > MAX_KEPT_ENTRIES) return make();
  if (kept?.context !== context) kept = { context, memo: new StringMemo(MAX_KEPT_ENTRIES) };
  return kept.memo.get(key, make);
}
