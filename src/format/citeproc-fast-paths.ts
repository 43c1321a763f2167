import { createRequire } from 'node:module';

// Three of citeproc-js's hottest functions, profiled on a 1,000-entry CV, do work whose result
// is known without doing it: together about a third of the formatting time. Each replacement
// returns exactly what the original returns (test/format/citeproc-fast-paths.alone.test.ts
// compares them), falling back to the original whenever the shortcut does not apply.

interface CiteprocState {
  readonly tmp: { readonly lang_array?: readonly string[] };
}

interface OutputFormat {
  text_escape(this: unknown, text: string): string;
}

/** A piece of citeproc's output: `blobs` is its text until inline markup splits it. */
interface Blob {
  readonly blobs: unknown;
}

interface FlipFlopper {
  processTags(blob: Blob): void;
}

interface EngineState {
  getTerm(name: string): unknown;
}

interface Citeproc {
  toLocaleLowerCase(this: CiteprocState, text: string): string;
  toLocaleUpperCase(this: CiteprocState, text: string): string;
  SUPERSCRIPTS_REGEXP: RegExp;
  Output: { Formats: Record<string, OutputFormat> };
  Util: { FlipFlopper: new (state: EngineState) => FlipFlopper };
}

/**
 * Languages whose case mappings differ from Unicode's default ones (Turkish and Azeri dotted i,
 * Lithuanian dot above, Greek accents dropped in upper case). For every other language
 * `toLocaleLowerCase(langs)` equals `toLowerCase()`, which V8 does without asking ICU for a
 * locale: citeproc calls it for every word of every title and name.
 */
const SPECIAL_CASING = /^(tr|az|lt|el)(?:$|[-_])/i;

/**
 * Answers per locale list, with the length they were given for: citeproc makes one list per
 * entry (filled by push) and cases word after word against it.
 */
const specialCasing = new WeakMap<readonly string[], { readonly length: number; readonly special: boolean }>();

/** True when the locale list may pick a language with its own case mappings. */
function hasSpecialCasing(langs: readonly string[] | undefined): boolean {
  if (langs === undefined) return true;
  const known = specialCasing.get(langs);
  if (known !== undefined && known.length === langs.length) return known.special;
  const special = langs.some((lang) => SPECIAL_CASING.test(lang));
  specialCasing.set(langs, { length: langs.length, special });
  return special;
}

/**
 * citeproc's HTML `text_escape` runs five replacements over every piece of text it outputs;
 * most pieces contain nothing any of them would change. This test finds any text they would.
 */
function escapeNeeded(superscripts: RegExp): RegExp {
  return new RegExp(`[&<>]|\\s\\s|${superscripts.source}`);
}

/** The quote terms citeproc's inline-markup parser (FlipFlopper) adds to its tags. */
const QUOTE_TERMS = ['open-quote', 'close-quote', 'open-inner-quote', 'close-inner-quote'];

/**
 * Every character a tag of an engine's inline-markup parser can contain: each tag (`<i>`,
 * `</span>`, ` "`, `'`, the locale's quotes) has one of `<`, `"`, `'` or a quote term's
 * characters. The right single quote is there too: the parser reads one between two letters as
 * `'` first. Text with none of them holds no tag, and for such text `processTags` returns
 * without touching the blob.
 */
function tagCharacters(state: EngineState): RegExp {
  const quotes = QUOTE_TERMS.map((name) => {
    const term = state.getTerm(name);
    if (typeof term !== 'string') return '';
    // A quote term's spaces (French "« ") need not be looked for: its other characters are.
    return term.trim() === '' ? term : term.replace(/\s/gu, '');
  }).join('');
  const escaped = [...new Set(`<"'\u2019${quotes}`)].map((c) => `\\u{${c.codePointAt(0)?.toString(16)}}`).join('');
  return new RegExp(`[${escaped}]`, 'u');
}

const patched = new WeakSet<object>();

/** Installs the fast paths on the citeproc module citation-js uses; a second call does nothing. */
export function installCiteprocFastPaths(): void {
  const fromPlugin = createRequire(createRequire(import.meta.url).resolve('@citation-js/plugin-csl'));
  const CSL = fromPlugin('citeproc') as Citeproc;
  if (patched.has(CSL)) return;
  patched.add(CSL);

  const lower = CSL.toLocaleLowerCase;
  const upper = CSL.toLocaleUpperCase;
  CSL.toLocaleLowerCase = function (this: CiteprocState, text: string): string {
    return hasSpecialCasing(this.tmp.lang_array) ? lower.call(this, text) : text.toLowerCase();
  };
  CSL.toLocaleUpperCase = function (this: CiteprocState, text: string): string {
    return hasSpecialCasing(this.tmp.lang_array) ? upper.call(this, text) : text.toUpperCase();
  };

  // citeproc runs the parser over every string it outputs (each name part, word group, date
  // part), building regular expressions and splitting the text, to find no tag in almost all:
  // for the benchmark's 1,000 APA entries 51,590 of 53,590 calls, some 150 ms of CPU.
  const FlipFlopper = CSL.Util.FlipFlopper;
  // biome-ignore lint/complexity/useArrowFunction: citeproc calls it with `new`, which an arrow function refuses.
  CSL.Util.FlipFlopper = function (state: EngineState): FlipFlopper {
    const flipflopper = new FlipFlopper(state);
    const process = flipflopper.processTags;
    const mayHoldTags = tagCharacters(state);
    flipflopper.processTags = function (this: FlipFlopper, blob: Blob): void {
      if (typeof blob.blobs === 'string' && !mayHoldTags.test(blob.blobs)) return;
      process.call(this, blob);
    };
    return flipflopper;
  } as unknown as Citeproc['Util']['FlipFlopper'];

  const html = CSL.Output.Formats.html;
  if (!html) return;
  const escape = html.text_escape;
  const needed = escapeNeeded(CSL.SUPERSCRIPTS_REGEXP);
  html.text_escape = function (this: unknown, text: string): string {
    if (!text) return '';
    return needed.test(text) ? escape.call(this, text) : text;
  };
}
