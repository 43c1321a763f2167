import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Document, Entry, HighlightStyle, Mark, Section } from '../../src/model/index.js';
import { breakLines } from '../../src/render/pdf-layout.js';
import { pdfWriter, renderPdf } from '../../src/render/pdf.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { expectGolden } from '../helpers/golden.js';
import { dumpPdf, embeddedFontNames, pageLines, pdfLines, readPdf, type PdfLine } from '../helpers/read-pdf.js';

const FACES = ['NotoSerif-Bold', 'NotoSerif-BoldItalic', 'NotoSerif-Italic', 'NotoSerif-Regular'];
const BODY_SIZE = 10.5;
const DOI = 'https://doi.org/10.1000/xyz123';

/** Lines of entry text (body size), leaving out the title block, headings and footers. */
function entryLines(lines: readonly PdfLine[]): PdfLine[] {
  return lines.filter((line) => line.runs.some((r) => r.size === BODY_SIZE && r.rise === 0));
}

const WORDS = [
  'efficient',
  'sparse',
  'low-rank',
  'training',
  'of',
  'large',
  'language',
  'models',
  'with',
  'mixture',
  'experts',
  'for',
  'robust',
  'compression',
  'inference',
  'on',
  'edge',
  'devices',
];

/** A deterministic entry of 1 to 6 lines between the markers "[Ek]" and "[/Ek]", the owner among its authors. */
function generatedEntry(k: number, label: string | undefined): Entry {
  const title = Array.from({ length: 6 + ((k * 37) % 60) }, (_, i) => WORDS[(k * 7 + i * 5) % WORDS.length]).join(' ');
  const owner: Mark = { type: 'owner' };
  return {
    id: `e${k}`,
    ...(label ? { label } : {}),
    runs: [
      { text: `[E${k}] Yang, C., `, marks: [] },
      { text: 'Sui, Y.', marks: [owner] },
      { text: `, & Hu, X. (20${10 + (k % 15)}). ${title}. `, marks: [] },
      { text: 'Journal of Things', marks: [{ type: 'italic' }] },
      { text: `, ${k}. [/E${k}]`, marks: [] },
    ],
  };
}

/** 60 entries in three sections: two numbered (J…, C…) and one with hanging indents. */
function longDocument(): Document {
  const section = (id: string, title: string, from: number, to: number, prefix?: string): Section => ({
    id,
    title,
    entries: Array.from({ length: to - from + 1 }, (_, i) => generatedEntry(from + i, prefix === undefined ? undefined : `${prefix}${to - from + 1 - i}`)),
  });
  return {
    ...sampleDocument,
    // Only entries and headings: the flow is checked line by line for stranded headings.
    legend: undefined,
    sections: [
      section('journal', 'Journal articles', 1, 25, 'J'),
      section('conference', 'Conference papers', 26, 45, 'C'),
      section('preprints', 'Preprints', 46, 60),
    ],
  };
}

