import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledStyle } from '../../src/format/csl-style.js';
import { cvModeStyle } from '../../src/format/cv-mode-style.js';
import { formatEntries } from '../../src/format/format-entries.js';
import { renderEntriesInParallel } from '../../src/format/render-parallel.js';
import type { CslItem } from '../../src/model/record.js';
import { plainText } from '../../src/model/index.js';
import { buildDocument } from '../../src/api/pipeline.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';

const good = (id: string): CslItem => ({
  id,
  type: 'book',
  title: `Book ${id}`,
  author: [{ family: 'Doe', given: 'Jane' }],
  issued: { 'date-parts': [[2019]] },
});
// A given name that is a number makes citeproc-js throw while it formats the names.
const throwing: CslItem = { id: 'bad', type: 'book', title: 'Bad', author: [{ family: 'Doe', given: 5 as unknown as string }] };

describe('an entry citeproc throws on', () => {
  it('is left out with a format-failed error; the entries around it are formatted as they would be alone', () => {
    const style = bundledStyle('apa')!;
    const alone = formatEntries([good('b')], style).value[0]!;
    const result = formatEntries([good('a'), throwing, good('b')], style);
    assert.deepEqual(
      result.value.map((e) => e.id),
      ['a', 'b'],
    );
    assert.deepEqual(result.value[1]!.runs, alone.runs);
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.entry]),
      [['format-failed', 'bad']],
    );
  });

  it('is left out of a style whose entries are formatted together (year suffixes), the others still formatted', () => {
    const result = formatEntries([good('a'), throwing, good('b')], bundledStyle('apa')!, { yearSuffix: true });
    assert.deepEqual(
      result.value.map((e) => e.id),
      ['a', 'b'],
    );
    assert.match(plainText(result.value[0]!.runs), /2019a/);
    assert.deepEqual(
      result.diagnostics.map((d) => d.code),
      ['format-failed'],
    );
  });
});

describe('an entry citeproc throws on in a formatting thread', () => {
  it('comes back as its reason, the entries around it as HTML', async () => {
    const items = [...Array.from({ length: 20 }, (_, i) => good(`g${i}`)), { ...throwing, id: 'bad' }, good('last')];
    const htmls = await renderEntriesInParallel(items, cvModeStyle(bundledStyle('apa')!), undefined, 2, 5);
    assert.deepEqual(
      htmls.map((html) => typeof html),
      [...Array.from({ length: 20 }, () => 'string'), 'object', 'string'],
    );
    assert.match(String(htmls[21]), /Book last/);
  });
});

describe('date ranges', () => {
  const bib = [
    '@book{good, author = {Doe, Jane}, title = {Good}, publisher = {P}, year = {2019}}',
    '@book{closed, author = {Doe, Jane}, title = {Closed}, publisher = {P}, date = {2020-05/2021}}',
    '@book{open, author = {Doe, Jane}, title = {Open}, publisher = {P}, date = {2015/}}',
    '@book{dots, author = {Doe, Jane}, title = {Dots}, publisher = {P}, date = {2020/..}}',
  ].join('\n');
  const json = JSON.stringify([
    {
      id: 'may',
      type: 'book',
      title: 'May',
      publisher: 'P',
      author: [{ family: 'Doe', given: 'Jane' }],
      issued: {
        'date-parts': [
          [2020, 5, 1],
          [2020, 5],
        ],
      },
    },
  ]);

  it('render as ranges and open ranges in a build, from BibLaTeX and CSL-JSON', async () => {
    const result = await buildDocument(
      [
        { path: 'refs.bib', text: bib },
        { path: 'refs.json', text: json },
      ],
      { ...resolveSettings(), style: bundledStyle('apa')!, date: '2026-01-01', names: ['Doe, Jane'] },
    );
    const texts = result.document!.sections.flatMap((s) => s.entries.map((e) => plainText(e.runs)));
    assert.deepEqual(result.entries, { read: 5, rendered: 5, skipped: 0, merged: 0 });
    assert.ok(
      texts.some((t) => t.includes('(2020–2021). Closed')),
      texts.join('\n'),
    );
    assert.ok(texts.some((t) => t.includes('(2015–). Open')));
    assert.ok(texts.some((t) => t.includes('(2020–). Dots')));
    assert.ok(texts.some((t) => t.includes('(2020). May')));
    assert.deepEqual(
      result.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
  });

  it('a date that is no date is an error naming the entry, its file and line; the others are built', async () => {
    const items = JSON.stringify([{ id: 'junk', type: 'book', title: 'Junk', issued: { 'date-parts': [['spring']] } }, JSON.parse(json)[0]]);
    const result = await buildDocument(
      [
        { path: 'refs.bib', text: bib },
        { path: 'more.json', text: items },
      ],
      { ...resolveSettings(), style: bundledStyle('apa')!, date: '2026-01-01' },
    );
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(
      errors.map((d) => [d.code, d.file, d.line, d.entry]),
      [['date-invalid', 'more.json', 1, 'junk']],
    );
    assert.equal(result.entries.rendered, 5);
  });
});
