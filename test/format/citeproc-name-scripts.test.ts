import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readRecords } from '../../src/api/prepare-records.js';
import { bundledStyle } from '../../src/format/csl-style.js';
import { formatEntries } from '../../src/format/format-entries.js';
import { formatRecords } from '../../src/format/format-records.js';
import type { CslItem } from '../../src/model/record.js';
import { plainText } from '../../src/model/index.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';

const ARMENBIB = corpusFile('armenbib-zotero-exported-items.csl.json');

function article(id: string, author: CslItem['author']): CslItem {
  return { id, type: 'article-journal', title: 'A paper', author, 'container-title': 'Journal of Tests', issued: { 'date-parts': [[2023]] } };
}

function formatted(item: CslItem, style: string): string {
  const [entry] = formatEntries([item], bundledStyle(style)!).value;
  return plainText(entry!.runs);
}

test('Armenian names are family, given: separated, and initialized where the style says so', () => {
  const item = article('hy', [
    { family: 'Ղազարյան', given: 'Արամ' },
    { family: 'Smith', given: 'John' },
    { family: 'Պետրոսյան', given: 'Անի-Մարիա' },
  ]);
  assert.match(formatted(item, 'apa'), /^Ղազարյան, Ա\., Smith, J\., & Պետրոսյան, Ա\.-Մ\. \(2023\)/);
  assert.match(formatted(item, 'ieee'), /Ա\. Ղազարյան, J\. Smith, and Ա\.-Մ\. Պետրոսյան,/);
  assert.match(formatted(item, 'chicago-author-date'), /^Ղազարյան, Արամ, John Smith, and Անի-Մարիա Պետրոսյան\. 2023\./);
});

test("Armenian initials written with Armenian's abbreviation dot are two initials, and a bracketed transliteration keeps its period at the bracket", () => {
  const item = article('hy2', [
    { family: 'Ղաֆադարյան [Łafadaryan]', given: 'Կ․Գ․ [K. G.]' },
    { family: 'Բարխուդարյան [Barxudaryan]', given: 'Ս. Գ. [S. G.]' },
  ]);
  assert.match(formatted(item, 'apa'), /^Ղաֆադարյան \[Łafadaryan\], Կ\. Գ\. \[K\. G\.\], & Բարխուդարյան \[Barxudaryan\], Ս\. Գ\. \[S\. G\.\]\. \(2023\)/);
});

test('an Indic initial is the first syllable, vowel signs and joined consonants included', () => {
  const item = article('hi', [
    { family: 'शर्मा', given: 'राहुल' },
    { family: 'श्रीवास्तव', given: 'श्रीकांत' },
    { family: 'முருகன்', given: 'கார்த்திக்' },
  ]);
  assert.match(formatted(item, 'apa'), /^शर्मा, रा\., श्रीवास्तव, श्री\., & முருகன், கா\. \(2023\)/);
  assert.match(formatted(item, 'chicago-author-date'), /^शर्मा, राहुल, श्रीकांत श्रीवास्तव, and கார்த்திக் முருகன்\. 2023\./);
});

test('a Georgian name is separated; its given name stays whole, as citeproc leaves a name it cannot initialize', () => {
  const item = article('ka', [
    { family: 'ბერიძე', given: 'გიორგი' },
    { family: 'Smith', given: 'John' },
  ]);
  assert.match(formatted(item, 'apa'), /^ბერიძე, გიორგი, & Smith, J\. \(2023\)/);
});

test('Chinese and Japanese names still run together, family first', () => {
  const item = article('zh', [
    { family: '张', given: '伟' },
    { family: '山田', given: '太郎' },
  ]);
  assert.match(formatted(item, 'apa'), /^张伟, & 山田太郎\. \(2023\)/);
});

test('armenbib: an Armenian given name with its transliteration is initialized like a Latin one ("J. [Jack]")', { skip: skipWithout(ARMENBIB) }, async () => {
  const records = (await readRecords([{ path: ARMENBIB, text: readFileSync(ARMENBIB, 'utf8') }])).records;
  const text = formatRecords(records, bundledStyle('apa')!)
    .value.entries.map((entry) => plainText(entry.runs))
    .join('\n');
  assert.match(text, /^Գալչյան \[Galčʿyan\], Ռ\. \[Ṙuben\]\. \(2022\)\./m);
  assert.doesNotMatch(text, /Ռուբեն \[Ṙuben\]/);
});
