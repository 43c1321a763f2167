import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CslItem, CslName } from '../../src/model/record.js';

/** One field of one item compared with a peer's expected value. */
export interface Comparison {
  readonly fixture: string;
  readonly item: string;
  readonly field: string;
  readonly expected: string;
  readonly actual: string;
  /** Both sides' item types ("ours/theirs"), where a comparison depends on them. */
  readonly types?: string;
}

/** Agreement per field: how many comparisons matched of how many were made. */
export function agreement(comparisons: readonly Comparison[]): Map<string, { same: number; total: number }> {
  const byField = new Map<string, { same: number; total: number }>();
  for (const c of comparisons) {
    const counts = byField.get(c.field) ?? { same: 0, total: 0 };
    counts.total += 1;
    if (c.expected === c.actual) counts.same += 1;
    byField.set(c.field, counts);
  }
  return byField;
}

/** `title 97/100 (97.0 %)` lines, and the overall rate. */
export function describeAgreement(comparisons: readonly Comparison[]): { lines: string[]; rate: number } {
  const lines = [...agreement(comparisons)].map(
    ([field, { same, total }]) => `  ${field.padEnd(16)} ${same}/${total} (${((100 * same) / total).toFixed(1)} %)`,
  );
  const same = comparisons.filter((c) => c.expected === c.actual).length;
  return { lines, rate: comparisons.length === 0 ? 0 : same / comparisons.length };
}

/** Text compared without markup, nocase spans, case, accents' encoding or spacing differences. */
export function plain(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .replace(/<[^>]*>/g, '')
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A name for comparison: `J.W.` and `J. W.` alike (pubcv spaces initials on purpose, see NOTES.md). */
export function plainName(name: string | undefined): string {
  return plain(name).replace(/\.\s+(?=\p{L})/gu, '.');
}

/** "family, given" of a CSL name, particles and suffix included, for comparison. */
export function cslNameText(name: CslName): string {
  if (name.literal !== undefined) return plainName(name.literal);
  const family = [name['dropping-particle'], name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  // Zotero keeps a suffix in the first name after a comma ("Michael, III").
  const given = [name.given, name.suffix].filter(Boolean).join(', ');
  return plainName(given === '' ? family : `${family}, ${given}`);
}

/** The year of an item's issued date, or of a free date text. */
export function yearOf(date: unknown): string {
  if (typeof date === 'string') return /-?\d{4}/.exec(date)?.[0] ?? '';
  const issued = date as CslItem['issued'];
  const first = issued?.['date-parts']?.[0]?.[0];
  return first !== undefined ? String(first) : (/\d{4}/.exec(issued?.literal ?? issued?.raw ?? '')?.[0] ?? '');
}

/** A citation-js test case: a BibTeX text and the CSL items it should give. */
export interface CitationJsCase {
  readonly name: string;
  readonly text: string;
  readonly expected: CslItem[];
}

/** citation-js's BibTeX cases (`@biblatex/text`), with their inputs read from input/. */
export function citationJsCases(dir: string): CitationJsCase[] {
  const cases = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')) as Record<string, Record<string, [string | null, CslItem[]]>>;
  return Object.entries(cases['@biblatex/text'] ?? {}).map(([name, [input, expected]]) => ({
    name,
    text: input ?? readFileSync(join(dir, 'input', `${name.replace(/^with /, '')}.bib`), 'utf8'),
    expected,
  }));
}

/** A Better BibTeX import fixture: the .bib and the items Zotero should get from it. */
export interface BetterBibtexCase {
  readonly name: string;
  readonly text: string;
  readonly items: Array<{
    itemType?: string;
    citationKey?: string;
    title?: string;
    date?: string;
    creators?: Array<{ creatorType: string; firstName?: string; lastName?: string; name?: string }>;
    publicationTitle?: string;
    bookTitle?: string;
    proceedingsTitle?: string;
    DOI?: string;
    volume?: string;
    pages?: string;
  }>;
}

/** Every Better BibTeX import fixture pair in `dir`. */
export function betterBibtexCases(dir: string): BetterBibtexCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.bib'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.bib'.length);
      const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as { items: BetterBibtexCase['items'] };
      return { name, text: readFileSync(join(dir, file), 'utf8'), items: expected.items };
    });
}
