import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
const { resolveFontFiles } = await import('/work/main/dist/render/font-chain.js');
const files = resolveFontFiles('serif');
const font = fontkit.create(readFileSync(files.regular));
const dotless = font.glyphForCodePoint(0x131).id;
const orig = font.getGlyph.bind(font);
const texts = process.argv.slice(2);
for (const t of texts) {
  const f = fontkit.create(readFileSync(files.regular));
  const run = f.layout(t);
  console.log(JSON.stringify(t), run.glyphs.map(g => `${g.id}:${JSON.stringify(g.codePoints)}`).join(' '), 'dotless', dotless);
}
