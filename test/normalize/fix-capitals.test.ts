import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixCapitals } from '../../src/normalize/fix-capitals.js';

describe('fixCapitals', () => {
  it('puts names written in capitals in normal case, keeping initials', () => {
    const { item } = fixCapitals({
      id: 'a',
      type: 'book',
      author: [
        { family: 'PFAFFELHUBER', given: 'PETER' },
        { family: "O'BRIEN-SMITH", given: 'JP' },
        { family: 'MIŚKIEWICZ', given: 'RADOSŁAW', 'non-dropping-particle': 'VAN' },
        { family: 'Oblapenko', given: 'GP' },
        { family: 'IBM' },
        { literal: 'WHO' },
      ],
    });
    assert.deepEqual(item.author, [
      { family: 'Pfaffelhuber', given: 'Peter' },
      { family: "O'Brien-Smith", given: 'JP' },
      { family: 'Miśkiewicz', given: 'Radosław', 'non-dropping-particle': 'van' },
      { family: 'Oblapenko', given: 'GP' },
      { family: 'IBM' },
      { literal: 'WHO' },
    ]);
  });

  it('spaces initials written together, leaving hyphenated ones', () => {
    const { item } = fixCapitals({
      id: 'a',
      type: 'book',
      author: [
        { family: 'Wall', given: 'W.A.' },
        { family: 'Frahm', given: 'J.-M.' },
        { family: 'Seidel', given: 'H.-P.Seidel' },
      ],
    });
    assert.deepEqual(
      item.author?.map((name) => name.given),
      ['W. A.', 'J.-M.', 'H.-P. Seidel'],
    );
  });

  it('leaves a title in capitals in another language as written', () => {
    const result = fixCapitals({ id: 'a', type: 'book', language: 'de', title: 'DIE THEORETISCHE BIOLOGIE DER ZELLE' });
    assert.deepEqual([result.title, result.item.title], [false, 'DIE THEORETISCHE BIOLOGIE DER ZELLE']);
  });

  it('keeps a bracketed transliteration as written', () => {
    const { item } = fixCapitals({ id: 'a', type: 'book', author: [{ family: 'Մ', given: 'Պ.Մ. [P.M.]' }] });
    assert.deepEqual(
      item.author?.map((name) => name.given),
      ['Պ. Մ. [P.M.]'],
    );
  });

  it('puts a title in capitals in sentence case and says so', () => {
    const fixed = fixCapitals({ id: 'a', type: 'book', title: 'THE DIVERSITY OF A DISTRIBUTED GENOME' });
    assert.equal(fixed.item.title, 'The diversity of a distributed genome');
    assert.equal(fixed.title, true);
    assert.equal(fixCapitals({ id: 'a', type: 'book', title: 'DNA in the USA' }).title, false);
  });
});
