import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareRecords } from '../../src/api/prepare-records.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { ENGLISH_MESSAGES } from '../../src/model/messages.js';
import type { LoadedLock } from '../../src/enrich/lock-entries.js';
import type { SourceRecord } from '../../src/model/record.js';
import { DEFAULT_SELECTION, type EntryOverride, type SectionRules } from '../../src/model/settings.js';
import { applyOverrides } from '../../src/select/apply-overrides.js';
import { entryKind } from '../../src/select/entry-kind.js';
import { groupSections } from '../../src/select/group-sections.js';

const SECTIONS = DEFAULT_SELECTION.sections;
const AT = { file: 'pubcv.config.yaml', line: 4, column: 3 };

function record(id: string, item: Partial<SourceRecord['item']> = {}, key?: string): SourceRecord {
  return { item: { id, type: 'article-journal', title: `Title ${id}`, ...item }, source: { file: 'refs.bib', line: 1, ...(key ? { key } : {}) } };
}

const override = (o: Partial<EntryOverride>): EntryOverride => ({ fields: {}, ...AT, ...o });

test('fields replace the entry’s, null removes one, and other entries are left as they are', () => {
  const records = [record('a', { note: 'old', DOI: '10.1/x' }), record('b')];
  const result = applyOverrides(records, { a: override({ fields: { title: 'Fixed', note: null, 'container-title': 'CVPR' } }) }, SECTIONS);
  assert.deepEqual(result.diagnostics, []);
  assert.deepEqual(result.value[0]?.item, { id: 'a', type: 'article-journal', title: 'Fixed', DOI: '10.1/x', 'container-title': 'CVPR' });
  assert.equal(result.value[1], records[1]);
  assert.equal(records[0]?.item.title, 'Title a', 'the records read are not changed');
});

test('kind decides the section kind and brings the CSL type with it, unless type is given', () => {
  const [conference] = applyOverrides([record('a')], { a: override({ kind: 'conference' }) }, SECTIONS).value;
  assert.equal(conference?.item.type, 'paper-conference');
  assert.equal(entryKind(conference!.item), 'conference');

  const [typed] = applyOverrides([record('a')], { a: override({ kind: 'book', fields: { type: 'chapter' } }) }, SECTIONS).value;
  assert.equal(typed?.item.type, 'chapter');
  assert.equal(entryKind(typed!.item), 'book');

  // "other" says where it is listed; the type stays. And a kind wins over the preprint hints.
  const [other] = applyOverrides([record('a', { 'container-title': 'arXiv preprint' })], { a: override({ kind: 'other' }) }, SECTIONS).value;
  assert.equal(other?.item.type, 'article-journal');
  assert.equal(entryKind(other!.item), 'other');
  const [journal] = applyOverrides([record('a', { 'container-title': 'arXiv preprint' })], { a: override({ kind: 'journal' }) }, SECTIONS).value;
  assert.equal(entryKind(journal!.item), 'journal');
});

test('an override finds an entry by the key it had in its file, when ids were made unique', () => {
  const records = [record('smith2020', {}, 'smith2020'), record('smith2020-2', {}, 'smith2020'), record('jones-2', {}, 'jones')];
  const result = applyOverrides(records, { smith2020: override({ fields: { note: 'one' } }), jones: override({ fields: { note: 'two' } }) }, SECTIONS);
  assert.deepEqual(
    result.value.map((r) => r.item.note),
    ['one', undefined, 'two'],
    'an id that is an entry’s id is that entry only',
  );
  assert.deepEqual(result.diagnostics, []);
});

test('an override of no entry is a warning at the override, with the id most likely meant', () => {
  const result = applyOverrides(
    [record('vasilescu2015gender'), record('vasilescu2014')],
    { vasilescu2015gendre: override({ fields: { note: 'x' } }) },
    SECTIONS,
  );
  assert.deepEqual(result.diagnostics, [
    {
      severity: 'warning',
      code: 'override-unknown-entry',
      message: "overrides.vasilescu2015gendre: no entry has the id 'vasilescu2015gendre' — did you mean 'vasilescu2015gender'?",
      ...AT,
    },
  ]);
  const far = applyOverrides([record('a1')], { zzzzzz: override({}) }, SECTIONS);
  assert.doesNotMatch(far.diagnostics[0]!.message, /did you mean/);
});

