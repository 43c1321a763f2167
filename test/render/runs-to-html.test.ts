import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mark, Run } from '../../src/model/index.js';
import { isSafeHref, runsToHtml } from '../../src/render/runs-to-html.js';

const r = (text: string, ...marks: Mark[]): Run => ({ text, marks });
const bold: Mark = { type: 'bold' };
const italic: Mark = { type: 'italic' };
const owner: Mark = { type: 'owner' };
const link = (href: string): Mark => ({ type: 'link', href });

describe('runsToHtml', () => {
  it('escapes <, &, " and \' in text', () => {
    assert.equal(runsToHtml([r(`Journal of <Machine> & "Learning" 'x'`)]), 'Journal of &lt;Machine&gt; &amp; &quot;Learning&quot; &#x27;x&#x27;');
  });

  it('draws every mark as its element', () => {
    const cases: [Mark, string][] = [
      [bold, '<b>x</b>'],
      [italic, '<i>x</i>'],
      [{ type: 'underline' }, '<u>x</u>'],
      [{ type: 'smallCaps' }, '<span class="small-caps">x</span>'],
      [{ type: 'superscript' }, '<sup>x</sup>'],
      [{ type: 'subscript' }, '<sub>x</sub>'],
      [owner, '<span class="owner">x</span>'],
      [link('https://example.org/a'), '<a href="https://example.org/a" rel="noopener">x</a>'],
    ];
    for (const [mark, html] of cases) assert.equal(runsToHtml([r('x', mark)]), html, mark.type);
  });

  it('nests several marks on one run in a fixed order', () => {
    assert.equal(runsToHtml([r('P', italic, bold)]), '<b><i>P</i></b>');
    assert.equal(runsToHtml([r('Me', bold, owner)]), '<span class="owner"><b>Me</b></span>');
  });

  it('keeps an element open across adjacent runs that share it', () => {
    assert.equal(runsToHtml([r('a', bold), r('b', bold, italic), r('c', bold)]), '<b>a<i>b</i>c</b>');
    assert.equal(runsToHtml([r('A, ', bold), r('Me', bold, owner), r(', B', bold)]), '<b>A, <span class="owner">Me</span>, B</b>');
    assert.equal(runsToHtml([r('J', italic), r('12', italic)]), '<i>J12</i>');
  });

  it('closes and reopens only what changes, always well nested', () => {
    assert.equal(runsToHtml([r('a', bold), r('b', bold, italic), r('c', italic)]), '<b>a<i>b</i></b><i>c</i>');
  });

  it('skips empty runs and ignores a repeated mark', () => {
    assert.equal(runsToHtml([r('a', bold), r(''), r('b', bold, bold)]), '<b>ab</b>');
    assert.equal(runsToHtml([]), '');
  });

  it('drops javascript: and other unsafe links, keeping the text', () => {
    assert.equal(runsToHtml([r('click <me>', link('javascript:alert(1)'))]), 'click &lt;me&gt;');
    assert.equal(runsToHtml([r('x', link('JAVASCRIPT:alert(1)'))]), 'x');
    assert.equal(runsToHtml([r('x', link('data:text/html,hi'))]), 'x');
    assert.equal(runsToHtml([r('x', link('/relative/path'))]), 'x');
  });

  it('keeps mailto and http(s) links, escaping the href', () => {
    assert.equal(runsToHtml([r('mail', link('mailto:me@example.org'))]), '<a href="mailto:me@example.org" rel="noopener">mail</a>');
    assert.equal(runsToHtml([r('q', link('https://example.org/?a="b"&c'))]), '<a href="https://example.org/?a&#x3D;&quot;b&quot;&amp;c" rel="noopener">q</a>');
  });

  it('opens a new link when the href changes', () => {
    assert.equal(
      runsToHtml([r('a', link('https://a.example')), r('b', link('https://b.example'))]),
      '<a href="https://a.example" rel="noopener">a</a><a href="https://b.example" rel="noopener">b</a>',
    );
  });
});

describe('isSafeHref', () => {
  it('accepts http, https and mailto only', () => {
    assert.ok(isSafeHref('http://example.org'));
    assert.ok(isSafeHref('https://doi.org/10.1000/x'));
    assert.ok(isSafeHref('mailto:a@b.c'));
    assert.ok(!isSafeHref('javascript:void(0)'));
    assert.ok(!isSafeHref(' javascript:void(0)'));
    assert.ok(!isSafeHref('vbscript:x'));
    assert.ok(!isSafeHref('file:///etc/passwd'));
    assert.ok(!isSafeHref('doi.org/10.1000/x'));
  });
});
