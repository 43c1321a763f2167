import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readInputTexts } from '../../src/input/read-input.js';
import type { CslItem, SourceRecord } from '../../src/model/record.js';
import { mergeDuplicates } from '../../src/normalize/merge-duplicates.js';
import { CORPUS, skipWithout } from '../helpers/corpus.js';

function record(key: string, item: Partial<CslItem>, file = 'a.bib'): SourceRecord {
  return { item: { id: key, type: 'article-journal', ...item }, source: { file, line: 1, key } };
}

const title = 'Deep Learning for Cats';
const year = { 'date-parts': [[2020]] };

describe('mergeDuplicates', () => {
  it('folds the same DOI into the fuller record, in the place of the first, naming both', () => {
    const result = mergeDuplicates([
      record('short', { title, DOI: '10.1/x' }),
      record('other', { title: 'Something Else Entirely' }),
      record('full', { title: 'Deep learning for cats', DOI: '10.1/X', issued: year, author: [{ family: 'Doe' }], 'container-title': 'J' }, 'b.bib'),
    ]);
    assert.equal(result.merged, 1);
    assert.deepEqual(
      result.value.map((r) => r.source.key),
      ['full', 'other'],
    );
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.severity, d.entry, d.file]),
      [['duplicate-merged', 'warning', 'short', 'a.bib']],
    );
    assert.match(result.diagnostics[0]?.message ?? '', /'short' \(a\.bib:1\) duplicates 'full' \(b\.bib:1\) \(the same DOI 10\.1\/x\)/);
  });

  it("keeps the published version over dblp's CoRR twin of it (an article in the journal CoRR)", () => {
    const result = mergeDuplicates([
      record('DBLP:journals/corr/abs-2101-1', { title, issued: year, 'container-title': 'CoRR', volume: 'abs/2101.1', author: [{ family: 'Doe' }] }),
      record('DBLP:conf/x/Doe20', { type: 'paper-conference', title, issued: year, 'container-title': 'Proc. X', author: [{ family: 'Doe' }] }),
    ]);
    assert.deepEqual(
      result.value.map((r) => r.source.key),
      ['DBLP:conf/x/Doe20'],
    );
  });

  it("folds the same title and year, the published version winning whole, without the preprint's fields", () => {
    const result = mergeDuplicates([
      record('preprint', { type: 'article', title, issued: year, URL: 'https://arxiv.org/abs/1', author: [{ family: 'Doe' }] }),
      record('paper', { title: `${title}.`, issued: year, 'container-title': 'J', author: [{ family: 'Doe' }, { family: 'Roe' }] }),
    ]);
    assert.equal(result.merged, 1);
    assert.equal(result.value[0]?.source.key, 'paper');
    assert.equal(result.value[0]?.item.URL, undefined);
  });

  it("keeps the article over a fuller report of it, and takes none of the report's fields", () => {
    const report = {
      type: 'report',
      title,
      issued: year,
      author: [{ family: 'Doe' }],
      number: '1',
      'collection-title': 'Preprint Series',
      publisher: 'UCLA',
      URL: 'https://r',
      note: 'x',
    };
    const article = { title, issued: year, author: [{ family: 'Doe' }], 'container-title': 'J', volume: '3' };
    const result = mergeDuplicates([record('report', report), record('article', article)]);
    assert.deepEqual(
      result.value.map((r) => r.item),
      [{ id: 'article', type: 'article-journal', ...article }],
    );
    assert.equal(result.value[0]?.source.key, 'article');
    assert.deepEqual(
      result.diagnostics.map((d) => d.entry),
      ['report'],
    );
    assert.match(
      result.diagnostics[0]?.message ?? '',
      /'report' \(a\.bib:1\) duplicates 'article' \(a\.bib:1\) \(the same title and year\); kept 'article' \(a\.bib:1\): the published version \(article-journal\), none of this report's fields taken/,
    );
  });

  it('counts an article in arXiv or a chapter in a preprint series as the preprint', () => {
    for (const preprint of [{ 'container-title': 'arxiv2102.03380 [cs.AI]' }, { type: 'chapter', 'collection-title': 'UCLA Statistics Preprint Series' }]) {
      const result = mergeDuplicates([
        record('preprint', { title, issued: year, URL: 'https://arxiv.org/abs/1', note: 'n', page: '1-2', abstract: 'a', ...preprint }),
        record('paper', { title, issued: year, 'container-title': 'J' }),
      ]);
      assert.deepEqual(
        result.value.map((r) => [r.source.key, r.item.URL, r.item.page]),
        [['paper', undefined, undefined]],
        JSON.stringify(preprint),
      );
    }
  });

  it('completes a record from a twin of the same version', () => {
    const result = mergeDuplicates([
      record('a', { type: 'chapter', title, issued: year, page: '25-36', 'container-title': 'EA 2011' }),
      record('b', { type: 'chapter', title, issued: year, DOI: '10.1/c', 'container-title': 'EA 2011', abstract: 'x' }),
    ]);
    assert.deepEqual(
      result.value.map((r) => [r.source.key, r.item.page, r.item.DOI]),
      [['b', '25-36', '10.1/c']],
    );
    assert.match(result.diagnostics[0]?.message ?? '', /kept 'b' \(a\.bib:1\): the fuller record, with the fields it lacked taken from this one/);
  });

  it('keeps apart what only looks alike', () => {
    const cases: Array<[Partial<CslItem>, Partial<CslItem>]> = [
      [
        { title, issued: year, DOI: '10.1/a' },
        { title, issued: year, DOI: '10.1/b' },
      ],
      [
        { title, issued: year },
        { title, issued: { 'date-parts': [[2021]] } },
      ],
      [
        { title, issued: year, volume: '1' },
        { title, issued: year, volume: '2' },
      ],
      [
        { title, issued: year, author: [{ family: 'Doe' }] },
        { title, issued: year, author: [{ family: 'Roe' }] },
      ],
      [
        { title: 'Editorial', issued: year },
        { title: 'Editorial', issued: year },
      ],
      [
        { title, DOI: '10.1/book' },
        { title: 'A Completely Different Chapter', DOI: '10.1/book' },
      ],
    ];
    for (const [a, b] of cases) assert.equal(mergeDuplicates([record('a', a), record('b', b)]).merged, 0, JSON.stringify([a, b]));
  });

  it('writes back characters the kept record lost (U+FFFD) from a duplicate that has them, and says so', () => {
    const lost = 'Public goods versus the farm price-cost squeeze: shaping the sustainability of the EU\uFFFDs common agricultural policy';
    const clean = 'Public goods versus the farm price-cost squeeze: shaping the sustainability of the EU’s common agricultural policy';
    const result = mergeDuplicates([
      record('m83', { title: lost, issued: year, 'container-title': 'Technological and Economic Development of Economy', volume: '25' }),
      record('m84', { title: clean, issued: year, 'container-title': 'Technological and Economic Development of Economy' }),
    ]);
    assert.equal(result.merged, 1);
    assert.equal(result.value[0]?.item.title, clean);
    assert.match(result.diagnostics[0]?.message ?? '', /the characters lost from its title \(U\+FFFD\) written back from this one$/);
  });

  it('writes back only the same text: a run of U+FFFD stands for one to three characters, nothing else may differ', () => {
    const base = { issued: year, 'container-title': 'J', DOI: '10.1/x' };
    // The first is the fuller record, so it is the one kept.
    const restored = (kept: string, other: string): unknown =>
      mergeDuplicates([record('a', { ...base, volume: '7', title: kept }), record('b', { ...base, title: other })]).value[0]?.item.title;
    assert.equal(restored('M\uFFFD\uFFFDller and the (a+b) model', 'Müller and the (a+b) model'), 'Müller and the (a+b) model');
    assert.equal(restored('M\uFFFDller and the model', 'Mueller and the models'), 'M\uFFFDller and the model');
    assert.equal(restored('The \uFFFD model of cats', 'The model of cats'), 'The \uFFFD model of cats');
  });

  it('merges two listings of a work whose title one of them mistyped, and says which words differ', () => {
    const venue = {
      issued: { 'date-parts': [[2019]] },
      author: [{ family: 'Miśkiewicz', given: 'Radosław' }],
      'container-title': 'Technological and Economic Development of Economy',
    };
    const result = mergeDuplicates([
      record('m74', {
        ...venue,
        title: "Public Goods Versus the Farm Price-Cost Squeeze: Shaping the Sustainbility of the EU's Common Agricultural Policy",
        DOI: '10.3846/tede.2019.7449',
      }),
      record('m84', { ...venue, title: 'Public goods versus the farm price-cost squeeze: shaping the sustainability of the EU’s common agricultural policy' }),
    ]);
    assert.equal(result.merged, 1);
    assert.equal(result.value[0]?.source.key, 'm74', 'the fuller record, with the DOI');
    assert.match(result.diagnostics[0]?.message ?? '', /but for one word, 'sustainability' here and 'sustainbility' there: correct the misspelt one/);
  });

  it('keeps apart titles that differ by more than a typo: a part number, a short word, two words, another year, other authors', () => {
    const base = { issued: year, author: [{ family: 'Doe' }], 'container-title': 'J' };
    const long = 'Learning the structure of deep sparse graphical models';
    const cases: ReadonlyArray<readonly [Partial<CslItem>, Partial<CslItem>]> = [
      [{ title: `${long}, part ii` }, { title: `${long}, part iii` }],
      [{ title: 'Learning the structure of deep sparse graphical models' }, { title: 'Learning the structure of wide sparse graphical models' }],
      [{ title: 'Learning the structure of deep sparse graphical models' }, { title: 'Learning the structures of deep sparse graphical modules' }],
      [
        { title: 'Learning the structure of deep sparse graphical models' },
        { title: 'Learning the structure of deep sparse grahpical models', issued: { 'date-parts': [[2021]] } },
      ],
      [
        { title: 'Learning the structure of deep sparse graphical models' },
        { title: 'Learning the structure of deep sparse grahpical models', author: [{ family: 'Roe' }] },
      ],
      [{ title: 'Sparse graphical models' }, { title: 'Sparse graphical modles' }],
    ];
    for (const [a, b] of cases)
      assert.equal(mergeDuplicates([record('a', { ...base, ...a }), record('b', { ...base, ...b })]).merged, 0, JSON.stringify([a.title, b.title]));
    assert.equal(
      mergeDuplicates([record('a', { ...base, title: long }), record('b', { ...base, title: 'Learning the structure of deep sparse graphcial models' })])
        .merged,
      1,
      'two letters swapped is a typo',
    );
  });

  it('keeps, of two equally full records, the one with no lost characters', () => {
    const result = mergeDuplicates([
      record('lost', { title: 'Graphs of the EU\uFFFDs regions', issued: year, 'container-title': 'J\uFFFD' }),
      record('clean', { title: 'Graphs of the EU’s regions', issued: year, 'container-title': 'J2' }),
    ]);
    assert.equal(result.value[0]?.source.key, 'clean');
  });
});

