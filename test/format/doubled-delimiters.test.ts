import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bundledStyle } from '../../src/format/csl-style.js';
import { dropDoubledDelimiters } from '../../src/format/doubled-delimiters.js';
import { formatEntries } from '../../src/format/format-entries.js';
import { formatRecords } from '../../src/format/format-records.js';
import type { CslItem } from '../../src/model/record.js';
import { plainText } from '../../src/model/index.js';
import { readRecords } from '../../src/api/prepare-records.js';
import { corpusFile, skipWithout } from '../helpers/corpus.js';

const CMU = corpusFile('cmu-strudel-lab-publications.bib');
const article: CslItem = {
  id: 'a',
  type: 'article-journal',
  title: 'Pinning is futile',
  author: [{ family: 'He', given: 'Hao' }],
  'container-title': 'Proceedings of the ACM on Software Engineering',
  'collection-title': 'FSE',
  issued: { 'date-parts': [[2025, 7]] },
};

test('Chicago: an article with a series and no volume has one comma before the month', () => {
  const [entry] = formatEntries([article], bundledStyle('chicago-author-date')!).value;
  assert.match(plainText(entry!.runs), /Proceedings of the ACM on Software Engineering, FSE, July\.$/);
});

test('only a repeated comma goes', () => {
  assert.equal(dropDoubledDelimiters('<i>J</i>, FSE, , July.'), '<i>J</i>, FSE, July.');
  assert.equal(dropDoubledDelimiters('Smith, J., and A. Roe, 1, 2.'), 'Smith, J., and A. Roe, 1, 2.');
});

test('cmu-strudel he2025pinning in Chicago', { skip: skipWithout(CMU) }, async () => {
  const records = (await readRecords([{ path: CMU, text: readFileSync(CMU, 'utf8') }])).records.filter((r) => r.source.key === 'he2025pinning');
  const [entry] = formatRecords(records, bundledStyle('chicago-author-date')!).value.entries;
  assert.match(plainText(entry!.runs), /Proceedings of the ACM on Software Engineering, FSE, July\. https:\/\/doi\.org\/10\.1145\/3715728\.$/);
});