const CUSTOM: SectionRules = {
  ...SECTIONS,
  by: 'custom',
  list: [
    { id: 'journals', title: 'Journals', ids: [], types: ['journal'], keywords: [], selected: false },
    { id: 'invited', title: 'Invited talks', ids: ['c'], types: [], keywords: [], selected: false },
  ],
};

test('section sends an entry to that custom section, before an earlier section’s rules take it', () => {
  const records = [
    record('a', { issued: { 'date-parts': [[2020]] } }),
    record('b', { issued: { 'date-parts': [[2022]] } }),
    record('c', { type: 'speech', issued: { 'date-parts': [[2018]] } }),
  ];
  const corrected = applyOverrides(records, { a: override({ section: 'invited' }), c: override({ section: 'invited' }) }, CUSTOM);
  assert.deepEqual(corrected.diagnostics, []);
  const grouped = groupSections(corrected.value, CUSTOM);
  assert.deepEqual(
    grouped.value.map((s) => [s.key, s.records.map((r) => r.item.id)]),
    [
      ['journals', ['b']],
      ['invited', ['c', 'a']],
    ],
  );
  assert.deepEqual(grouped.diagnostics, [], 'an id listed by its section and sent there by an override is found');
});

test('a section that names no custom section is a warning, with did-you-mean; by type it says kind decides', () => {
  const custom = applyOverrides([record('a')], { a: override({ section: 'invted' }) }, CUSTOM);
  assert.equal(custom.diagnostics[0]?.code, 'override-unknown-section');
  assert.match(custom.diagnostics[0]!.message, /overrides\.a\.section 'invted' names no section of sections\.list — did you mean 'invited'\?/);
  const byType = applyOverrides([record('a')], { a: override({ section: 'journal' }) }, { ...SECTIONS, by: 'type' });
  assert.match(byType.diagnostics[0]!.message, /has no effect: sections are by type, not custom \(use kind: to choose the section by type\)/);
});

test('prepareRecords: overrides win over the lock file, and come before filters and sections', async () => {
  const bib = '@misc{okonkwo, author = {Okonkwo, Ada}, title = {Gradient sketches}}\n';
  const lock: LoadedLock = {
    path: 'pubcv.lock.json',
    lock: {
      version: 2,
      entries: {
        okonkwo: {
          title: 'Gradient sketches',
          fields: { type: 'article-journal', issued: { 'date-parts': [[2019]] }, 'container-title': 'Wrong Journal', DOI: '10.5555/x' },
          source: 'crossref',
          url: 'http://127.0.0.1/works',
          retrieved: '2026-01-01',
          score: 0.97,
        },
      },
    },
  };
  const selection = { ...DEFAULT_SELECTION, filters: { ...DEFAULT_SELECTION.filters, types: ['conference' as const] } };
  const overrides = { okonkwo: override({ kind: 'conference', fields: { 'container-title': 'NeurIPS', issued: { 'date-parts': [[2021]] } } }) };
  const prepared = await prepareRecords(
    [{ path: 'refs.bib', text: bib }],
    { ...resolveSettings({ names: ['Okonkwo, Ada'], overrides }), selection },
    { lock, messages: ENGLISH_MESSAGES, people: [] },
  );
  const item = prepared.records[0]?.item;
  assert.equal(item?.['container-title'], 'NeurIPS');
  assert.deepEqual(item?.issued, { 'date-parts': [[2021]] });
  assert.equal(item?.DOI, '10.5555/x', 'what the override leaves alone still comes from the lock');
  assert.equal(item?.type, 'paper-conference');
});
