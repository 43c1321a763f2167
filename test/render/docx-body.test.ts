import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExternalHyperlink, Paragraph, TextRun } from 'docx';
import { strFromU8 } from 'fflate';
import { bodyContentOf, writeBody } from '../../src/render/docx-body.js';

const TARGETS = ['https://example.org/1', 'https://example.org/2#part', 'https://example.org/3?a=1&b=2'];

/** Five paragraphs, three of them with a link, made as they are taken. */
function* createParagraphs(): Generator<Paragraph> {
  for (let i = 0; i < 5; i++) {
    const target = i % 2 === 0 ? TARGETS[i / 2] : undefined;
    const children = [new TextRun(`entry ${i} `), ...(target ? [new ExternalHyperlink({ link: target, children: [new TextRun(target)] })] : [])];
    yield new Paragraph({ style: 'Publication', children });
  }
}

/** writeBody's output as text. */
function writeText(batchSize: number): { paragraphs: string; links: string; linkCount: number } {
  const body = writeBody(createParagraphs(), batchSize);
  return { paragraphs: body.paragraphs.map((chunk) => strFromU8(chunk)).join(''), links: body.links, linkCount: body.linkCount };
}

describe('writeBody', () => {
  it('writes the same XML whatever the batch size', () => {
    const whole = writeText(100);
    assert.deepEqual(writeText(1), whole);
    assert.deepEqual(writeText(2), whole);
    assert.equal(whole.paragraphs.match(/<w:p>/g)?.length, 5);
    assert.ok(whole.paragraphs.startsWith('<w:p><w:pPr><w:pStyle w:val="Publication"/></w:pPr>'), whole.paragraphs.slice(0, 80));
    assert.doesNotMatch(whole.paragraphs, /sectPr|w:body/);
  });

  it('numbers the links in document order across batches', () => {
    const body = writeText(2);
    assert.equal(body.linkCount, 3);
    assert.deepEqual(
      [...body.paragraphs.matchAll(/r:id="([^"]+)"/g)].map(([, id]) => id),
      ['rIdLink1', 'rIdLink2', 'rIdLink3'],
    );
    const links = [...body.links.matchAll(/<Relationship Id="([^"]+)" Type="[^"]*\/hyperlink" Target="([^"]+)"/g)].map(([, id, target]) => `${id} ${target}`);
    // docx keeps a short fragment apart, as the hyperlink's anchor.
    assert.deepEqual(links, ['rIdLink1 https://example.org/1', 'rIdLink2 https://example.org/2', 'rIdLink3 https://example.org/3?a=1&amp;b=2']);
  });

  it('takes the paragraphs of a batch only once the batch before is written', () => {
    const taken: number[] = [];
    let written = 0;
    const watched = (function* () {
      for (const paragraph of createParagraphs()) {
        const prepare = paragraph.prepForXml.bind(paragraph);
        paragraph.prepForXml = (context) => {
          written++;
          return prepare(context);
        };
        taken.push(written);
        yield paragraph;
      }
    })();
    writeBody(watched, 2);
    assert.deepEqual(taken, [0, 0, 2, 2, 4]);
    assert.equal(written, 5);
  });
});

describe('bodyContentOf', () => {
  it('finds the paragraphs between <w:body> and the section properties', () => {
    const xml = '<w:document><w:body><w:p/><w:p/><w:sectPr><w:pgSz/></w:sectPr></w:body></w:document>';
    const { start, end } = bodyContentOf(xml);
    assert.equal(xml.slice(start, end), '<w:p/><w:p/>');
  });

  it('refuses XML without a body', () => {
    assert.throws(() => bodyContentOf('<w:document/>'), /without <w:body>/);
  });
});
