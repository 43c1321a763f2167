import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bundledStyle, type CslStyle } from '../../src/format/csl-style.js';
import { parseCslXml, walkNodes } from '../../src/format/csl-tree.js';
import { cvModeStyle, entriesAreIndependent } from '../../src/format/cv-mode-style.js';

const apa = bundledStyle('apa')!;
const names = (style: CslStyle) => [...walkNodes(style.root)].map((n) => n.name);
const attrs = (style: CslStyle) => [...walkNodes(style.root)].flatMap((n) => Object.keys(n.attrs));

function styleOf(bibliography: string, citation = '<citation><layout><text variable="title"/></layout></citation>'): CslStyle {
  const xml = `<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">${citation}<bibliography>${bibliography}</bibliography></style>`;
  return { name: 'test', root: parseCslXml(xml)! };
}

test('CV mode drops sort keys, disambiguation and the citation layout', () => {
  assert.ok(names(apa).includes('sort'));
  assert.ok(attrs(apa).includes('disambiguate-add-year-suffix'));
  const cv = cvModeStyle(apa);
  assert.ok(!names(cv).includes('sort'));
  assert.ok(!attrs(cv).some((a) => a.startsWith('disambiguate-add') || a === 'givenname-disambiguation-rule'));
  const citation = cv.root.children.find((c) => typeof c !== 'string' && c.name === 'citation');
  assert.ok(citation && typeof citation !== 'string');
  assert.equal([...walkNodes(citation)].filter((n) => n.name === 'names').length, 0);
  assert.ok(names(cv).includes('bibliography'));
});

test('CV mode keeps one identity per style, and year suffixes keep the style whole', () => {
  assert.equal(cvModeStyle(apa).root, cvModeStyle(apa).root);
  assert.equal(cvModeStyle(apa, { yearSuffix: true }), apa);
});

test('entries are independent unless a style links them', () => {
  assert.equal(entriesAreIndependent(cvModeStyle(apa)), true);
  assert.equal(entriesAreIndependent(cvModeStyle(apa, { yearSuffix: true })), false);
  assert.equal(entriesAreIndependent(cvModeStyle(bundledStyle('ieee')!)), true);
  assert.equal(entriesAreIndependent(styleOf('<layout><text variable="citation-number"/></layout>')), true);
  assert.equal(entriesAreIndependent(styleOf('<layout><number variable="citation-number" form="roman"/></layout>')), false);
  assert.equal(entriesAreIndependent(styleOf('<layout><choose><if disambiguate="true"><text variable="title"/></if></choose></layout>')), false);
  const dashed = `<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><citation><layout/></citation><bibliography subsequent-author-substitute="---"><layout/></bibliography></style>`;
  assert.equal(entriesAreIndependent({ name: 'dash', root: parseCslXml(dashed)! }), false);
});
