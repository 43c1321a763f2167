import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import type { Document, HighlightStyle } from '../../src/model/index.js';
import { DEFAULT_LAYOUT, hasMark } from '../../src/model/index.js';
import { docxWriter, renderDocx } from '../../src/render/docx.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { expectGolden } from '../helpers/golden.js';
import { prettyPrintXml, readDocx } from '../helpers/read-docx.js';
import type { DocxRun } from '../helpers/read-docx.js';

const PUBLICATION = 'Publication';

/** Runs of the publication paragraphs only; titles and headings are not entries. */
function entryRuns(paragraphs: Awaited<ReturnType<typeof readDocx>>['paragraphs']): DocxRun[] {
  return paragraphs.filter((p) => p.style === PUBLICATION).flatMap((p) => p.runs);
}

/** Text of each entry paragraph. */
function entryTexts(paragraphs: Awaited<ReturnType<typeof readDocx>>['paragraphs']): string[] {
  return paragraphs.filter((p) => p.style === PUBLICATION).map((p) => p.runs.map((r) => r.text).join(''));
}

describe('renderDocx', () => {
  it('matches the golden word/document.xml', async () => {
    const { documentXml } = await readDocx(await renderDocx(sampleDocument));
    expectGolden('docx/document.xml', prettyPrintXml(documentXml));
  });

  it('gives the same bytes twice', async () => {
    const first = await renderDocx(sampleDocument);
    const second = await docxWriter.render(sampleDocument, { templatesDir: '' });
    assert.ok(Buffer.from(first).equals(Buffer.from(second)), 'two renders differ');
  });

  it('stamps zip entries and core properties with the build date', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(sampleDocument));
    const entries = Object.values(zip.files);
    assert.equal(entries[0]?.name, '[Content_Types].xml');
    for (const entry of entries) assert.equal(entry.date.toISOString(), '2026-01-15T00:00:00.000Z', entry.name);
    const core = await zip.file('docProps/core.xml')!.async('string');
    assert.match(core, /<dcterms:created [^>]*>2026-01-15T00:00:00Z</);
    assert.match(core, /<dcterms:modified [^>]*>2026-01-15T00:00:00Z</);
    assert.match(core, /<dc:title>Publications<\/dc:title>/);
    assert.match(core, /<dc:creator>Yang Sui<\/dc:creator>/);
    assert.match(core, /<dc:description>Publication list in the apa citation style\.<\/dc:description>/);
  });

  it('keeps zip entry dates valid for a build date before 1980', async () => {
    const zip = await JSZip.loadAsync(await renderDocx({ ...sampleDocument, date: '1970-01-01' }));
    for (const entry of Object.values(zip.files)) assert.equal(entry.date.toISOString(), '1980-01-01T00:00:00.000Z');
    assert.match(await zip.file('docProps/core.xml')!.async('string'), />1970-01-01T00:00:00Z</);
  });

  it('gives every paragraph a named style', async () => {
    const { paragraphs } = await readDocx(await renderDocx(sampleDocument));
    assert.deepEqual(
      paragraphs.map((p) => p.style),
      [
        'Title',
        'Subtitle',
        'PublicationHeaderLine',
        'PublicationHeaderLine',
        'Heading1',
        PUBLICATION,
        'PublicationAward',
        'PublicationDetail',
        PUBLICATION,
        'PublicationDetail',
        'Heading1',
        PUBLICATION,
        'PublicationDetail',
        'PublicationLegend',
      ],
    );
    assert.deepEqual(
      paragraphs.filter((p) => !p.style?.startsWith(PUBLICATION)).map((p) => p.runs.map((r) => r.text).join('')),
      ['Publications', 'Yang Sui', 'Journal articles', 'Preprints'],
    );
  });

  it('defines the Publication style with a hanging indent, a gutter tab stop and a serif font', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(sampleDocument));
    const styles = await zip.file('word/styles.xml')!.async('string');
    const publication = /<w:style [^>]*w:styleId="Publication"[^>]*>.*?<\/w:style>/s.exec(styles)?.[0] ?? '';
    assert.match(publication, /<w:name w:val="Publication"\/>/);
    assert.match(publication, /<w:tab w:val="left" w:pos="720"\/>/);
    assert.match(publication, /<w:ind w:left="720" w:hanging="720"\/>/);
    assert.match(publication, /<w:spacing w:after="\d+"\/>/);
    assert.match(publication, /w:ascii="Times New Roman"/);
  });

  it('gives the language in the slot of its script: Latin text in a Japanese or Arabic CV keeps Latin line breaking', async () => {
    const language = async (lang: string) => {
      const styles = await (await JSZip.loadAsync(await renderDocx({ ...sampleDocument, lang }))).file('word/styles.xml')!.async('string');
      return /<w:docDefaults>.*?(<w:lang [^>]*\/>)/s.exec(styles)?.[1];
    };
    assert.equal(await language('de-DE'), '<w:lang w:val="de-DE"/>');
    assert.equal(await language('ja-JP'), '<w:lang w:eastAsia="ja-JP"/>');
    assert.equal(await language('zh-TW'), '<w:lang w:eastAsia="zh-TW"/>');
    assert.equal(await language('ar'), '<w:lang w:bidi="ar"/>');
  });

  it("names the east-Asian font of the CV's language: Japanese, Korean and Traditional Chinese forms of Han characters differ", async () => {
    const eastAsian = async (lang: string, font?: 'sans') => {
      const document = { ...sampleDocument, lang, ...(font ? { layout: { ...DEFAULT_LAYOUT, font } } : {}) };
      const styles = await (await JSZip.loadAsync(await renderDocx(document))).file('word/styles.xml')!.async('string');
      return /<w:docDefaults>.*?<w:rFonts [^>]*w:eastAsia="([^"]*)"/s.exec(styles)?.[1];
    };
    assert.equal(await eastAsian('ja-JP'), 'Yu Mincho');
    assert.equal(await eastAsian('ja-JP', 'sans'), 'Yu Gothic');
    assert.equal(await eastAsian('ko-KR'), 'Batang');
    assert.equal(await eastAsian('zh-TW'), 'PMingLiU');
    assert.equal(await eastAsian('zh-Hant-HK', 'sans'), 'Microsoft JhengHei');
    assert.equal(await eastAsian('zh-CN'), 'SimSun');
    assert.equal(await eastAsian('en-US'), 'SimSun');
    assert.equal(await eastAsian('en-US', 'sans'), 'Microsoft YaHei');
  });

  it('puts labels in the gutter, before a tab', async () => {
    const { paragraphs } = await readDocx(await renderDocx(sampleDocument));
    const texts = entryTexts(paragraphs);
    assert.ok(texts[0]?.startsWith('2.\t[NeurIPS] Yang, C., Sui, Y., Müller'), texts[0]);
    assert.ok(texts[1]?.startsWith('1.\t[ICML `24] Sui, Y., & Yuan'), texts[1]);
    assert.ok(texts[2]?.startsWith('Sui, Y., Chuang'), texts[2]);
  });

  it('bolds the owner and only the runs the sample marks bold', async () => {
    const { paragraphs } = await readDocx(await renderDocx(sampleDocument));
    const bold = entryRuns(paragraphs)
      .filter((r) => r.bold)
      .map((r) => r.text);
    assert.deepEqual(bold, ['Sui, Y.', 'Sui, Y.', 'ELRT', 'Proceedings', 'Sui, Y.']);
    // The owner's mark in the sample's note line ("#1") is bold too.
    assert.ok(paragraphs.flatMap((p) => p.runs).every((r) => r.bold === [...bold, '#1'].includes(r.text)));
  });

  it('draws every mark', async () => {
    const runs = entryRuns((await readDocx(await renderDocx(sampleDocument))).paragraphs);
    const find = (text: string): DocxRun | undefined => runs.find((r) => r.text === text);
    assert.equal(find('Journal of <Machine> & "Learning"')?.italic, true);
    assert.equal(find('2')?.superscript, true);
    assert.equal(runs.filter((r) => r.text === '2' && r.subscript).length, 1);
    assert.equal(find('and')?.smallCaps, true);
    assert.equal(find('underlined')?.underline, true);
    assert.deepEqual(
      { ...find('Proceedings') },
      { text: 'Proceedings', bold: true, italic: true, underline: false, superscript: false, subscript: false, smallCaps: false },
    );
    assert.ok(runs.some((r) => r.text.includes('Παπαδόπουλος, Α., & Чехов, А.')));
  });

  it('writes links as hyperlinks to their target', async () => {
    const { paragraphs, documentXml } = await readDocx(await renderDocx(sampleDocument));
    const links = entryRuns(paragraphs).filter((r) => r.link !== undefined);
    assert.deepEqual(
      links.map((r) => [r.text, r.link]),
      [['https://doi.org/10.1000/xyz123', 'https://doi.org/10.1000/xyz123']],
    );
    assert.match(documentXml, /<w:hyperlink [^>]*r:id="rIdLink1"[^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/>/);
  });

  for (const [highlight, expected] of [
    ['italic', { bold: false, italic: true, underline: false }],
    ['underline', { bold: false, italic: false, underline: true }],
    ['bold-underline', { bold: true, italic: false, underline: true }],
  ] as const satisfies ReadonlyArray<readonly [HighlightStyle, object]>) {
    it(`draws the owner per highlight '${highlight}'`, async () => {
      const doc: Document = { ...sampleDocument, highlight };
      const runs = entryRuns((await readDocx(await renderDocx(doc))).paragraphs);
      const owner = runs.filter((r) => r.text === 'Sui, Y.');
      assert.equal(owner.length, 3);
      for (const run of owner) assert.deepEqual({ bold: run.bold, italic: run.italic, underline: run.underline }, expected);
    });
  }

  it('keeps one hyperlink for consecutive runs with the same target', async () => {
    const href = 'https://example.org/a?b=1&c=2';
    const link = { type: 'link', href } as const;
    const doc: Document = {
      ...sampleDocument,
      sections: [
        {
          id: 's',
          title: '',
          entries: [
            {
              id: 'e',
              runs: [
                { text: 'see ', marks: [] },
                { text: 'the ', marks: [link] },
                { text: 'paper', marks: [link, { type: 'italic' }] },
              ],
            },
          ],
        },
      ],
    };
    const { paragraphs, documentXml } = await readDocx(await renderDocx(doc));
    assert.equal(documentXml.match(/<w:hyperlink /g)?.length, 1);
    assert.deepEqual(
      entryRuns(paragraphs).map((r) => [r.text, r.link ?? null, r.italic]),
      [
        ['see ', null, false],
        ['the ', href, false],
        ['paper', href, true],
      ],
    );
    assert.equal(paragraphs.filter((p) => p.style === 'Heading1').length, 0, 'an untitled section has no heading');
  });

  it('marks the sample fixture as it should', () => {
    // Guards the assertions above: they name the fixture's owner and bold runs.
    const runs = sampleDocument.sections.flatMap((s) => s.entries.flatMap((e) => e.runs));
    assert.deepEqual(
      runs.filter((r) => hasMark(r.marks, 'owner') || hasMark(r.marks, 'bold')).map((r) => r.text),
      ['Sui, Y.', 'Sui, Y.', 'ELRT', 'Proceedings', 'Sui, Y.'],
    );
  });
});
