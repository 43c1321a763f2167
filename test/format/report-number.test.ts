import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledStyle } from '../../src/format/csl-style.js';
import { formatEntries } from '../../src/format/format-entries.js';
import { keepNumberHyphens } from '../../src/format/report-number.js';
import type { CslItem } from '../../src/model/record.js';
import { plainText } from '../../src/model/index.js';

const report: CslItem = {
  id: 'r',
  type: 'report',
  title: 'Nonlinear redundancy analysis',
  genre: 'Research Report',
  number: '88-1',
  publisher: 'University of Twente',
  issued: { 'date-parts': [[1988]] },
};

test('a report number with a hyphen is one number, not the range "Nos. 88–1"', () => {
  const [entry] = formatEntries([keepNumberHyphens(report)], bundledStyle('apa')!).value;
  assert.match(plainText(entry!.runs), /\(Research Report No\. 88-1\)/);
});

test('only a number with a hyphen is copied', () => {
  const plain = { ...report, number: '117' };
  assert.equal(keepNumberHyphens(plain), plain);
  assert.equal(keepNumberHyphens(report).number, '88\\-1');
  assert.equal(keepNumberHyphens({ ...report, number: '95–05' }).number, '95\\-05');
});
