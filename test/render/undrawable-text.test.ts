import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Document } from '../../src/model/index.js';
import { undrawableCharacters } from '../../src/render/undrawable-text.js';
import { sampleDocument } from '../fixtures/sample-document.js';

function withEntry(text: string): Document {
  return {
    ...sampleDocument,
    sections: [{ id: 's', title: 'S', entries: [{ id: 'kim2020', runs: [{ text, marks: [] }], source: { file: 'refs.bib', line: 12 } }] }],
  };
}

describe('undrawableCharacters', () => {
  it('warns once per entry and character no bundled font draws, naming the code point and the fix', () => {
    const diagnostics = undrawableCharacters(withEntry('Kim \ue000\ue000 and \u{50000}'));
    assert.deepEqual(
      diagnostics.map((d) => [d.severity, d.code, d.entry, d.file, d.line]),
      [
        ['warning', 'pdf-missing-glyph', 'kim2020', 'refs.bib', 12],
        ['warning', 'pdf-missing-glyph', 'kim2020', 'refs.bib', 12],
      ],
    );
    assert.match(diagnostics[0]?.message ?? '', /^U\+E000 in entry kim2020 cannot be drawn in the PDF .*private-use character.*replace it/);
    assert.match(diagnostics[1]?.message ?? '', /^U\+50000 in entry kim2020 .*not an assigned Unicode character.*encoding/);
  });

  it('has nothing to say about text the fallback fonts draw', () => {
    assert.deepEqual(undrawableCharacters(withEntry('Մարտիրոսյան, محمد, כהן, शर्मा, สมชาย, 张伟, 김철수, 🙂, M ≲ 10')), []);
  });

  it('warns about the page header too, without an entry', () => {
    const [diagnostic, ...rest] = undrawableCharacters({ ...withEntry('ok'), owner: 'Tenzin ཀ' });
    assert.deepEqual(rest, []);
    assert.equal(diagnostic?.entry, undefined);
    assert.match(diagnostic?.message ?? '', /^U\+0F40 in the page header .*no bundled font has this script/);
  });
});
