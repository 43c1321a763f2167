import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reorderLine } from '../../src/render/pdf-bidi.js';
import type { Line } from '../../src/render/pdf-layout.js';

/** A line of one fragment per text, each as wide as its length. */
function line(...texts: [string, string][]): Line<string> {
  let x = 0;
  const fragments = texts.map(([text, style]) => {
    const fragment = { text, style, x, width: text.length };
    x += text.length;
    return fragment;
  });
  return { fragments, width: x };
}

const measure = (text: string): number => text.length;
const drawn = (l: Line<string>): string[] => l.fragments.map((f) => f.text);

describe('reorderLine', () => {
  it('leaves a line without right-to-left text as it is', () => {
    const latin = line(['Sui, Y. (2024). ', 'a'], ['Title', 'i']);
    assert.equal(reorderLine(latin, measure), latin);
  });

  it('puts the words of a Hebrew name right to left inside a left-to-right entry, each word in logical order for fontkit', () => {
    const reordered = reorderLine(line(['Smith and כהן דוד wrote', 'a']), measure);
    assert.deepEqual(drawn(reordered), ['Smith and ', 'דוד', ' ', 'כהן', ' wrote']);
    assert.deepEqual(
      reordered.fragments.map((f) => f.x),
      [0, 10, 13, 14, 17],
    );
    assert.equal(reordered.width, 23);
  });

  it('keeps a year inside Arabic text left to right', () => {
    assert.deepEqual(drawn(reorderLine(line(['علي 2020', 'a']), measure)), ['2020', ' ', 'علي']);
  });

  it('mirrors brackets in right-to-left text and reverses neutral stretches fontkit would not', () => {
    assert.deepEqual(drawn(reorderLine(line(['מחקר [גרסה] x', 'a']), measure)), [']גרסה[', ' ', 'מחקר', ' x']);
    assert.deepEqual(drawn(reorderLine(line(['א ?! ב', 'a']), measure)), ['ב', ' ', '!?', ' ', 'א']);
  });

  it('keeps each fragment in its own style', () => {
    const reordered = reorderLine(line(['by ', 'a'], ['כהן', 'b'], [' דוד', 'a']), measure);
    assert.deepEqual(
      reordered.fragments.map((f) => [f.text, f.style]),
      [
        ['by ', 'a'],
        ['דוד', 'a'],
        [' ', 'a'],
        ['כהן', 'b'],
      ],
    );
  });

  it('reorders each isolate apart: the commas, "&" and year between and after Hebrew names stay the list\'s', () => {
    const names = line(['Sui, Y., ', 'a'], ['כהן, ד.', 'i'], [', & ', 'a'], ['לוי, ד.', 'i'], [' (2023).', 'a']);
    // Without isolates the neutrals between the two names take their direction: the "&" and the year are drawn into them.
    assert.deepEqual(drawn(reorderLine(names, measure)), ['Sui, Y., ', '(', '2023', ')', ' ', 'ד.', ' ', 'לוי,', ' ', '&', ' ', ',', 'ד.', ' ', 'כהן,', '.']);
    assert.deepEqual(drawn(reorderLine(names, measure, { base: 'ltr', isolated: (style) => style === 'i' })), [
      'Sui, Y., ',
      'ד.',
      ' ',
      'כהן,',
      ', & ',
      'ד.',
      ' ',
      'לוי,',
      ' (2023).',
    ]);
  });

  it('in a right-to-left paragraph orders Latin isolates right to left, each read left to right', () => {
    const names = line(['כהן, ד., ', 'a'], ['Sui, Y.', 'i'], [', & ', 'a'], ['Levi, D.', 'i'], [' (2023).', 'a']);
    assert.deepEqual(drawn(reorderLine(names, measure, { base: 'rtl', isolated: (style) => style === 'i' })), [
      '.(',
      '2023',
      ')',
      ' ',
      'Levi, D.',
      ' ',
      '&',
      ' ',
      ',',
      'Sui, Y.',
      ' ',
      'ד.,',
      ' ',
      'כהן,',
    ]);
  });
});
