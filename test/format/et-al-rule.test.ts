import assert from 'node:assert/strict';
import { test } from 'node:test';
import { childNamed, walkNodes } from '../../src/format/csl-tree.js';
import { bundledStyle } from '../../src/format/csl-style.js';
import { maxAuthorsRule, styleEtAlRule, withEtAlRule } from '../../src/format/et-al-rule.js';

const style = (name: string) => bundledStyle(name)!;

test("reads each style's own bibliography rule", () => {
  assert.deepEqual(styleEtAlRule(style('ieee')), { min: 7, useFirst: 1, useLast: false });
  assert.deepEqual(styleEtAlRule(style('vancouver')), { min: 7, useFirst: 6, useLast: false });
  assert.deepEqual(styleEtAlRule(style('apa')), { min: 21, useFirst: 19, useLast: true });
  assert.deepEqual(styleEtAlRule(style('harvard1')), { min: 4, useFirst: 1, useLast: false });
  assert.equal(styleEtAlRule(style('american-chemical-society')), undefined, 'ACS lists every author');
});

test('a rule replaces every et-al option of the style, on its bibliography', () => {
  const ieee = style('ieee');
  const cut = withEtAlRule(ieee, maxAuthorsRule(3));
  const options = [...walkNodes(cut.root)].filter((n) => Object.keys(n.attrs).some((a) => a.startsWith('et-al-')));
  assert.deepEqual(
    options.map((n) => n.name),
    ['bibliography'],
  );
  assert.deepEqual(childNamed(cut.root, 'bibliography')!.attrs['et-al-min'], '4');
  assert.equal(withEtAlRule(ieee, maxAuthorsRule(3)), cut, 'memoized: one style identity per rule');
  assert.equal(styleEtAlRule(withEtAlRule(ieee, undefined)), undefined);
});
