import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { build, type BuildOptions } from '../../src/api/build-files.js';
import { readDocx } from '../helpers/read-docx.js';
import { pdfLines, readPdf } from '../helpers/read-pdf.js';
import { repoRoot } from '../helpers/run-cli.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIB = join(repoRoot, 'test/fixtures/alfolio/papers.bib');
const DOI = 'https://doi.org/10.18653/v1/2020.acl-main.60';

/** Builds the al-folio fixture into a fresh folder; returns the three outputs as a reader sees them. */
async function buildAll(options: Partial<BuildOptions> = {}) {
  const out = tempDir('templates');
  const report = await build({ inputs: [BIB], names: ['Zhang, Yichi'], output: out, cache: false, date: '2026-01-15', ...options });
  const html = readFileSync(join(out, 'publications.html'), 'utf8');
  const pdf = await readPdf(new Uint8Array(readFileSync(join(out, 'publications.pdf'))));
  const docx = await readDocx(new Uint8Array(readFileSync(join(out, 'publications.docx'))));
  return {
    report,
    html,
    pdfText: pdfLines(pdf)
      .map((l) => l.text)
      .join('\n'),
    pdfLinks: pdf.pages.flatMap((p) => p.links.map((l) => l.url)),
    docxText: docx.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n'),
    docxLinks: docx.paragraphs.flatMap((p) => p.runs.flatMap((r) => (r.link ? [[r.text, r.link]] : []))),
  };
}

describe('entry templates decide what every format shows', () => {
  it('draws a user entry template’s text in HTML, PDF and DOCX alike', async () => {
    const templates = tempDir('user-templates');
    writeFileSync(join(templates, 'entry.hbs'), '{{reference}} <b>MARKER-{{year}}-{{badge}}</b>\n<line>Cited by many ({{type}})</line>\n');
    const { html, pdfText, docxText } = await buildAll({ templates });
    for (const [format, text] of [
      ['html', parse(html).text],
      ['pdf', pdfText],
      ['docx', docxText],
    ] as const) {
      assert.match(text, /MARKER-2020-ACL/, format);
      assert.match(text, /MARKER-2021-Applied Sciences/, format);
      assert.match(text, /Cited by many \(paper-conference\)/, format);
      assert.doesNotMatch(text, /Outstanding Paper Award/, `${format}: the user's template has no award line`);
    }
    assert.match(html, /<b>MARKER-2020-ACL<\/b>/);
    // The rest of the theme (page.hbs, style.css) still comes from the bundled default.
    assert.match(html, /<main class="cv-publications">/);
  });

  it('draws the links as labelled, clickable links in HTML, PDF and DOCX', async () => {
    const { report, html, pdfText, pdfLinks, docxLinks } = await buildAll();
    // APA prints the DOI in the reference (a link too), so the links line does not repeat it.
    const lines = [
      ['Slides', 'https://example.org/ecrf-slides.pdf'],
      ['Code', 'https://github.com/Silin159/PARG'],
      ['arXiv', 'https://arxiv.org/abs/2004.07462'],
    ];
    const anchors = parse(html)
      .querySelectorAll('.entry-links a')
      .map((a) => [a.text, a.getAttribute('href')]);
    assert.deepEqual(anchors, lines);
    assert.deepEqual(
      parse(html)
        .querySelectorAll('.entry-reference a')
        .map((a) => a.getAttribute('href')),
      [DOI],
    );
    assert.deepEqual(pdfLinks, [lines[0]![1], DOI, lines[1]![1], lines[2]![1]]);
    // On paper a bare label would hide its target: the PDF prints it after the label, without the scheme.
    assert.match(pdfText, /^Code: github\.com\/Silin159\/PARG · arXiv: arxiv\.org\/abs\/2004\.07462$/m);
    assert.deepEqual(docxLinks, [lines[0], [DOI, DOI], lines[1], lines[2]]);
    // pdf = {acl20_parg.pdf} is a file of the al-folio site, not a web address: left out, said.
    assert.ok(report.diagnostics.some((d) => d.code === 'link-not-web' && d.entry === 'gao2020paraphrase'));
  });

  it('draws the badge, the award line and, in HTML only, a folded abstract', async () => {
    const { html, pdfText, docxText } = await buildAll();
    const root = parse(html);
    assert.deepEqual(
      root.querySelectorAll('.badge').map((b) => b.text),
      ['Applied Sciences', 'ACL'],
    );
    assert.equal(root.querySelector('details.entry-abstract summary')?.text, 'Abstract');
    assert.match(root.querySelector('.entry-award')?.text ?? '', /Outstanding Paper Award/);
    for (const text of [pdfText, docxText]) {
      assert.match(text, /\[ACL\] Gao, S\./);
      assert.match(text, /Outstanding Paper Award/);
      assert.doesNotMatch(text, /paraphrase augmented response generation/);
    }
  });

  it('follows the settings: no links, abstracts in every format, --link-base, header lines', async () => {
    const { html, pdfText, docxText, pdfLinks } = await buildAll({
      links: ['pdf', 'code'],
      abstracts: ['html', 'pdf', 'docx'],
      linkBase: 'https://594zyc.github.io/assets/pdf/',
      header: { subtitle: 'Selected papers', updated: true },
    });
    assert.ok(pdfLinks.includes('https://594zyc.github.io/assets/pdf/acl20_parg.pdf'));
    assert.ok(!pdfLinks.includes('https://arxiv.org/abs/2004.07462'));
    for (const text of [parse(html).text, pdfText, docxText]) {
      assert.match(text, /Selected papers/);
      assert.match(text, /Updated January 15, 2026/);
      assert.match(text, /paraphrase augmented response generation/);
    }
    const none = await buildAll({ links: [], abstracts: [], header: { updated: false } });
    assert.equal(parse(none.html).querySelectorAll('.entry-links, details').length, 0);
    assert.doesNotMatch(none.pdfText, /Updated/);
  });

  it('builds the compact and fragment themes', async () => {
    const compact = await buildAll({ theme: 'compact' });
    assert.match(compact.pdfText, /Outstanding Paper Award\.\s+\[Code: github\.com\/Silin159\/PARG\]\s+\[arXiv: arxiv\.org\/abs\/2004\.07462\]/);
    assert.equal(parse(compact.html).querySelectorAll('.entry-links').length, 0);
    const out = tempDir('fragment');
    await build({ inputs: [BIB], names: ['Zhang, Yichi'], output: out, cache: false, theme: 'fragment', formats: ['html'] });
    const html = readFileSync(join(out, 'publications.html'), 'utf8');
    assert.match(html, /^<div class="pubcv highlight-bold/);
    assert.doesNotMatch(html, /<html|<head|<body/);
    assert.equal(parse(html).querySelectorAll('.owner').length, 2);
  });
});

describe('a broken template is the user’s error', () => {
  it('the CLI reports a page.hbs syntax error with file and line, exit 1, no stack', async () => {
    const templates = tempDir('broken-page');
    writeFileSync(join(templates, 'page.hbs'), '<html>\n{{#each sections}}\n');
    const out = tempDir('broken-out');
    const result = await runCliInProcess(['build', BIB, '--template', templates, '-f', 'html', '-o', out, '-q']);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /page\.hbs:3: error template-syntax: parse error on line 3/);
    assert.doesNotMatch(result.stderr, /internal error|at .*\.js:\d+/);
  });
});