describe('renderPdf', () => {
  it('matches the golden dump of the sample document', async () => {
    const pdf = await readPdf(await renderPdf(sampleDocument));
    expectGolden('pdf/sample.txt', dumpPdf(pdf));
  });

  it('draws the owner, and only the owner and bold-marked text, in bold', async () => {
    const lines = entryLines(pdfLines(await readPdf(await renderPdf(sampleDocument))));
    const bold = lines.flatMap((l) => l.runs).filter((r) => r.bold && r.text.trim() !== '');
    assert.deepEqual(
      bold.map((r) => [r.text.trim(), r.font]),
      [
        ['Sui, Y.', 'NotoSerif-Bold'],
        ['Sui, Y.', 'NotoSerif-Bold'],
        ['ELRT', 'NotoSerif-Bold'],
        ['Proceedings', 'NotoSerif-BoldItalic'],
        ['Sui, Y.', 'NotoSerif-Bold'],
      ],
    );
    const owners = lines.flatMap((l) => l.runs).filter((r) => r.text.includes('Sui, Y.'));
    assert.equal(owners.length, 3);
  });

  it('draws each owner highlight as the document asks', async () => {
    const expected: Record<HighlightStyle, { bold: boolean; italic: boolean; underline: boolean }> = {
      bold: { bold: true, italic: false, underline: false },
      italic: { bold: false, italic: true, underline: false },
      underline: { bold: false, italic: false, underline: true },
      'bold-underline': { bold: true, italic: false, underline: true },
    };
    for (const highlight of Object.keys(expected) as HighlightStyle[]) {
      const lines = entryLines(pdfLines(await readPdf(await renderPdf({ ...sampleDocument, highlight }))));
      const owner = lines.find((l) => l.text.startsWith('Sui, Y.'))?.runs[0];
      assert.ok(owner, `owner line for ${highlight}`);
      assert.equal(owner.text, 'Sui, Y.', highlight);
      assert.deepEqual({ bold: owner.bold, italic: owner.italic, underline: owner.underline }, expected[highlight], highlight);
      const plain = lines.find((l) => l.text.startsWith('Sui, Y.'))?.runs[1];
      assert.deepEqual([plain?.bold, plain?.italic, plain?.underline], [false, false, false], `text after the owner, ${highlight}`);
    }
  });

  it('embeds the four Noto Serif faces and draws every Latin, Greek and Cyrillic letter', async () => {
    const bytes = await renderPdf(sampleDocument);
    assert.deepEqual(embeddedFontNames(bytes), FACES);
    const pdf = await readPdf(bytes);
    assert.deepEqual(
      pdf.fonts,
      FACES.map((name) => ({ name, embedded: true })),
    );
    assert.equal(
      pdf.pages.reduce((n, p) => n + p.notdefGlyphs, 0),
      0,
    );
    const text = pdfLines(pdf)
      .map((l) => l.text)
      .join('\n');
    for (const name of ['Müller', 'Čapek', 'Łukasz, Ł.', 'Παπαδόπουλος, Α.', 'Чехов, А.']) assert.ok(text.includes(name), name);
  });

  it('reports glyphs the fonts lack, so the check above can fail', async () => {
    // Tibetan: neither Noto Serif nor any fallback font draws it.
    const doc: Document = { ...sampleDocument, sections: [{ id: 's', title: 'S', entries: [{ id: 'x', runs: [{ text: 'Tenzin ཀ', marks: [] }] }] }] };
    const pdf = await readPdf(await renderPdf(doc));
    assert.equal(
      pdf.pages.reduce((n, p) => n + p.notdefGlyphs, 0),
      1,
    );
  });

  it('draws Armenian, Arabic, Hebrew, Devanagari, Thai, emoji and math symbols from fallback fonts embedded only when used', async () => {
    const text = 'Մարտիրոսյան, محمد علي, כהן דוד, क्षेत्र, สมชาย, 👩\u200d🔬, M ≲ 10';
    const doc: Document = {
      ...sampleDocument,
      owner: 'Մարտիրոսյան, Արամ',
      sections: [{ id: 's', title: 'S', entries: [{ id: 'x', runs: [{ text, marks: [] }] }] }],
    };
    const bytes = await renderPdf(doc);
    const pdf = await readPdf(bytes);
    assert.equal(
      pdf.pages.reduce((n, p) => n + p.notdefGlyphs, 0),
      0,
    );
    assert.deepEqual(embeddedFontNames(bytes), [
      'NotoEmoji-Regular',
      'NotoSansArabic-Regular',
      'NotoSansArmenian-Regular',
      'NotoSansDevanagari-Regular',
      'NotoSansHebrew-Regular',
      'NotoSansMath-Regular',
      'NotoSansThai-Regular',
      'NotoSerif-Bold',
      'NotoSerif-Regular',
    ]);
  });

  it('renders the same document to the same bytes, dated by the document', async () => {
    const [a, b] = await Promise.all([renderPdf(sampleDocument), pdfWriter.render(sampleDocument, { templatesDir: '' })]);
    assert.ok(Buffer.from(a).equals(Buffer.from(b)), 'two renders differ');
    const other = await renderPdf({ ...sampleDocument, date: '2026-02-01' });
    assert.ok(!Buffer.from(a).equals(Buffer.from(other)), 'the date must reach the file');
    const { info } = await readPdf(a);
    assert.equal(info.CreationDate, 'D:20260115000000Z');
    assert.equal(info.ModDate, 'D:20260115000000Z');
    assert.equal(info.Title, 'Publications — Yang Sui');
    assert.equal(info.Author, 'Yang Sui');
    assert.equal(info.Creator, 'pubcv');
  });

  it('makes the DOI and the links under the entries clickable', async () => {
    const pdf = await readPdf(await renderPdf(sampleDocument));
    assert.deepEqual(
      pdf.pages[0]?.links.map((l) => l.url),
      [DOI, 'https://example.org/moe.pdf?x=1&y=2', 'https://github.com/x/moe_i2', 'https://arxiv.org/abs/2503.16419'],
    );
    const run = pdfLines(pdf)
      .flatMap((l) => l.runs)
      .find((r) => r.text === DOI);
    assert.equal(run?.href, DOI);
  });

  it('raises superscripts and lowers subscripts at a smaller size', async () => {
    const runs = pdfLines(await readPdf(await renderPdf(sampleDocument))).flatMap((l) => l.runs);
    const scripts = runs.filter((r) => r.text === '2');
    assert.equal(scripts.length, 2);
    const [sup, sub] = scripts;
    assert.ok(sup && sup.rise > 2 && sup.size < BODY_SIZE, `superscript ${JSON.stringify(sup)}`);
    assert.ok(sub && sub.rise < -1 && sub.size < BODY_SIZE, `subscript ${JSON.stringify(sub)}`);
  });

  it('keeps a section heading on the page of its first entry, wherever the page ends', async () => {
    for (let n = 30; n <= 38; n++) {
      const short = (k: number): Entry => ({ id: `s${k}`, runs: [{ text: `Short entry ${k}.`, marks: [] }] });
      const doc: Document = {
        ...sampleDocument,
        sections: [
          { id: 'a', title: 'First', entries: Array.from({ length: n }, (_, k) => short(k)) },
          { id: 'b', title: 'Second', entries: [short(100)] },
        ],
      };
      const lines = pdfLines(await readPdf(await renderPdf(doc)));
      const heading = lines.find((l) => l.text === 'Second');
      assert.equal(heading?.page, lines.find((l) => l.text === 'Short entry 100.')?.page, `n = ${n}`);
    }
  });

  it('renders a document with no owner and no entries as a titled page', async () => {
    const pdf = await readPdf(
      await renderPdf({
        ...sampleDocument,
        owner: undefined,
        subtitle: undefined,
        updated: undefined,
        legend: undefined,
        sections: [{ id: 'x', title: 'Talks', entries: [] }],
      }),
    );
    assert.deepEqual(
      pdfLines(pdf).map((l) => l.text),
      ['Publications', 'Talks', '1 / 1'],
    );
    assert.equal(pdf.info.Title, 'Publications');
    assert.equal(pdf.info.Author, undefined);
  });

  it('rejects a document date that is not YYYY-MM-DD', async () => {
    await assert.rejects(renderPdf({ ...sampleDocument, date: '15 Jan 2026' }), /YYYY-MM-DD/);
  });

  it('flows 60 entries over numbered pages without splitting an entry or stranding a heading', async () => {
    const pdf = await readPdf(await renderPdf(longDocument()));
    const count = pdf.pages.length;
    assert.ok(count >= 3, `expected several pages, got ${count}`);
    for (const page of pdf.pages) {
      const lines = pageLines(page);
      assert.equal(lines[lines.length - 1]?.text, `${page.number} / ${count}`, `footer of page ${page.number}`);
      const body = lines.slice(0, -1);
      const last = body[body.length - 1];
      assert.ok(
        last?.runs.some((r) => r.size === BODY_SIZE),
        `page ${page.number} ends with a heading: ${last?.text}`,
      );
    }
    const all = pdfLines(pdf);
    const pageOf = (needle: string): number | undefined => all.find((l) => l.text.includes(needle))?.page;
    for (let k = 1; k <= 60; k++) {
      const start = pageOf(`[E${k}]`);
      assert.ok(start !== undefined, `entry ${k} drawn`);
      assert.equal(pageOf(`[/E${k}]`), start, `entry ${k} split across pages`);
    }
    const owners = all.flatMap((l) => l.runs).filter((r) => r.bold && r.size === BODY_SIZE);
    assert.ok(owners.length === 60 && owners.every((r) => r.text === 'Sui, Y.'), 'every owner bold, nothing else');
  });
});

