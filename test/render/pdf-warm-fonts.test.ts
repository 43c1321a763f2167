import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TEMPLATES_DIR } from '../../src/files/bundled-files.js';
import type { Document } from '../../src/model/index.js';
import { DEFAULT_LAYOUT } from '../../src/model/layout.js';
import { PDF_THREAD_ENTRIES, renderFormats } from '../../src/render/render-formats.js';
import { writers } from '../../src/render/writers.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { readPdf } from '../helpers/read-pdf.js';
import { repoRoot } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

// The PDF writer keeps its text fonts and their word shapes for the life of the process
// (pdf-fonts.ts, pdf-shape-cache.ts) and its thread for the life of the process
// (render-formats.ts). A document typeset after others must come out as it does first thing in
// a fresh process.

/** The sample's entries, `entries` of them, each title made distinct by `tag`. */
function documentOf(entries: number, tag: string): Document {
  const pool = sampleDocument.sections.flatMap((s) => s.entries);
  const section = sampleDocument.sections[0]!;
  return {
    ...sampleDocument,
    sections: [{ ...section, entries: Array.from({ length: entries }, (_, i) => ({ ...pool[i % pool.length]!, id: `${tag}${i}` })) }],
  };
}

const options = { templatesDir: TEMPLATES_DIR };

/** The PDF of `documentOf(entries, tag)` typeset by a fresh process, as its first document. */
function pdfFromFreshProcess(entries: number, tag: string): Buffer {
  const file = join(tempDir('pdf-warm'), 'cold.pdf');
  const script = [
    `import { writeFileSync } from 'node:fs';`,
    `import { writers } from ${JSON.stringify(join(repoRoot, 'src/render/writers.ts'))};`,
    `import { sampleDocument } from ${JSON.stringify(join(repoRoot, 'test/fixtures/sample-document.ts'))};`,
    `import { TEMPLATES_DIR } from ${JSON.stringify(join(repoRoot, 'src/files/bundled-files.ts'))};`,
    `const pool = sampleDocument.sections.flatMap((s) => s.entries);`,
    `const section = sampleDocument.sections[0];`,
    `const doc = { ...sampleDocument, sections: [{ ...section, entries: Array.from({ length: ${entries} }, (_, i) => ({ ...pool[i % pool.length], id: ${JSON.stringify(tag)} + i })) }] };`,
    `writeFileSync(${JSON.stringify(file)}, await (await writers.pdf.load()).render(doc, { templatesDir: TEMPLATES_DIR }));`,
  ].join('\n');
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return readFileSync(file);
}

/** A one-entry document whose entry reads `text`, with the sample's first entry's marks and blocks gone. */
function documentSaying(text: string): Document {
  const section = sampleDocument.sections[0]!;
  const entry = { ...section.entries[0]!, id: text, runs: [{ text, marks: [] }], blocks: [] };
  return { ...sampleDocument, sections: [{ ...section, entries: [entry] }] };
}

describe('fonts, word shapes and the writer thread kept between documents', () => {
  it("keep each glyph's characters for the text layer: an 'ı' after a document that only built 'í' from it copies out as 'ı'", async () => {
    const pdf = await writers.pdf.load();
    // Noto Serif's 'í' is the dotless 'ı' plus an accent: subsetting the first document asks for 'ı' with no characters.
    await pdf.render(documentSaying('Martí Ríos'), options);
    const text = (await readPdf(await pdf.render(documentSaying('Kılıç Işık'), options))).pages.flatMap((p) => p.items.map((i) => i.text)).join('');
    assert.match(text, /Kılıç Işık/);
  });

  it('typeset a document after others on this thread exactly as a fresh process does', async () => {
    const pdf = await writers.pdf.load();
    // The same words in the other typeface first: their shapes must not be taken for the serif's.
    await pdf.render({ ...documentOf(7, 'sans'), layout: { ...DEFAULT_LAYOUT, font: 'sans' } }, options);
    await pdf.render(documentOf(3, 'warmup'), options);
    const warm = Buffer.from(await pdf.render(documentOf(12, 'x'), options));
    assert.ok(warm.equals(pdfFromFreshProcess(12, 'x')));
  });

  it('give the same bytes from the kept writer thread, document after document', async () => {
    const formats = ['pdf', 'html'] as const;
    for (const tag of ['a', 'b']) {
      const doc = documentOf(PDF_THREAD_ENTRIES, tag);
      const [threaded] = await renderFormats(doc, formats, options, 2);
      const [here] = await renderFormats(doc, formats, options, 1);
      assert.ok(Buffer.from(threaded!).equals(Buffer.from(here!)), `document ${tag}`);
    }
  });
});
