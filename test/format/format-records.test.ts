import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledStyle } from '../../src/format/csl-style.js';
import { formatRecords, type NameSettings } from '../../src/format/format-records.js';
import type { CslName, SourceRecord } from '../../src/model/record.js';
import { readMarks } from '../../src/input/read-marks.js';
import type { Run } from '../../src/model/index.js';
import { markOwnerNames } from '../../src/owner/mark-owner-names.js';
import { markPeople } from '../../src/owner/mark-people.js';
import { peopleLook } from '../../src/owner/contribution-looks.js';
import { parseOwnerName } from '../../src/owner/owner-name.js';

const FAMILIES =
  'Adams Baker Clarke Dalton Evans Fischer Garcia Hansen Ito Jensen Kowalski Larsen Moreau Nakamura Olsen Petrov Quinn Rossi Schmidt Tanaka Ueda Vogel Weber Xu Young'.split(
    ' ',
  );

function record(id: string, ownerAt: number, count = 25, extra: Record<string, unknown> = {}): SourceRecord {
  const author: CslName[] = FAMILIES.slice(0, count).map((family) => ({ family, given: 'Ann' }));
  author[ownerAt] = { family: 'Sui', given: 'Yang' };
  return {
    item: { id, type: 'article-journal', title: id, 'container-title': 'J', issued: { 'date-parts': [[2024]] }, author, ...extra },
    source: { file: 'x.json' },
  };
}

/** The entries as text, the owner in **, superscripts in ^(), underlines in _ _. */
function format(
  records: SourceRecord[],
  styleName: string,
  settings: NameSettings = {},
): { texts: string[]; labels: (string | undefined)[]; legend: string[] } {
  const marked = markOwnerNames(records, [parseOwnerName('Sui, Yang')!]).value;
  const { value } = formatRecords(marked, bundledStyle(styleName)!, settings);
  const show = (runs: readonly Run[]) =>
    runs
      .map((r) => {
        let t = r.text;
        if (r.marks.some((m) => m.type === 'owner')) t = `**${t}**`;
        if (r.marks.some((m) => m.type === 'superscript')) t = `^(${t})`;
        if (r.marks.some((m) => m.type === 'underline')) t = `_${t}_`;
        return t;
      })
      .join('');
  return { texts: value.entries.map((e) => show(e.runs)), labels: value.entries.map((e) => e.label), legend: value.legend.map(show) };
}

test('IEEE: the owner is cut around, never hidden; numbers run on across the groups', () => {
  const { texts, labels } = format([record('first', 0), record('middle', 12), record('last', 24), record('short', 2, 4)], 'ieee');
  assert.deepEqual(labels, ['[1]', '[2]', '[3]', '[4]']);
  assert.match(texts[0]!, /^\*\*Y\. Sui\*\* et al\., “first,”/);
  assert.match(texts[1]!, /^A\. Adams, …, \*\*Y\. Sui\*\*, et al\., “middle,”/);
  assert.match(texts[2]!, /^A\. Adams, …, and \*\*Y\. Sui\*\*, “last,”/);
  assert.match(texts[3]!, /^A\. Adams, A\. Baker, \*\*Y\. Sui\*\*, and A\. Dalton, “short,”/);
});

test('APA: past 20 names, its own ". . . last" form keeps the owner', () => {
  const { texts } = format([record('p22', 21)], 'apa');
  assert.match(texts[0]!, /Schmidt, A\., …, \*\*Sui, Y\.\*\*, … Young, A\. \(2024\)/);
});

test('--max-authors cuts every style the same way; --all-authors shows everyone', () => {
  const apa = format([record('m', 12)], 'apa', { authors: 3 }).texts[0]!;
  assert.match(apa, /^Adams, A\., Baker, A\., Clarke, A\., …, \*\*Sui, Y\.\*\*, et al\. \(2024\)/);
  const ieee = format([record('m', 12)], 'ieee', { authors: 'all' }).texts[0]!;
  assert.equal(ieee.split(', ').length > 24, true, ieee);
  assert.doesNotMatch(ieee, /et al|…/);
});

test('contribution marks: symbols after the names, students underlined, a legend', () => {
  const marks = readMarks('m:\n  co-first: ["Sui, Yang", 1]\n  student: [2]\n  corresponding: [2]\n', 'marks.yaml').value;
  const { texts, legend } = format([record('m', 2, 5)], 'apa', { marks });
  assert.match(texts[0]!, /^Adams, A\.\^\(\*\), _Baker, A\._\^\(†\), \*\*Sui, Y\.\*\*\^\(\*\), Dalton/);
  assert.deepEqual(legend, ['^(*) Co-first authors', '^(†) Corresponding author', '_Underlined_: Student or advisee']);
});

test('co-first and equal-contribution names survive the cut like the owner, with their marks', () => {
  const marks = readMarks('m:\n  co-first: ["Sui, Yang", 21]\n', 'marks.yaml').value;
  const { texts, legend } = format([record('m', 12)], 'ieee', { marks });
  assert.match(texts[0]!, /^A\. Adams, …, \*\*Y\. Sui\*\*\^\(\*\), …, A\. Ueda\^\(\*\), et al\., “m,”/);
  assert.deepEqual(legend, ['^(*) Co-first authors']);
});

test('in styles that cut lists, the owner shows once at every position of a 25-name list', () => {
  for (const style of ['ieee', 'nature', 'vancouver', 'harvard1', 'apa', 'modern-language-association']) {
    const records = Array.from({ length: 25 }, (_, at) => record(`at${at}`, at));
    const { texts } = format(records, style);
    texts.forEach((text, at) => assert.equal(text.match(/\*\*[^*]*Sui[^*]*\*\*/g)?.length, 1, `${style}, owner ${at + 1} of 25: ${text}`));
  }
});

test('people to mark: their look after their names wherever the style puts them, a legend line; a person cut by "et al." stays cut', () => {
  const marked = markOwnerNames([record('m', 12), record('short', 2, 5)], [parseOwnerName('Sui, Yang')!]).value;
  const people = markPeople(marked, [[parseOwnerName('Adams, A.')!], [parseOwnerName('Clarke, Ann')!], [parseOwnerName('Xu, Ann')!]]);
  assert.deepEqual(people.diagnostics, []);
  const look = peopleLook('double-dagger', 'Members of the group');
  const { value } = formatRecords(marked, bundledStyle('ieee')!, { people: { marks: people.value, look } });
  const texts = value.entries.map((e) => e.runs.map((r) => (r.marks.some((m) => m.type === 'superscript') ? `^(${r.text})` : r.text)).join(''));
  assert.match(texts[0]!, /^A\. Adams\^\(‡\), …, Y\. Sui, et al\., “m,”/);
  assert.match(texts[1]!, /^A\. Adams\^\(‡\), A\. Baker, Y\. Sui, A\. Dalton, and A\. Evans, “short,”/);
  assert.deepEqual(
    value.legend.map((l) => l.map((r) => r.text).join('')),
    ['‡ Members of the group'],
  );
  const none = formatRecords(marked, bundledStyle('ieee')!, { people: { marks: new Map(), look } });
  assert.deepEqual(none.value.legend, []);
});