describe('breakLines', () => {
  /** One point per character, so widths read as lengths. */
  const measure = (text: string): number => [...text].length;
  const texts = (pieces: { text: string; style: string }[], width: number): string[] =>
    breakLines(pieces, measure, () => width).map((line) => line.fragments.map((f) => f.text).join(''));

  it('never breaks a word that spans two runs', () => {
    assert.deepEqual(
      texts(
        [
          { text: 'aa MoE-I', style: 'r' },
          { text: '2', style: 'sup' },
          { text: ': bb', style: 'r' },
        ],
        8,
      ),
      ['aa', 'MoE-I2:', 'bb'],
    );
  });

  it('breaks URLs after a slash, not inside the host, and keeps no-break spaces', () => {
    assert.deepEqual(texts([{ text: 'see https://doi.org/10.1000/xyz123', style: 'r' }], 20), ['see https://doi.org/', '10.1000/xyz123']);
    assert.deepEqual(texts([{ text: 'pp.\u00a012 aa', style: 'r' }], 6), ['pp.\u00a012', 'aa']);
  });

  it('breaks compound words after the hyphen, but not initials', () => {
    assert.deepEqual(texts([{ text: 'low-rank Y.-N.', style: 'r' }], 5), ['low-', 'rank', 'Y.-N.']);
  });

  it('cuts a word wider than a line', () => {
    assert.deepEqual(texts([{ text: 'abcdefghij', style: 'r' }], 4), ['abcd', 'efgh', 'ij']);
  });
});