describe("mergeDuplicates on De Leeuw's list (reports and articles of one title and year)", { skip: skipWithout(CORPUS) }, async () => {
  const path = `${CORPUS}deleeuw-mypubs.bib`;
  const read = existsSync(path) ? (await readInputTexts([{ path, text: readFileSync(path, 'utf8') }])).records : [];
  const result = mergeDuplicates(read);

  it('keeps the published version of each, whole', () => {
    assert.equal(result.merged, 28);
    const original = new Map(read.map((r) => [r.source.key, r.item]));
    const kept = new Map(result.value.map((r) => [r.source.key, r.item]));
    for (const key of [
      'deleeuw_bijleveld_vanmontfort_bijleveld_A_96',
      'vanderheijden_mooijaart_deleeuw_C_90',
      'hoffman_deleeuw_A_92',
      'deleeuw_hornik_mair_A_09',
    ]) {
      assert.deepEqual(kept.get(key), original.get(key), key);
    }
    assert.ok(!kept.has('deleeuw_bijleveld_vanmontfort_bijleveld_R_96') && !kept.has('vanderheijden_mooijaart_deleeuw_R_90'));
  });

  it('names both entries and the one kept in each duplicate-merged warning', () => {
    const merged = result.diagnostics.filter((d) => d.code === 'duplicate-merged');
    assert.equal(merged.length, 28);
    assert.ok(
      merged.every((d) => d.entry !== undefined && /duplicates '.+' \(.+\); kept '.+'/.test(d.message)),
      merged.map((d) => d.message).join('\n'),
    );
  });
});
