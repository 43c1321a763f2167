import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readBibtex } from '../../src/input/read-bibtex.js';
import type { CslItem, CslName } from '../../src/input/record.js';
import { normalizeRecords } from '../../src/normalize/normalize-records.js';
import { betterBibtexCases, citationJsCases, cslNameText, describeAgreement, plain, plainName, yearOf, type Comparison } from '../helpers/peer-fixtures.js';

// Two peer projects' BibTeX fixtures with their expected output. We differ on purpose in places
// (sentence case, von parts, names we parse ourselves; see test/NOTES.md), so the test prints the
// agreement and only asserts it does not fall below what was measured when these tests were written.

const PEERS = fileURLToPath(new URL('../../../shared/corpus/peer-tests/', import.meta.url));
const CITATION_JS = `${PEERS}citation-js-plugin-bibtex`;
const BETTER_BIBTEX = `${PEERS}zotero-better-bibtex-import`;
const IGNORED = new Set(['id', 'citation-key', '_graph']);

/** Read and normalized one by one: merging duplicates would hide items the peers expect. */
function read(text: string, file: string): CslItem[] {
  const result = readBibtex(text, file);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  assert.equal(result.records.length + errors, result.entryCount, file);
  return result.records.flatMap((record) => normalizeRecords([record]).value).map((record) => ({ ...record.item, id: record.source.key ?? record.item.id }));
}

/** Our item for an expected one: by key, else (peers re-key entries without one) by title. */
function finder(items: readonly CslItem[]): (key: string, title: unknown) => CslItem | undefined {
  const byKey = new Map(items.map((item) => [item.id, item]));
  return (key, title) => byKey.get(key) ?? items.find((item) => title !== undefined && plain(item.title) === plain(title));
}

/** A CSL value as comparable text: names as "family, given" lists, dates as JSON, text in plain(). */
function comparable(value: unknown): string {
  if (Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) {
    return (value as CslName[]).map(cslNameText).join('; ');
  }
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return plain(String(value));
}

function report(label: string, comparisons: readonly Comparison[]): number {
  const { lines, rate } = describeAgreement(comparisons);
  console.log(`${label}: ${(100 * rate).toFixed(1)} % of ${comparisons.length} fields agree\n${lines.join('\n')}`);
  // PUBCV_SHOW_DIFFS=1 lists every disagreement, for reviewing test/NOTES.md.
  if (process.env.PUBCV_SHOW_DIFFS) {
    for (const c of comparisons.filter((c) => c.expected !== c.actual)) console.log(`  [${c.fixture}] ${c.item} ${c.field}\n    want ${c.expected}\n    got  ${c.actual}`);
  }
  return rate;
}

describe('agreement with peer fixtures', { skip: !existsSync(PEERS) && 'peer fixtures not found' }, () => {
  it("agrees with citation-js's expected CSL-JSON", () => {
    const comparisons: Comparison[] = [];
    for (const { name, text, expected } of citationJsCases(CITATION_JS)) {
      const find = finder(read(text, name));
      for (const item of expected) {
        const ours = find(String(item['citation-key'] ?? item.id), item.title);
        for (const [field, value] of Object.entries(item)) {
          if (IGNORED.has(field)) continue;
          comparisons.push({ fixture: name, item: item.id, field, expected: comparable(value), actual: ours === undefined ? '(missing)' : comparable(ours[field]) });
        }
      }
    }
    const rate = report('citation-js fixtures', comparisons);
    assert.ok(rate >= 0.96, `agreement fell to ${(100 * rate).toFixed(1)} %`);
  });

  it("agrees with Better BibTeX's expected titles, authors and years, and reads all 77 inputs", () => {
    const comparisons: Comparison[] = [];
    for (const { name, text, items } of betterBibtexCases(BETTER_BIBTEX)) {
      const find = finder(read(text, name));
      for (const expected of items) {
        if (expected.citationKey === undefined) continue;
        const ours = find(expected.citationKey, expected.title);
        const push = (field: string, want: string, got: string | undefined) => comparisons.push({ fixture: name, item: expected.citationKey ?? '', field, expected: want, actual: ours === undefined ? '(missing)' : (got ?? '') });
        if (expected.title !== undefined) push('title', plain(expected.title), plain(ours?.title));
        const authors = (expected.creators ?? []).filter((c) => c.creatorType === 'author');
        if (authors.length > 0) {
          const want = authors.map((c) => plainName(c.name ?? (c.firstName ? `${c.lastName}, ${c.firstName}` : c.lastName))).join('; ');
          push('author', want, (ours?.author ?? []).map(cslNameText).join('; '));
        }
        if (yearOf(expected.date) !== '') push('year', yearOf(expected.date), yearOf(ours?.issued));
      }
    }
    const rate = report('Better BibTeX fixtures', comparisons);
    assert.ok(rate >= 0.97, `agreement fell to ${(100 * rate).toFixed(1)} %`);
  });
});
