import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Document } from '../../src/model/index.js';
import { renderDocx } from '../../src/render/render-document.js';
import { TEMPLATES_DIR } from '../../src/files/bundled-files.js';
import { join } from 'node:path';
import { sampleDocument } from '../fixtures/sample-document.js';
import { readDocx } from '../helpers/read-docx.js';

const doc: Document = {
  ...sampleDocument,
  sections: [
    {
      id: 's',
      title: 'S',
      entries: [
        {
          id: 'x',
          runs: [
            { text: 'Smith, J., ', marks: [] },
            { text: 'محمد علي', marks: [] },
            { text: ', Մարտիրոսյան', marks: [] },
          ],
        },
      ],
    },
  ],
};

describe('fonts named for scripts the base fonts lack', () => {
  it('DOCX: an Arabic run names Noto Sans Arabic in its complex-script slot, an Armenian one Noto Sans Armenian, a Latin one nothing', async () => {
    const { documentXml } = await readDocx(await renderDocx(doc));
    assert.match(documentXml, /<w:rFonts w:cs="Noto Sans Arabic"\/>(?:(?!<\/w:r>).)*محمد علي/s);
    assert.match(documentXml, /<w:rFonts w:hAnsi="Noto Sans Armenian"\/>(?:(?!<\/w:r>).)*Մարտիրոսյան/s);
    assert.doesNotMatch(documentXml, /<w:rFonts[^>]*\/>(?:(?!<\/w:r>).)*Smith, J\./s);
  });

  it('HTML: both font stacks of the default theme name a Noto family for each script the PDF draws', () => {
    const css = readFileSync(join(TEMPLATES_DIR, 'default', 'style.css'), 'utf8');
    for (const stack of ['--serif', '--sans']) {
      const value = new RegExp(`${stack}:([^;]*);`).exec(css)?.[1] ?? '';
      for (const family of [
        'Noto Sans Armenian',
        'Noto Sans Arabic',
        'Noto Sans Hebrew',
        'Noto Sans Devanagari',
        'Noto Sans Thai',
        'Noto Sans Math',
        'Noto Emoji',
      ]) {
        assert.ok(value.includes(`"${family}"`), `${stack} lacks ${family}`);
      }
    }
  });
});
