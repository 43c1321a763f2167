import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderBibtex } from '../../src/render/bibtex.js';
import { renderCslJson } from '../../src/render/csl-json.js';
import { renderLatex } from '../../src/render/latex.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { escapeMarkdown, runsToMarkdown } from '../../src/render/runs-to-markdown.js';
import { escapeLatex, escapeUrl } from '../../src/render/runs-to-latex.js';
import { renderText } from '../../src/render/text.js';
import { OUTPUT_FORMATS, writers } from '../../src/render/writers.js';
import type { Document } from '../../src/model/index.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { expectGolden } from '../helpers/golden.js';

describe('the Markdown, text, LaTeX, BibTeX and CSL-JSON writers', () => {
  it('match their golden files', () => {
    expectGolden('md/sample.md', renderMarkdown(sampleDocument));
    expectGolden('txt/sample.txt', renderText(sampleDocument));
    expectGolden('tex/sample.tex', renderLatex(sampleDocument));
    expectGolden('bib/sample.bib', renderBibtex(sampleDocument));
    expectGolden('csl-json/sample.json', renderCslJson(sampleDocument));
  });

  it('are all registered, with the extension of their files', async () => {
    assert.deepEqual(OUTPUT_FORMATS, ['pdf', 'docx', 'html', 'md', 'txt', 'tex', 'bib', 'csl-json']);
    assert.deepEqual(
      OUTPUT_FORMATS.map((f) => writers[f].extension),
      ['pdf', 'docx', 'html', 'md', 'txt', 'tex', 'bib', 'json'],
    );
    for (const writer of await Promise.all(OUTPUT_FORMATS.map((f) => writers[f].load()))) assert.equal(typeof writer.render, 'function');
  });

  it('leave out blocks meant for other formats (abstracts are HTML-only by default)', () => {
    for (const text of [renderMarkdown(sampleDocument), renderText(sampleDocument), renderLatex(sampleDocument)]) {
      assert.doesNotMatch(text, /compress experts/);
      assert.match(text, /Best paper award/);
    }
  });
});

