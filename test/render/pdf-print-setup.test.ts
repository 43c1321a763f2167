import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Document, Entry, Mark } from '../../src/model/index.js';
import { breakLines } from '../../src/render/pdf-layout.js';
import { renderPdf } from '../../src/render/pdf.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { embeddedFontNames, pageLines, pdfLines, readPdf } from '../helpers/read-pdf.js';

const owner: Mark = { type: 'owner' };
const MARGIN_TEXT_SIZE = 8.5;

/** `n` two-line entries in each of the given sections, enough to fill several pages. */
function longDocument(titles: readonly string[], n: number): Document {
  const entry = (s: number, k: number): Entry => ({
    id: `s${s}e${k}`,
    runs: [
      { text: 'Yang, C., ', marks: [] },
      { text: 'Sui, Y.', marks: [owner] },
      {
        text: `, & Hu, X. (2024). Entry ${s}.${k} on efficient sparse low-rank training of large language models with mixture of experts. Journal of Things.`,
        marks: [],
      },
    ],
  });
  return { ...sampleDocument, sections: titles.map((title, s) => ({ id: `sec${s}`, title, entries: Array.from({ length: n }, (_, k) => entry(s, k)) })) };
}

/** The outline titles and the page (1-based) each points at, read with pdf.js. */
async function readOutline(bytes: Uint8Array): Promise<{ title: string; page: number }[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const outline = (await pdf.getOutline()) ?? [];
    return Promise.all(
      outline.map(async (item) => {
        const dest = (typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest) as [{ num: number; gen: number }, ...unknown[]];
        return { title: item.title, page: (await pdf.getPageIndex(dest[0])) + 1 };
      }),
    );
  } finally {
    await pdf.destroy();
  }
}

/** Page size in points, from the first page's MediaBox. */
async function readPageSize(bytes: Uint8Array): Promise<[number, number]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = (await pdf.getPage(1)).view;
    return [Math.round(x2 - x1), Math.round(y2 - y1)];
  } finally {
    await pdf.destroy();
  }
}

