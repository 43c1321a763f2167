import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cslHtmlToRuns } from '../../src/format/csl-html-to-runs.js';

test('reads italics, superscripts, links and entities from citeproc html', () => {
  const html =
    '<div class="csl-entry">Yang, C. (2024). MoE-I<sup>2</sup>: a &#38; b &#60;c&#62;. <i>Journal</i>. <a href="https://doi.org/10.1/x">https://doi.org/10.1/x</a></div>';
  const { runs, label } = cslHtmlToRuns(html, 'e');
  assert.equal(label, undefined);
  assert.deepEqual(runs, [
    { text: 'Yang, C. (2024). MoE-I', marks: [] },
    { text: '2', marks: [{ type: 'superscript' }] },
    { text: ': a & b <c>. ', marks: [] },
    { text: 'Journal', marks: [{ type: 'italic' }] },
    { text: '. ', marks: [] },
    { text: 'https://doi.org/10.1/x', marks: [{ type: 'link', href: 'https://doi.org/10.1/x' }] },
  ]);
});

test('takes the left margin as the label', () => {
  const html = '<div class="csl-entry">\n <div class="csl-left-margin">12. </div><div class="csl-right-inline">Text.</div>\n</div>';
  const { runs, label } = cslHtmlToRuns(html, 'e');
  assert.equal(label, '12.');
  assert.equal(
    runs
      .map((r) => r.text)
      .join('')
      .trim(),
    'Text.',
  );
});

test('turns the owner tag (sup>sub or sub>sup) into the owner mark, not a superscript', () => {
  const html = '<div><sup><sub>Sui</sub></sup>, <sup><sub>Y.</sub> </sup>, <sub><sup>Sui</sup></sub> and <sup>2</sup></div>';
  const { runs } = cslHtmlToRuns(html, 'e');
  assert.deepEqual(runs, [
    { text: 'Sui', marks: [{ type: 'owner' }], ownerName: 'sup' },
    { text: ', ', marks: [] },
    { text: 'Y.', marks: [{ type: 'owner' }], ownerName: 'sup' },
    { text: ', ', marks: [] },
    { text: 'Sui', marks: [{ type: 'owner' }], ownerName: 'sub' },
    { text: ' and ', marks: [] },
    { text: '2', marks: [{ type: 'superscript' }] },
  ]);
});

test('follows citeproc flip-flop spans and small caps', () => {
  const html = '<div><i>A <span style="font-style:normal;">B</span></i> <span style="font-variant:small-caps;">c</span></div>';
  const { runs } = cslHtmlToRuns(html, 'e');
  assert.deepEqual(runs, [
    { text: 'A ', marks: [{ type: 'italic' }] },
    { text: 'B', marks: [] },
    { text: ' ', marks: [] },
    { text: 'c', marks: [{ type: 'smallCaps' }] },
  ]);
});
