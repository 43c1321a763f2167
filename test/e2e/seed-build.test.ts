import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { readDocx } from '../helpers/read-docx.js';
import { readHtml } from '../helpers/read-html.js';
import { pdfLines, readPdf } from '../helpers/read-pdf.js';
import { type CliResult, runCli } from '../helpers/run-cli.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const SEED = '../shared/seed/000_b74aa7739271a18e.txt';

/** How each bundled style writes the owner "Sui, Yang". */
const OWNER_IN_STYLE: Record<string, string> = { apa: 'Sui, Y.', vancouver: 'Sui Y', harvard1: 'Sui, Y.' };

for (const [style, owner] of Object.entries(OWNER_IN_STYLE)) {
  describe(`the seed in ${style}`, () => {
    const out = tempDir(`seed-${style}`);
    let result: CliResult;
    before(async () => {
      result = await runCliInProcess(['build', SEED, '--style', style, '--out', out, '--json']);
    });

    test('builds all three formats and counts 10 read, 10 rendered', () => {
      assert.equal(result.status, 0, result.stderr);
      const report = JSON.parse(result.stdout);
      assert.deepEqual(report.entries, { read: 10, rendered: 10, skipped: 0, merged: 0 });
      assert.deepEqual(
        report.outputs,
        ['pdf', 'docx', 'html'].map((ext) => join(out, `publications.${ext}`)),
      );
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    });

    test('HTML: every entry has the owner highlighted once, with the initial, and nothing else', () => {
      const page = readHtml(readFileSync(join(out, 'publications.html'), 'utf8'));
      assert.equal(page.entries.length, 10);
      for (const entry of page.entries) {
        assert.deepEqual(entry.owners, [owner], entry.text);
        assert.deepEqual(entry.bold, [], entry.text);
      }
    });

    test('DOCX: in every entry paragraph the only bold run is the owner with the initial', async () => {
      const docx = await readDocx(readFileSync(join(out, 'publications.docx')));
      const entries = docx.paragraphs.filter((p) => p.style === 'Publication');
      assert.equal(entries.length, 10);
      for (const p of entries) {
        const bold = p.runs.filter((r) => r.bold).map((r) => r.text);
        assert.deepEqual(bold, [owner], p.runs.map((r) => r.text).join(''));
      }
    });

    test('PDF: the owner with the initial is drawn in a bold font 10 times, and nothing else in the list is', async () => {
      const pdf = await readPdf(readFileSync(join(out, 'publications.pdf')));
      const lines = pdfLines(pdf).filter((l) => l.text !== 'Publications' && l.text !== 'Yang Sui');
      const boldText = lines
        .flatMap((l) => l.runs)
        .map((r) => (r.bold ? r.text : '\u0000'))
        .join('')
        .split('\u0000')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      assert.equal(boldText.length, 10, boldText.join(' | '));
      for (const text of boldText) assert.equal(text.replace(/\s+/g, ' '), owner);
    });
  });
}

test('the LaTeX in the seed becomes real formatting: MoE-I² has a superscript 2 in every format', async () => {
  const out = tempDir('seed-latex');
  const result = runCli(['build', SEED, '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  const html = readFileSync(join(out, 'publications.html'), 'utf8');
  assert.match(html, /MoE-I<sup>2<\/sup>/);
  assert.doesNotMatch(html, /\$\^2\$|\\textbf|\bnull\b/);
  const docx = await readDocx(readFileSync(join(out, 'publications.docx')));
  assert.ok(docx.paragraphs.some((p) => p.runs.some((r) => r.superscript && r.text === '2')));
});