describe('PDF print setup', () => {
  it('sets the document in Noto Sans when the layout asks for sans', async () => {
    const bytes = await renderPdf({ ...sampleDocument, layout: { pageSize: 'A4', marginMm: 20, font: 'sans' } });
    assert.deepEqual(embeddedFontNames(bytes), ['NotoSans-Bold', 'NotoSans-BoldItalic', 'NotoSans-Italic', 'NotoSans-Regular']);
    const pdf = await readPdf(bytes);
    assert.equal(
      pdf.pages.reduce((n, p) => n + p.notdefGlyphs, 0),
      0,
    );
    const owners = pdfLines(pdf)
      .flatMap((l) => l.runs)
      .filter((r) => r.text === 'Sui, Y.');
    assert.ok(owners.length === 3 && owners.every((r) => r.font === 'NotoSans-Bold'));
  });

  it('draws CJK names and titles in the fallback font, bold for the owner, and embeds it only then', async () => {
    const doc: Document = {
      ...sampleDocument,
      owner: '张伟',
      sections: [
        {
          id: 'j',
          title: 'Journal articles',
          entries: [
            {
              id: 'zh',
              runs: [
                { text: '张伟', marks: [owner] },
                { text: ', 李娜, & Müller, J. (2024). 基于深度学习的图像识别方法研究：ひらがなとカタカナ. ', marks: [] },
                { text: '计算机学报', marks: [{ type: 'italic' }] },
                { text: ', 12.', marks: [] },
              ],
            },
          ],
        },
      ],
    };
    const bytes = await renderPdf(doc);
    assert.deepEqual(embeddedFontNames(bytes), ['NotoSansHans-Bold', 'NotoSansHans-Regular', 'NotoSerif-Bold', 'NotoSerif-Regular']);
    const pdf = await readPdf(bytes);
    assert.equal(
      pdf.pages.reduce((n, p) => n + p.notdefGlyphs, 0),
      0,
    );
    const runs = pdfLines(pdf).flatMap((l) => l.runs);
    assert.equal(runs.find((r) => r.text === '张伟' && r.size === 10.5)?.font, 'NotoSansHans-Bold');
    const text = pdfLines(pdf)
      .map((l) => l.text)
      .join('');
    for (const part of ['李娜', '基于深度学习的图像识别方法研究', 'ひらがなとカタカナ', '计算机学报', 'Müller']) assert.ok(text.includes(part), part);
    assert.equal(pdf.info.Author, '张伟');
  });

  it('draws Hangul in the Korean fallback, bold for the owner', async () => {
    const doc: Document = {
      ...sampleDocument,
      sections: [
        {
          id: 'k',
          title: 'Journal articles',
          entries: [
            {
              id: 'ko',
              runs: [
                { text: '김민준', marks: [owner] },
                { text: ', Lee, S. (2024). 딥러닝 기반 영상 인식.', marks: [] },
              ],
            },
          ],
        },
      ],
    };
    const bytes = await renderPdf(doc);
    assert.ok(embeddedFontNames(bytes).includes('NotoSansKR-Bold'));
    assert.ok(embeddedFontNames(bytes).includes('NotoSansKR-Regular'));
    const pdf = await readPdf(bytes);
    assert.equal(
      pdf.pages.reduce((n, p) => n + p.notdefGlyphs, 0),
      0,
    );
    const runs = pdfLines(pdf).flatMap((l) => l.runs);
    assert.equal(runs.find((r) => r.text === '김민준')?.font, 'NotoSansKR-Bold');
    assert.ok(
      pdfLines(pdf)
        .map((l) => l.text)
        .join('')
        .includes('딥러닝 기반 영상 인식'),
    );
  });

  it('puts the owner and title at the top of every page but the first', async () => {
    const pdf = await readPdf(await renderPdf(longDocument(['Journal articles', 'Conference papers'], 30)));
    assert.ok(pdf.pages.length >= 3, `pages: ${pdf.pages.length}`);
    for (const page of pdf.pages) {
      const first = pageLines(page)[0];
      if (page.number === 1) {
        assert.equal(first?.text, 'Publications');
        continue;
      }
      assert.equal(first?.runs[0]?.size, MARGIN_TEXT_SIZE, `header size, page ${page.number}`);
      assert.match(first?.text ?? '', /^Yang Sui\s+Publications$/, `header, page ${page.number}`);
    }
  });

  it('bookmarks every titled section on the page of its heading', async () => {
    const bytes = await renderPdf(longDocument(['Journal articles', 'Conference papers', 'Preprints'], 25));
    const outline = await readOutline(bytes);
    const lines = pdfLines(await readPdf(bytes));
    assert.deepEqual(
      outline.map((o) => o.title),
      ['Journal articles', 'Conference papers', 'Preprints'],
    );
    for (const { title, page } of outline) assert.equal(page, lines.find((l) => l.text === title)?.page, title);
    assert.deepEqual(await readOutline(await renderPdf({ ...sampleDocument, sections: [{ ...sampleDocument.sections[0]!, title: '' }] })), []);
  });

  it('describes itself: title, author, subject and keywords', async () => {
    const { info } = await readPdf(await renderPdf(sampleDocument));
    assert.equal(info.Title, 'Publications — Yang Sui');
    assert.equal(info.Author, 'Yang Sui');
    assert.equal(info.Subject, 'Publications of Yang Sui, apa citation style');
    assert.equal(info.Keywords, 'publications; publication list; curriculum vitae; Yang Sui');
  });

  it('sets Letter paper and the margin the layout gives', async () => {
    const bytes = await renderPdf({ ...sampleDocument, layout: { pageSize: 'Letter', marginMm: 25.4, font: 'serif' } });
    assert.deepEqual(await readPageSize(bytes), [612, 792]);
    assert.deepEqual(await readPageSize(await renderPdf(sampleDocument)), [595, 842]);
    const title = pdfLines(await readPdf(bytes)).find((l) => l.text === 'Publications');
    const [item] = (await readPdf(bytes)).pages[0]!.items;
    assert.ok(title && item && Math.abs(item.x - 72) < 1, `left margin ${item?.x}`);
    await assert.rejects(renderPdf({ ...sampleDocument, layout: { pageSize: 'A4', marginMm: 80, font: 'serif' } }), /no room for text/);
  });
});

describe('breakLines with URLs', () => {
  const measure = (text: string): number => [...text].length;
  it('never leaves "https://" alone at the end of a line', () => {
    const lines = breakLines([{ text: 'aaaaaaaa https://doi.org/10.1016/j', style: 'r' }], measure, () => 18);
    assert.deepEqual(
      lines.map((line) => line.fragments.map((f) => f.text).join('')),
      ['aaaaaaaa', 'https://doi.org/', '10.1016/j'],
    );
  });

  it('breaks an address printed without its scheme after a slash, as it breaks a URL', () => {
    const lines = breakLines([{ text: 'PDF: openaccess.thecvf.com/content_iccv_2013/papers/Weyand_2013.pdf', style: 'r' }], measure, () => 36);
    assert.deepEqual(
      lines.map((line) => line.fragments.map((f) => f.text).join('')),
      ['PDF: openaccess.thecvf.com/', 'content_iccv_2013/papers/', 'Weyand_2013.pdf'],
    );
  });
});

describe('breakLines with CJK text', () => {
  const measure = (text: string): number => [...text].length;
  const texts = (text: string, width: number): string[] =>
    breakLines([{ text, style: 'r' }], measure, () => width).map((line) => line.fragments.map((f) => f.text).join(''));

  it('breaks between ideographs and kana, never before CJK punctuation', () => {
    assert.deepEqual(texts('深度学习的图像识别', 4), ['深度学习', '的图像识', '别']);
    assert.deepEqual(texts('学习。识别', 2), ['学', '习。', '识别']);
  });
});
