import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledStyle } from '../../src/format/csl-style.js';
import { formatEntries } from '../../src/format/format-entries.js';
import { walkNodes } from '../../src/format/csl-tree.js';
import { withEtAlRule } from '../../src/format/et-al-rule.js';
import type { CslItem } from '../../src/model/record.js';
import { plainText, type Run } from '../../src/model/index.js';
import { markOwnerNames } from '../../src/owner/mark-owner-names.js';

const authors = Array.from({ length: 9 }, (_, i) => ({ family: `Author${String.fromCharCode(65 + i)}`, given: 'Zed' }));
const item: CslItem = {
  id: 'x',
  type: 'article-journal',
  title: 'MoE-I<sup>2</sup>: compressing experts',
  author: [...authors, { family: 'Sui', given: 'Yang' }],
  'container-title': 'Journal of Tests',
  issued: { 'date-parts': [[2024]] },
};

function format(styleName: string): Run[] {
  const marked = markOwnerNames([{ item, source: { file: 'x' } }], [{ family: 'Sui', given: 'Yang' }]);
  const style = withEtAlRule(bundledStyle(styleName)!, undefined);
  const { value } = formatEntries(
    marked.value.map((r) => r.item),
    style,
  );
  return value[0]!.runs;
}

const ownerTexts = (runs: Run[]) => runs.filter((r) => r.marks.some((m) => m.type === 'owner')).map((r) => r.text);

test('the owner, tenth of ten authors, is shown and highlighted with the initial in every bundled style', () => {
  assert.deepEqual(ownerTexts(format('apa')), ['Sui, Y.']);
  assert.deepEqual(ownerTexts(format('vancouver')), ['Sui Y']);
  assert.deepEqual(ownerTexts(format('harvard1')), ['Sui, Y.']);
});

test('the title keeps its superscript and nothing else is a superscript', () => {
  const runs = format('apa');
  const sups = runs.filter((r) => r.marks.some((m) => m.type === 'superscript')).map((r) => r.text);
  assert.deepEqual(sups, ['2']);
  assert.match(plainText(runs), /MoE-I2: Compressing experts|MoE-I2: compressing experts/);
});

test('a style without its et-al rule no longer truncates', () => {
  const etAl = (root: Parameters<typeof walkNodes>[0]) => [...walkNodes(root)].some((n) => Object.keys(n.attrs).some((a) => a.startsWith('et-al-')));
  const style = bundledStyle('vancouver')!;
  assert.ok(etAl(style.root));
  assert.ok(!etAl(withEtAlRule(style, undefined).root));
});
