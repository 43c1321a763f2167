import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportLostCharacters } from '../../src/normalize/report-lost-characters.js';

describe('reportLostCharacters', () => {
  const source = { file: 'refs.bib', line: 693, key: 'm83' };

  it('warns at the entry, naming each field whose text holds U+FFFD (names included)', () => {
    const diagnostics = reportLostCharacters(
      { id: 'm83', type: 'article-journal', title: 'The EU\uFFFDs policy', author: [{ family: 'M\uFFFDller', given: 'A.' }], 'container-title': 'Fine' },
      source,
    );
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.entry]),
      [['lost-character', 'warning', 'refs.bib', 693, 'm83']],
    );
    assert.match(diagnostics[0]?.message ?? '', /^title, author hold U\+FFFD \(\uFFFD\), left where a character was lost/);
  });

  it('says nothing of text without it', () => {
    assert.deepEqual(reportLostCharacters({ id: 'a', type: 'book', title: 'The EU’s policy' }, source), []);
  });
});