describe('LaTeX', () => {
  it('escapes every special character and ligature', () => {
    assert.equal(
      escapeLatex("\\ { } $ & # % _ ^ ~ < > | \" ` -- '' ,, [x] a\u00a0b"),
      [
        '\\textbackslash{} \\{ \\} \\$ \\& \\# \\% \\_ \\textasciicircum{} \\textasciitilde{} \\textless{} \\textgreater{} \\textbar{} \\textquotedbl{} \\textasciigrave{}',
        "-{}- '{}' ,{}, {[}x{]} a~b",
      ].join(' '),
    );
  });

  it('keeps Unicode and escapes what \\href would misread in a URL', () => {
    assert.equal(escapeLatex('Čapek, Παπαδόπουλος, Чехов'), 'Čapek, Παπαδόπουλος, Чехов');
    assert.equal(escapeUrl('https://x.org/a_b~c/%20#s{1}'), 'https://x.org/a\\%5Fb\\%7Ec/\\%20\\#s\\%7B1\\%7D');
  });

  it('marks the owner with \\pubcvowner, defined by the highlight', () => {
    const tex = renderLatex({ ...sampleDocument, highlight: 'bold-underline' });
    assert.match(tex, /^\\providecommand\{\\pubcvowner\}\[1\]\{\\textbf\{\\underline\{#1\}\}\}$/m);
    assert.match(tex, /\\item\[2\.\] \\pubcvbadge\{NeurIPS\} Yang, C\., \\pubcvowner\{Sui, Y\.\}/);
  });
});

describe('Markdown', () => {
  it('uses ** and * where CommonMark reads them, and HTML where it would not', () => {
    const bold = (text: string) => [{ text, marks: [{ type: 'bold' as const }] }];
    assert.equal(runsToMarkdown([{ text: 'a ', marks: [] }, ...bold('Sui, Y.'), { text: ', b', marks: [] }], 'bold'), 'a **Sui, Y.**, b');
    assert.equal(runsToMarkdown([{ text: 'x', marks: [] }, ...bold('(y)'), { text: 'z', marks: [] }], 'bold'), 'x<strong>(y)</strong>z');
    assert.equal(runsToMarkdown([{ text: 'x ', marks: [] }, ...bold(' y '), { text: 'z', marks: [] }], 'bold'), 'x  **y** z');
    assert.equal(runsToMarkdown([{ text: 'Sui', marks: [{ type: 'owner' }, { type: 'bold' }] }], 'bold'), '**Sui**');
  });

  it('writes an isolate as FSI…PDI and judges the emphasis inside it by them: a bold name ending in "." before PDI is <strong>', () => {
    const isolatedOwner = [
      { text: 'כהן, ד.', marks: [{ type: 'owner' as const }, { type: 'isolate' as const }] },
      { text: ', & Sui', marks: [] },
    ];
    assert.equal(runsToMarkdown(isolatedOwner, 'bold'), '\u2068<strong>כהן, ד.</strong>\u2069, & Sui');
    const isolatedName = [
      { text: 'Sui, Y.', marks: [{ type: 'owner' as const }] },
      { text: ', ', marks: [] },
      { text: 'כהן, ד', marks: [{ type: 'isolate' as const }] },
      { text: '.', marks: [] },
    ];
    assert.equal(runsToMarkdown(isolatedName, 'bold'), '**Sui, Y.**, \u2068כהן, ד\u2069.');
  });

  it('escapes what Markdown would read as syntax', () => {
    assert.equal(escapeMarkdown('a*b_c [d] <e> `f` |g| ~h & &amp; \\ $x$ ^'), 'a\\*b\\_c \\[d\\] \\<e\\> \\`f\\` \\|g\\| \\~h & \\&amp; \\\\ \\$x\\$ \\^');
    const doc: Document = { ...sampleDocument, sections: [{ id: 's', title: '', entries: [{ id: 'e', runs: [{ text: '1. Not a list', marks: [] }] }] }] };
    assert.match(renderMarkdown(doc), /^- 1\\\. Not a list$/m);
  });
});

describe('BibTeX', () => {
  it('writes names, dates, pages and rich titles the way BibTeX reads them', () => {
    const bib = renderBibtex(sampleDocument);
    assert.match(
      bib,
      /@article\{yang2024moe,\n {2}author = \{Yang, Cheng and Sui, Yang and Müller, Jürgen and van der Berg, Jan and Παπαδόπουλος, Αλέξανδρος and Чехов, Jr\., Антон and others\}/,
    );
    // Words with capitals are braced so BibTeX styles keep them; braces in the text are escaped.
    assert.match(
      bib,
      /title = \{\{MoE-I\}\\textsuperscript\{2\}: \{Compressing\} \\textit\{mixture of experts\} models with \{\\\{BERT\\\}\} \\& 100\\% \{iPhone\}\}/,
    );
    assert.match(bib, /pages = \{1--20\},\n {2}year = \{2024\},\n {2}month = may,/);
    assert.match(
      bib,
      /abbr = \{NeurIPS\},\n {2}award = \{Best paper award\},\n {2}selected = \{true\},\n {2}code = \{https:\/\/github.com\/x\/moe_i2\},\n {2}pdf = \{https:\/\/example.org\/moe.pdf\?x=1&y=2\}\n\}/,
    );
    assert.match(bib, /@misc\{sui2025stop,/);
    assert.match(bib, /arxiv = \{2503.16419\}/);
  });

  it('exports nothing for entries without their record', () => {
    const doc: Document = { ...sampleDocument, sections: [{ id: 's', title: '', entries: [{ id: 'e', runs: [] }] }] };
    assert.equal(renderCslJson(doc), '[]\n');
    assert.match(renderBibtex(doc), /0 records/);
  });
});
