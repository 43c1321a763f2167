import type { CslItem } from '../model/record.js';
import { MAX_KEPT_ENTRIES, StringMemo } from '../text/string-memo.js';
import type { ConversionNote } from './bibtex-convert.js';

/** What converting one BibTeX entry gave, apart from where it stands in its file. */
export interface Conversion {
  readonly item: CslItem;
  readonly notes: readonly ConversionNote[];
  readonly unmarkedNames: boolean;
}

/** A conversion as kept: the item as JSON, which each use parses into a copy of its own. */
interface KeptConversion {
  readonly json: string;
  readonly notes: readonly ConversionNote[];
  readonly unmarkedNames: boolean;
}

/**
 * BibTeX entries' conversions kept from one build to the next in a process that stays (`--watch`,
 * a library's second `build()`): an edit changes one entry, and citation-js would otherwise
 * convert all of them again. The caller's key holds everything a conversion depends on (the
 * entry's and its parents' fields as scanned, macros expanded); positions are not in it, so the
 * caller attaches them afresh. Each use gets its own copy, since later stages change items in
 * place: items are JSON (CSL-JSON, as citation-js makes them), so the copy is parsed from the JSON
 * the caller checked for placeholders anyway, which costs less than structuredClone both ways.
 * Kept like any StringMemo: two generations of at most MAX_KEPT_ENTRIES.
 */
export class KeptConversions {
  private readonly kept = new StringMemo<KeptConversion>(MAX_KEPT_ENTRIES);

  /** A copy of the conversion kept under `key`, if any. */
  take(key: string): Conversion | undefined {
    const kept = this.kept.find(key);
    return kept === undefined ? undefined : { item: JSON.parse(kept.json) as CslItem, notes: [...kept.notes], unmarkedNames: kept.unmarkedNames };
  }

  /**
   * Keeps `conversion` under `key`, its item as `itemJson` (JSON.stringify of it), so that the
   * caller may go on changing its own item.
   */
  keep(key: string, conversion: Conversion, itemJson: string): void {
    this.kept.add(key, { json: itemJson, notes: [...conversion.notes], unmarkedNames: conversion.unmarkedNames });
  }
}
