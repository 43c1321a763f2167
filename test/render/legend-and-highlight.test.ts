import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import { TEMPLATES_DIR } from '../../src/files/bundled-files.js';
import { DEFAULT_LAYOUT, type Document, type HighlightStyle, type Mark } from '../../src/model/index.js';
import { writers } from '../../src/render/writers.js';
import { readDocx } from '../helpers/read-docx.js';
import { readHtml } from '../helpers/read-html.js';
import { pdfLines, readPdf } from '../helpers/read-pdf.js';

const OWNER: Mark = { type: 'owner' };
const SUP: Mark = { type: 'superscript' };

/** One entry with the owner, a co-first symbol and an underlined student; a legend under it. */
function documentWith(highlight: HighlightStyle): Document {
  return {
    title: 'Publications',
    lang: 'en',
    date: '2026-01-01',
    style: 'apa',
    highlight,
    layout: DEFAULT_LAYOUT,
    sections: [
      {
        id: 'publications',
        title: '',
        entries: [
          {
            id: 'a',
            runs: [
              { text: 'Sui, Y.', marks: [OWNER] },
              { text: '*', marks: [SUP] },
              { text: ', ', marks: [] },
              { text: 'Li, W.', marks: [{ type: 'underline' }] },
              { text: ', & Hu, X. (2024). A study. ', marks: [] },
            ],
          },
        ],
      },
    ],
    legend: [
      [
        { text: '*', marks: [SUP] },
        { text: ' Co-first authors', marks: [] },
      ],
      [
        { text: 'Underlined', marks: [{ type: 'underline' }] },
        { text: ': Student or advisee', marks: [] },
      ],
    ],
  };
}

const render = async (doc: Document, format: 'pdf' | 'docx' | 'html') => (await writers[format].load()).render(doc, { templatesDir: TEMPLATES_DIR });

/** The look each highlight asks for, as booleans a reader of any format can check. */
const LOOKS: Record<HighlightStyle, { bold: boolean; italic: boolean; underline: boolean }> = {
  bold: { bold: true, italic: false, underline: false },
  italic: { bold: false, italic: true, underline: false },
  underline: { bold: false, italic: false, underline: true },
  'bold-underline': { bold: true, italic: false, underline: true },
};

for (const [highlight, look] of Object.entries(LOOKS) as Array<[HighlightStyle, (typeof LOOKS)[HighlightStyle]]>) {
  describe(`--highlight ${highlight} looks the same in every format`, () => {
    const doc = documentWith(highlight);

    test('PDF', async () => {
      const runs = pdfLines(await readPdf(await render(doc, 'pdf'))).flatMap((l) => l.runs);
      const owner = runs.find((r) => r.text.startsWith('Sui, Y.'));
      assert.ok(owner, JSON.stringify(runs.map((r) => r.text)));
      assert.deepEqual({ bold: owner.bold, italic: owner.italic, underline: owner.underline }, look);
    });

    test('DOCX', async () => {
      const docx = await readDocx(await render(doc, 'docx'));
      const owner = docx.paragraphs.flatMap((p) => p.runs).find((r) => r.text.startsWith('Sui, Y.'));
      assert.ok(owner);
      assert.deepEqual({ bold: owner.bold, italic: owner.italic, underline: owner.underline }, look);
    });

    test('HTML: class owner, and the body class that draws it so', async () => {
      const html = new TextDecoder().decode(await render(doc, 'html'));
      assert.deepEqual(readHtml(html).entries[0]?.owners, ['Sui, Y.']);
      assert.equal(parse(html).querySelector('body')?.getAttribute('class'), `highlight-${highlight}`);
      const css = parse(html).querySelector('style')?.text ?? '';
      const rules = css
        .split('}')
        .filter((rule) => rule.includes(`.highlight-${highlight} .owner`))
        .join('}');
      assert.equal(/font-weight:\s*700/.test(rules), look.bold, rules);
      assert.equal(/font-style:\s*italic/.test(rules), look.italic, rules);
      assert.equal(/text-decoration:\s*underline/.test(rules), look.underline, rules);
    });
  });
}

describe('the legend of contribution marks is drawn under the list in every format', () => {
  const doc = documentWith('bold');

  test('PDF: small lines after the entries, the symbol raised', async () => {
    const lines = pdfLines(await readPdf(await render(doc, 'pdf')));
    const legend = lines.filter((l) => /Co-first authors|Student or advisee/.test(l.text));
    assert.equal(legend.length, 2);
    const entry = lines.find((l) => l.text.includes('A study'));
    assert.ok(entry && legend.every((l) => l.y < entry.y), 'below the entry');
    assert.ok(
      legend[0]!.runs.some((r) => r.text.trim() === '*' && r.rise > 0),
      'superscript symbol',
    );
    assert.ok(legend[1]!.runs.some((r) => r.text.includes('Underlined') && r.underline));
    assert.ok(
      legend[0]!.runs.every((r) => r.size < 10.5),
      'smaller than the entries',
    );
  });

  test('DOCX: paragraphs in the Publication legend style', async () => {
    const docx = await readDocx(await render(doc, 'docx'));
    const legend = docx.paragraphs.filter((p) => p.style === 'PublicationLegend');
    assert.deepEqual(
      legend.map((p) => p.runs.map((r) => r.text).join('')),
      ['* Co-first authors', 'Underlined: Student or advisee'],
    );
    assert.ok(legend[0]!.runs[0]!.superscript);
    const entry = docx.paragraphs.find((p) => p.style === 'Publication');
    assert.ok(
      entry?.runs.some((r) => r.text === 'Li, W.' && r.underline && !r.bold),
      'the student is underlined, not highlighted',
    );
  });

  test('HTML: an aside after the list', async () => {
    const html = new TextDecoder().decode(await render(doc, 'html'));
    const aside = parse(html).querySelector('aside.cv-legend');
    assert.ok(aside);
    assert.deepEqual(
      aside.querySelectorAll('p').map((p) => p.text),
      ['* Co-first authors', 'Underlined: Student or advisee'],
    );
    assert.equal(aside.querySelector('sup')?.text, '*');
    assert.ok(html.indexOf('class="cv-legend"') > html.lastIndexOf('</ol>'), 'after the list');
  });

  test('no legend, no aside', async () => {
    const { legend: _none, ...rest } = doc;
    const html = new TextDecoder().decode(await render(rest, 'html'));
    assert.equal(parse(html).querySelector('aside.cv-legend'), null);
  });
});
