import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MarkupError, parseMarkup } from '../../src/assemble/parse-markup.js';
import { runsToMarkup } from '../../src/assemble/runs-to-markup.js';
import type { Mark, Run } from '../../src/model/index.js';
import { sampleDocument } from '../fixtures/sample-document.js';

const r = (text: string, ...marks: Mark[]): Run => ({ text, marks });

/** Runs with equal neighbours merged and marks in a fixed order, to compare by meaning. */
function canonical(runs: readonly Run[]): Array<[string, string[]]> {
  const key = (m: Mark): string => (m.type === 'link' ? `link ${m.href}` : m.type);
  const out: Array<[string, string[]]> = [];
  for (const run of runs) {
    const marks = run.marks.map(key).sort();
    const last = out[out.length - 1];
    if (last && last[1].join() === marks.join()) last[0] += run.text;
    else if (run.text !== '') out.push([run.text, marks]);
  }
  return out;
}

describe('runsToMarkup and parseMarkup', () => {
  it('round-trip every entry of the sample document', () => {
    for (const entry of sampleDocument.sections.flatMap((s) => s.entries)) {
      const parsed = parseMarkup(runsToMarkup(entry.runs));
      assert.deepEqual(canonical(parsed.runs), canonical(entry.runs), entry.id);
      assert.deepEqual(parsed.blocks, []);
    }
  });

  it('keep white space, ampersands and angle brackets exactly', () => {
    const runs = [r('  two  spaces\tand a tab '), r('<b> & "q"', { type: 'owner' }), r(' \n')];
    assert.deepEqual(canonical(parseMarkup(runsToMarkup(runs)).runs), canonical(runs));
  });

  it('write the owner as <owner> and links with escaped targets', () => {
    const markup = runsToMarkup([r('Sui, Y.', { type: 'owner' }, { type: 'bold' }), r(', '), r('x', { type: 'link', href: 'https://a.org/?a=1&b="2"' })]);
    assert.equal(markup, '<owner><b>Sui, Y.</b></owner>, <a href="https://a.org/?a=1&amp;b=&quot;2&quot;">x</a>');
  });

  it('write an isolate as <bdi>, around the owner of an isolated name, and read it back', () => {
    const runs = [r('כהן, ד.', { type: 'owner' }, { type: 'isolate' }), r(', & '), r('عبد الله', { type: 'isolate' }, { type: 'italic' })];
    const markup = runsToMarkup(runs);
    assert.equal(markup, '<bdi><owner>כהן, ד.</owner></bdi>, &amp; <bdi><i>عبد الله</i></bdi>');
    assert.deepEqual(canonical(parseMarkup(markup).runs), canonical(runs));
  });
});

describe('parseMarkup', () => {
  it('collapses template white space and trims the ends, as HTML does', () => {
    const parsed = parseMarkup('\n  <b>A</b>\n   text  \n');
    assert.deepEqual(parsed.runs, [r('A', { type: 'bold' }), r(' text')]);
  });

  it('takes the badge and paragraphs out of the reference line', () => {
    const parsed = parseMarkup(
      '<badge> ACL </badge> Ref.\n<award>Best paper</award>\n<links><a href="https://x.org/a.pdf">PDF</a> · <a href="javascript:alert(1)">Bad</a></links><note></note>',
    );
    assert.equal(parsed.badge, 'ACL');
    assert.deepEqual(parsed.runs, [r('Ref.')]);
    assert.deepEqual(parsed.blocks, [
      { kind: 'award', runs: [r('Best paper')] },
      { kind: 'links', runs: [r('PDF', { type: 'link', href: 'https://x.org/a.pdf' }), r(' · Bad')] },
    ]);
    assert.deepEqual(parsed.droppedLinks, ['javascript:alert(1)']);
  });

  it('decodes the references Handlebars writes', () => {
    assert.deepEqual(parseMarkup('a&#x3D;b &#x27;c&#x27; &#x60; &amp; &nbsp;& d').runs, [r("a=b 'c' ` & \u00a0& d")]);
  });

  it('rejects what is not entry markup', () => {
    const bad = ['<div>x</div>', '<b>x', 'x</i>', '<b><award>x</award></b>', '<award><line>x</line></award>', 'a < b', '<badge><b>x</b></badge>'];
    for (const markup of bad) assert.throws(() => parseMarkup(markup), MarkupError, markup);
  });
});
