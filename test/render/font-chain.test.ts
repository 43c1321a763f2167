import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as fontkit from 'fontkit';
import { fontChain, resolveFontFiles, splitByFont, type FontFace } from '../../src/render/font-chain.js';

const chain = fontChain('serif');
const files = resolveFontFiles('serif');

/** fontkit's own glyph lookup in the file of `face`: id 0 is .notdef, the empty box. */
function glyphId(face: FontFace, char: string): number {
  const font = fontkit.create(readFileSync(files[face]));
  assert.ok(!('fonts' in font), `${face} is one font`);
  return font.glyphForCodePoint(char.codePointAt(0) as number).id;
}

describe('the font fallback chain', () => {
  const cases: [string, FontFace][] = [
    ['A', 'regular'],
    ['Č', 'regular'],
    ['Ω', 'regular'],
    ['Ж', 'regular'],
    ['Ա', 'armenianRegular'],
    ['م', 'arabicRegular'],
    ['ש', 'hebrewRegular'],
    ['क', 'devanagariRegular'],
    ['ก', 'thaiRegular'],
    ['≲', 'mathRegular'],
    ['→', 'mathRegular'],
    ['🙂', 'emojiRegular'],
    ['张', 'cjkRegular'],
    ['한', 'hangulRegular'],
  ];
  for (const [char, face] of cases) {
    it(`draws ${char} (U+${(char.codePointAt(0) as number).toString(16).toUpperCase()}) in ${face}, which has an outline for it`, () => {
      assert.equal(chain.faceFor(char, 'regular'), face);
      assert.notEqual(glyphId(face, char), 0);
    });
  }

  it('keeps the weight: bold text falls back to the bold face of a font that has one', () => {
    assert.equal(chain.faceFor('Ա', 'bold'), 'armenianBold');
    assert.equal(chain.faceFor('Ա', 'boldItalic'), 'armenianBold');
    assert.equal(chain.faceFor('≲', 'bold'), 'mathBold');
    assert.equal(files.mathBold, files.mathRegular, 'Noto Sans Math has one weight');
  });

  it('sets a symbol asked for as emoji (U+FE0F) in the emoji font', () => {
    assert.equal(chain.faceFor('\u2640', 'regular'), 'mathRegular');
    assert.equal(chain.faceFor('\u2640\ufe0f', 'regular'), 'emojiRegular');
  });

  it('finds no font for a private-use or an unassigned code point', () => {
    assert.equal(chain.faceFor('\ue000', 'regular'), undefined);
    assert.equal(chain.faceFor('\u{50000}', 'regular'), undefined);
  });

  it('splits text where the font changes, never inside a letter and its marks or an emoji sequence', () => {
    assert.deepEqual(splitByFont(chain, 'Ani Մարտիրոսյան, 2020', 'regular'), [
      { text: 'Ani ', face: 'regular' },
      { text: 'Մարտիրոսյան', face: 'armenianRegular' },
      { text: ', 2020', face: 'regular' },
    ]);
    assert.deepEqual(splitByFont(chain, 'क्षेत्र', 'regular'), [{ text: 'क्षेत्र', face: 'devanagariRegular' }]);
    assert.deepEqual(splitByFont(chain, 'a 👩\u200d🔬 b', 'italic'), [
      { text: 'a ', face: 'italic' },
      { text: '👩\u200d🔬', face: 'emojiRegular' },
      { text: ' b', face: 'italic' },
    ]);
    assert.deepEqual(splitByFont(chain, 'x\ue000y', 'regular'), [
      { text: 'x', face: 'regular' },
      { text: '\ue000', face: undefined },
      { text: 'y', face: 'regular' },
    ]);
  });
});
