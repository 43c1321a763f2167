import { InternalError } from '../model/errors.js';
import { plugins } from '@citation-js/core';
// The one module that registers the BibTeX plugin with citation-js and calls it. Its configuration
// stays at the defaults (no sentence-casing, not strict), so no other module depends on that state.
import '@citation-js/plugin-bibtex';
import type { CslItem } from '../model/record.js';

/** An entry as citation-js's `@biblatex/entries+list` input takes it (values still LaTeX). */
export interface CitationJsEntry {
  readonly type: string;
  readonly label: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Something given up to convert an entry: a field, or biblatex's crossref rules. */
export interface ConversionNote {
  readonly code: 'bibtex-field-dropped' | 'bibtex-crossref-fallback';
  readonly message: string;
}

/** A converted item plus what had to be given up to convert it. */
interface Conversion {
  readonly item: CslItem;
  readonly notes: ConversionNote[];
}

const NOT_INHERITED = new Set(['crossref', 'ids', 'key', 'label', 'shorthand']);
// Types whose entry is a whole book: its `booktitle` names the book itself, and neither BibTeX
// nor biblatex prints it, while citation-js would make it the container ("Title. In Title").
const BOOK_TYPES = new Set(['book', 'mvbook', 'collection', 'mvcollection', 'proceedings', 'mvproceedings', 'reference', 'mvreference']);

/** Whether an entry of this type (lower case) is a whole book rather than a part of one. */
export function isWholeBook(type: string): boolean {
  return BOOK_TYPES.has(type);
}

/** BibTeX's predefined macros as citation-js knows them: month names and classic journal names. */
export function predefinedMacros(): Readonly<Record<string, string>> {
  return plugins.config.get('@bibtex').constants.defaultStrings as Record<string, string>;
}

/**
 * Converts `chain[0]`, filled from its crossref parents `chain[1..]`. When citation-js fails, the
 * entry is retried without the fields it fails on, then with BibTeX's plain crossref inheritance,
 * so one bad name or parent costs a field rather than the entry; throws only when nothing helps.
 */
export function convertEntry(chain: readonly CitationJsEntry[]): Conversion {
  const [own, ...parents] = chain;
  if (own === undefined) throw new InternalError('convertEntry needs an entry');
  try {
    return { item: convert(chain), notes: [] };
  } catch (error) {
    const fields = Object.entries(own.properties).map(([field, value]) => ({ field, value, why: failure([{ ...own, properties: { [field]: value } }]) }));
    const dropped = fields
      .filter(({ why }) => why !== undefined)
      .map(
        ({ field, why }): ConversionNote => ({
          code: 'bibtex-field-dropped',
          message: `field '${field}' was left out: citation-js could not convert it (${why}); check its LaTeX`,
        }),
      );
    const repaired = { ...own, properties: Object.fromEntries(fields.filter(({ why }) => why === undefined).map(({ field, value }) => [field, value])) };
    if (dropped.length > 0 && failure([repaired, ...parents]) === undefined) return { item: convert([repaired, ...parents]), notes: dropped };
    const inherited = inheritPlainly(repaired, parents);
    if (parents.length > 0 && failure([inherited]) === undefined) {
      const message = `citation-js's crossref rules failed (${reason(error)}), so the parent's fields were copied as BibTeX does`;
      return { item: convert([inherited]), notes: [...dropped, { code: 'bibtex-crossref-fallback', message }] };
    }
    throw error;
  }
}

/**
 * BibTeX's own crossref: missing fields are copied from the parents and the parent's title becomes
 * the booktitle of an entry that is part of a book. A fallback for parents that citation-js's biblatex rules fail on (a @book without
 * an author as the parent of an @inbook).
 */
function inheritPlainly(own: CitationJsEntry, parents: readonly CitationJsEntry[]): CitationJsEntry {
  const properties: Record<string, string> = {};
  for (const parent of [...parents].reverse()) {
    for (const [field, value] of Object.entries(parent.properties)) {
      if (field === 'title') {
        if (!isWholeBook(own.type)) properties.booktitle = value;
      } else if (!NOT_INHERITED.has(field)) properties[field] = value;
    }
  }
  for (const [field, value] of Object.entries(own.properties)) if (field !== 'crossref') properties[field] = value;
  return { ...own, properties };
}

function convert(chain: readonly CitationJsEntry[]): CslItem {
  const items = plugins.input.chain(chain, { forceType: '@biblatex/entries+list', generateGraph: false, strict: true }) as CslItem[];
  const [item] = items;
  if (item === undefined) throw new Error('citation-js returned no item');
  return item;
}

/** Why converting `chain` fails, or undefined when it works. */
function failure(chain: readonly CitationJsEntry[]): string | undefined {
  try {
    convert(chain);
    return undefined;
  } catch (error) {
    return reason(error);
  }
}

/** An error's message on one line (citation-js's parser errors quote the input over several). */
export function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() ?? message;
}
