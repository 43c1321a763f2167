import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExternalHyperlink, Paragraph, TextRun } from 'docx';
import { strFromU8 } from 'fflate';
import { bodyContentOf, writeBody, type BodyUnit, type UnitXml } from '../../src/render/docx-body.js';

const TARGETS = ['https://example.org/1', 'https://example.org/2#part', 'https://example.org/3?a=1&b=2'];

/** Five paragraphs, three of them with a link, made as they are taken. */
function* createParagraphs(): Generator<Paragraph> {
  for (let i = 0; i < 5; i++) {
    const target = i % 2 === 0 ? TARGETS[i / 2] : undefined;
    const children = [new TextRun(`entry ${i} `), ...(target ? [new ExternalHyperlink({ link: target, children: [new TextRun(target)] })] : [])];
    yield new Paragraph({ style: 'Publication', children });
  }
}

/** Each paragraph a unit of its own, keyed by its number when `keyed`. */
function* units(paragraphs: Iterable<Paragraph>, keyed = false): Generator<BodyUnit> {
  let n = 0;
  for (const paragraph of paragraphs) yield { ...(keyed ? { key: String(n++) } : {}), make: () => [paragraph] };
}

/** writeBody's output as text. */
function writeText(batchSize: number, body = writeBody(units(createParagraphs()), batchSize)): { paragraphs: string; links: string; linkCount: number } {
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
    writeBody(units(watched), 2);
    assert.deepEqual(taken, [0, 0, 2, 2, 4]);
    assert.equal(written, 5);
  });

  it('puts units from its cache where they go, their links numbered in document order, and writes only the others', () => {
    const whole = writeText(100);
    const cache = new Map<string, UnitXml>();
    assert.deepEqual(writeText(2, writeBody(units(createParagraphs(), true), 2, cache)), whole);
    assert.equal(cache.size, 5);
    // Paragraphs 0 and 4 (with links) written again, the other three from the cache: docx is given only two.
    cache.delete('0');
    cache.delete('4');
    let made = 0;
    const counted = [...units(createParagraphs(), true)].map((unit) => ({
      ...unit,
      make: () => {
        made++;
        return unit.make();
      },
    }));
    assert.deepEqual(writeText(2, writeBody(counted, 2, cache)), whole);
    assert.equal(made, 2);
    // Paragraph 0's link gone: the links after it are numbered one place earlier.
    const unlinked = [...units(createParagraphs(), true)].map((unit, i) =>
      i === 0 ? { key: 'plain', make: () => [new Paragraph({ style: 'Publication', children: [new TextRun('entry 0 ')] })] } : unit,
    );
    const renumbered = writeText(2, writeBody(unlinked, 2, cache));
    assert.deepEqual(
      [...renumbered.paragraphs.matchAll(/r:id="([^"]+)"/g)].map(([, id]) => id),
      ['rIdLink1', 'rIdLink2'],
    );
    assert.equal(
      renumbered.links,
      whole.links
        .replace(/<Relationship[^>]*example\.org\/1"[^>]*\/>/, '')
        .replace('rIdLink2', 'rIdLink1')
        .replace('rIdLink3', 'rIdLink2'),
    );
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
