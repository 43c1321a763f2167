import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupSections } from '../../src/select/group-sections.js';
import { rec } from '../helpers/selection-records.js';
import { DEFAULT_SELECTION, type SectionRules } from '../../src/model/settings.js';

const RECORDS = [
  rec('j2022', 'article-journal', 2022, { keyword: 'vision' }),
  rec('c2024', 'paper-conference', 2024, { keyword: 'NLP, vision', custom: { selected: true } }),
  rec('p2024', 'article-journal', 2024, { 'container-title': 'arXiv', keyword: 'nlp' }),
  rec('j2024', 'article-journal', 2024),
  rec('t2019', 'thesis', 2019),
  rec('undated', 'article-journal', undefined),
];

function group(rules: Partial<SectionRules>) {
  const result = groupSections(RECORDS, { ...DEFAULT_SELECTION.sections, ...rules });
  return { sections: result.value.map((s) => [s.id, s.title, s.records.map((r) => r.item.id)]), diagnostics: result.diagnostics };
}

test('none: one untitled section, newest first, undated last (and said)', () => {
  const { sections, diagnostics } = group({});
  assert.deepEqual(sections, [['publications', '', ['c2024', 'j2024', 'p2024', 'j2022', 't2019', 'undated']]]);
  assert.deepEqual(
    diagnostics.map((d) => [d.severity, d.code]),
    [['info', 'undated-placed']],
  );
  assert.match(diagnostics[0]?.message ?? '', /1 entry has no year and is listed last in their sections.*: undated$/);
});

test('by type: kinds in the default order, with their titles; empty kinds dropped', () => {
  assert.deepEqual(group({ by: 'type' }).sections, [
    ['journal', 'Journal articles', ['j2024', 'j2022', 'undated']],
    ['conference', 'Conference papers', ['c2024']],
    ['preprint', 'Preprints', ['p2024']],
    ['thesis', 'Theses', ['t2019']],
  ]);
});

test('by type with chosen kinds, titles, and the rest collected (or left out with rest: false)', () => {
  const rules: Partial<SectionRules> = {
    by: 'type',
    types: ['conference', 'journal'],
    titles: { journal: 'Refereed articles' },
    rest: 'Other work',
    undated: 'first',
  };
  assert.deepEqual(group(rules).sections, [
    ['conference', 'Conference papers', ['c2024']],
    ['journal', 'Refereed articles', ['undated', 'j2024', 'j2022']],
    ['rest', 'Other work', ['p2024', 't2019']],
  ]);
  const dropped = group({ ...rules, rest: false });
  assert.deepEqual(
    dropped.sections.map((s) => s[0]),
    ['conference', 'journal'],
  );
  assert.deepEqual(
    dropped.diagnostics.filter((d) => d.code === 'not-in-section').map((d) => d.entry),
    ['p2024', 't2019'],
  );
});

test('by year: newest year first, the undated section where asked', () => {
  assert.deepEqual(group({ by: 'year' }).sections, [
    ['2024', '2024', ['c2024', 'j2024', 'p2024']],
    ['2022', '2022', ['j2022']],
    ['2019', '2019', ['t2019']],
    ['undated', 'Undated', ['undated']],
  ]);
  const oldest = group({ by: 'year', sort: 'oldest', undated: 'first', titles: { undated: 'Forthcoming' } });
  assert.deepEqual(
    oldest.sections.map((s) => s[1]),
    ['Forthcoming', '2019', '2022', '2024'],
  );
  assert.match(oldest.diagnostics[0]?.message ?? '', /in the "Forthcoming" section, first/);
});

test('by keyword: every keyword A–Z by default, or the ones chosen; each entry in its first section', () => {
  assert.deepEqual(group({ by: 'keyword' }).sections, [
    ['nlp', 'nlp', ['c2024', 'p2024']],
    ['vision', 'vision', ['j2022']],
    ['rest', 'Other', ['j2024', 't2019', 'undated']],
  ]);
  assert.deepEqual(group({ by: 'keyword', keywords: ['Vision'], titles: { Vision: 'Computer vision' }, rest: false }).sections, [
    ['vision', 'Computer vision', ['c2024', 'j2022']],
  ]);
});

test('custom: listed ids in their order, then what the rules take; a missing id is a warning', () => {
  const result = group({
    by: 'custom',
    list: [
      { id: 'highlights', title: 'Highlights', ids: ['t2019', 'j2022', 'nope'], types: [], keywords: [], selected: true },
      { id: 'articles', title: 'Articles', ids: [], types: ['journal', 'preprint'], keywords: [], selected: false },
    ],
    rest: false,
  });
  assert.deepEqual(result.sections, [
    ['highlights', 'Highlights', ['t2019', 'j2022', 'c2024']],
    ['articles', 'Articles', ['j2024', 'p2024', 'undated']],
  ]);
  assert.deepEqual(
    result.diagnostics.map((d) => [d.severity, d.code]),
    [
      ['warning', 'section-entry-missing'],
      ['info', 'undated-placed'],
    ],
  );
});
