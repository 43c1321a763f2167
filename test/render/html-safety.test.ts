import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { defaultTemplatesDir, renderHtml } from '../../src/render/html.js';
import type { Document, Mark, Run } from '../../src/model/index.js';
import { sampleDocument } from '../fixtures/sample-document.js';

const link = (href: string): Mark => ({ type: 'link', href });
const r = (text: string, ...marks: Mark[]): Run => ({ text, marks });

const SCRIPT = '</script><script>alert(1)</script><!--';
const UNSAFE_HREFS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  'relative/path.pdf',
];
const SAFE_HREFS = ['https://ok.example/?a=1&b="2"<x>', 'http://ok.example/p', 'mailto:me@ok.example'];

/** A document whose every datum tries to break out of where it is written. */
const hostile: Document = {
  ...sampleDocument,
  title: `<script>alert("title")</script> & Co`,
  owner: `O"Brien <img src=x onerror=alert(1)>`,
  lang: 'en" onload="alert(1)',
  style: '<b>apa</b>',
  legend: [[r(`* Co-first <authors> ${SCRIPT}`)]],
  sections: [
    {
      id: `sec" onmouseover="alert(1)`,
      title: `Journal <em>articles</em> ${SCRIPT}`,
      entries: [
        {
          id: `a" b'c <d>`,
          label: `<i>1</i>"`,
          runs: [
            r(`Title with ${SCRIPT} & "quotes" 'single'`),
            ...UNSAFE_HREFS.map((href) => r(` bad ${href}`, link(href))),
            ...SAFE_HREFS.map((href) => r(` good`, link(href))),
          ],
          work: { type: 'article-journal', title: `T ${SCRIPT} \u2028 & <b>`, authors: [`Sui, "Y" </script>`], doi: '10.1/<x>', url: 'javascript:alert(1)' },
        },
      ],
    },
  ],
};

/** Every element of the tree, depth first. */
function elements(root: HTMLElement): HTMLElement[] {
  return root.querySelectorAll('*');
}

describe('HTML with hostile data', () => {
  for (const jsonLd of [false, true]) {
    it(`escapes every datum and links only to http(s) and mailto${jsonLd ? ', with JSON-LD' : ''}`, async () => {
      const html = await renderHtml(hostile, { templatesDir: defaultTemplatesDir, ...(jsonLd ? { jsonLd: true } : {}) });
      const root = parse(html);
      const scripts = root.querySelectorAll('script');
      assert.deepEqual(
        scripts.map((s) => s.getAttribute('type')),
        jsonLd ? ['application/ld+json'] : [],
      );
      assert.equal(html.match(/<\/script/gi)?.length ?? 0, jsonLd ? 1 : 0, 'no datum closes a script');
      assert.equal(html.match(/<!--/g)?.length ?? 0, 0, 'no datum opens a comment');
      for (const el of elements(root)) {
        for (const name of Object.keys(el.attributes)) assert.ok(!/^on/i.test(name), `event handler attribute ${name} on <${el.tagName}>`);
        assert.ok(!['IMG', 'EM', 'I', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) || el.closest('.entry-text'), `injected <${el.tagName}>`);
      }
      assert.equal(root.querySelectorAll('img').length, 0);
      const hrefs = root.querySelectorAll('[href]').map((a) => a.getAttribute('href') ?? '');
      assert.deepEqual(hrefs, SAFE_HREFS);
      for (const a of root.querySelectorAll('a')) assert.equal(a.getAttribute('rel'), 'noopener');
      // The texts arrive whole, as text.
      assert.equal(root.querySelector('h1')?.text, hostile.title);
      assert.equal(root.querySelector('.cv-owner')?.text, hostile.owner);
      assert.equal(root.querySelector('h2')?.text, hostile.sections[0]!.title);
      assert.equal(root.querySelector('li')?.getAttribute('id'), `a"-b'c-<d>`);
      assert.equal(root.querySelector('.entry-label')?.text, `<i>1</i>"`);
      assert.ok(root.querySelector('.entry-text')?.text.startsWith(`Title with ${SCRIPT} & "quotes" 'single' bad javascript:alert(1)`));
      assert.equal(root.querySelector('html')?.getAttribute('lang'), hostile.lang);
      assert.ok(root.querySelector('.cv-legend')?.text.includes(`<authors> ${SCRIPT}`));
    });
  }

  it('writes JSON-LD that parses back to the data, with no unsafe URL', async () => {
    const html = await renderHtml(hostile, { templatesDir: defaultTemplatesDir, jsonLd: true });
    const script = parse(html).querySelector('script[type="application/ld+json"]');
    assert.ok(script);
    assert.doesNotMatch(script.rawText, /[<>&\u2028]/);
    const data = JSON.parse(script.rawText) as { '@graph': Array<Record<string, unknown>> };
    const [node] = data['@graph'];
    assert.equal(node?.name, hostile.sections[0]!.entries[0]!.work!.title);
    assert.deepEqual(node?.author, [{ '@type': 'Person', name: `Sui, "Y" </script>` }]);
    assert.equal(node?.['@id'], `#a"-b'c-<d>`);
    assert.equal(node?.url, undefined);
    assert.equal(node?.sameAs, 'https://doi.org/10.1/<x>');
  });
});
