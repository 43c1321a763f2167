import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakLines, entryTexts, pdfLines } from '../../bench/floor-text.js';

const HTML = `<ol>
    <li id="a1"><div class="entry-text"><span class="entry-reference"><span class="owner">Testperson, A.</span>, Čapek, É., &amp; Telser, O. (2024). Study. <i>Synthetic Letters</i>, <i>24</i>, 42–52.</span></div><div class="entry-links">doi</div></li>
    <li id="a2"><div class="entry-text">Second &#x201C;quoted&#8221; &lt;entry&gt;</div></li>
    <li class="not-an-entry">skipped</li>
</ol>`;

test('entryTexts takes each entry as plain text: inline tags dropped, blocks end a word, entities decoded', () => {
  assert.deepEqual(entryTexts(HTML), [
    'Testperson, A., Čapek, É., & Telser, O. (2024). Study. Synthetic Letters, 24, 42–52. doi',
    'Second \u201Cquoted\u201D <entry>',
  ]);
});

test('breakLines breaks at spaces into lines no longer than the width', () => {
  assert.deepEqual(breakLines('aa bb cc dd', 5), ['aa bb', 'cc dd']);
  assert.deepEqual(breakLines('aa bb cc', 6), ['aa bb', 'cc']);
  assert.deepEqual(breakLines('a  verylongword b', 4), ['a', 'verylongword', 'b']);
  assert.deepEqual(breakLines('', 10), []);
});

test('pdfLines gives every entry its own lines, in order', () => {
  const lines = pdfLines(HTML, 40);
  assert.ok(lines.every((line) => line.length <= 40));
  assert.equal(lines.join(' '), entryTexts(HTML).join(' '));
  assert.equal(lines.at(-1), 'Second \u201Cquoted\u201D <entry>');
});
