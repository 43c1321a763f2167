import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closeNames, closestWord, editDistance, matchRank } from '../../src/text/did-you-mean.js';

const NAMES = ['apa', 'apa-cv', 'ieee', 'ieee-access', 'nature', 'nature-communications', 'nature-chemistry', 'vancouver', 'harvard1'];

test('suggests typos, abbreviations and names that contain what was typed', () => {
  assert.equal(closeNames('ieeee', NAMES)[0], 'ieee');
  assert.equal(closeNames('vancuver', NAMES)[0], 'vancouver');
  assert.equal(closeNames('nature-comms', NAMES)[0], 'nature-communications');
  assert.deepEqual(closeNames('harvard', NAMES), ['harvard1']);
  assert.deepEqual(closeNames('zzzz', NAMES), []);
  assert.ok(closeNames('a', NAMES, 3).length <= 3);
});

/** The textbook full-matrix distance, optimal string alignment when `swaps`. */
function reference(a: string, b: string, swaps: boolean): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

test('editDistance counts edits, a swap as one only with transpositions, and says when it is past the limit', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('sectoins', 'sections'), 2);
  assert.equal(editDistance('sectoins', 'sections', { transpositions: true }), 1);
  assert.ok(editDistance('abcdef', 'uvwxyz', { limit: 2 }) > 2);
  assert.ok(editDistance('a', 'abcdef', { limit: 2 }) > 2);
});

test('editDistance agrees with the full matrix on many short strings, with and without a limit', () => {
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const word = (): string => Array.from({ length: Math.floor(random() * 7) }, () => 'abc'[Math.floor(random() * 3)]).join('');
  for (let n = 0; n < 3000; n += 1) {
    const [a, b] = [word(), word()];
    for (const transpositions of [false, true]) {
      const full = reference(a, b, transpositions);
      assert.equal(editDistance(a, b, { transpositions }), full, `${a} ${b}`);
      for (const limit of [1, 2]) {
        const limited = editDistance(a, b, { transpositions, limit });
        if (full <= limit) assert.equal(limited, full, `${a} ${b} ${limit}`);
        else assert.ok(limited > limit, `${a} ${b} ${limit}`);
      }
    }
  }
});

test('closestWord: one answer for a misspelt key, case ignored, swapped letters one edit', () => {
  const keys = ['sections', 'style', 'year', 'formats', 'output'];
  assert.equal(closestWord('sectoins', keys), 'sections');
  assert.equal(closestWord('YAER', keys), 'year');
  assert.equal(closestWord('stlye', keys), 'style');
  assert.equal(closestWord('colour', keys), undefined);
  assert.equal(closestWord('x', []), undefined);
});

test('closeNames counts a swap as two edits: "aspa" is too far from "apsa" for a style suggestion', () => {
  assert.deepEqual(closeNames('aspa', ['apsa']), []);
  assert.equal(closestWord('aspa', ['apsa']), 'apsa');
});

test('closeNames puts a family stem before lone names that begin alike: chicago -> chicago-author-date first', () => {
  const chicago = ['chicago-author-date', 'chicago-author-date-de', 'chicago-author-date-fr', 'chicago-figures', 'chicago-library-list', 'my-chicago'];
  assert.equal(closeNames('chicago', chicago)[0], 'chicago-author-date');
  assert.equal(closeNames('chicago', chicago, 10).at(-1), 'my-chicago');
  assert.deepEqual(closeNames('ams', ['ain-shams', 'ams-review', 'ams']), ['ams', 'ams-review', 'ain-shams']);
});

test("matchRank: the name, its beginning, a part's beginning, inside, nowhere", () => {
  assert.deepEqual(
    ['ams', 'ams-review', 'x-amsterdam', 'ain-shams', 'ieee'].map((n) => matchRank('ams', n)),
    [0, 1, 2, 3, 4],
  );
  assert.equal(matchRank('chicago author', 'chicago-author-date'), 1);
});
