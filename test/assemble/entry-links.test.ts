import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doiUrl, entryLinks } from '../../src/assemble/entry-links.js';
import type { CslItem, SourceRecord } from '../../src/model/record.js';
import type { Run } from '../../src/model/index.js';
import { resolveSettings } from '../../src/config/resolve-settings.js';
import { ENGLISH_MESSAGES } from '../../src/model/messages.js';

/** The links the resolver's defaults show, labelled in English. */
const LINKS = { ...resolveSettings(), messages: ENGLISH_MESSAGES };

const record = (item: Partial<CslItem>): SourceRecord => ({ item: { id: 'x', type: 'paper-conference', ...item }, source: { file: 'refs.bib', line: 7 } });
const plain = (text: string): Run[] => [{ text, marks: [] }];

describe('entryLinks', () => {
  it('labels and resolves the al-folio link fields, a DOI and an arXiv id', () => {
    const { links, diagnostics } = entryLinks(
      record({
        DOI: '10.18653/v1/2020.acl-main.60',
        custom: { links: { code: 'https://github.com/a/b', arxiv: '2004.07462', video: '//slideslive.com/1', html: 'www.project.org' } },
      }),
      plain('Gao, S. (2020). Paraphrase.'),
      LINKS,
    );
    assert.deepEqual(links, [
      { kind: 'doi', label: 'DOI', href: 'https://doi.org/10.18653/v1/2020.acl-main.60' },
      { kind: 'code', label: 'Code', href: 'https://github.com/a/b' },
      { kind: 'video', label: 'Video', href: 'https://slideslive.com/1' },
      { kind: 'html', label: 'Project', href: 'https://www.project.org' },
      { kind: 'arxiv', label: 'arXiv', href: 'https://arxiv.org/abs/2004.07462' },
    ]);
    assert.deepEqual(diagnostics, []);
  });

  it('leaves out the DOI or URL the style printed, and the URL of an entry with a DOI', () => {
    const doi = entryLinks(record({ DOI: '10.1/ABC', URL: 'https://publisher.org/abc' }), plain('Title. https://doi.org/10.1/abc'), LINKS);
    assert.deepEqual(doi.links, []);
    const url = entryLinks(record({ URL: 'https://example.org/paper/' }), plain('Title. https://example.org/paper'), LINKS);
    assert.deepEqual(url.links, []);
    const linked: Run[] = [{ text: 'here', marks: [{ type: 'link', href: 'https://github.com/a/b' }] }];
    assert.deepEqual(entryLinks(record({ custom: { links: { code: 'https://github.com/a/b' } } }), linked, LINKS).links, []);
  });

  it('warns about a site-relative file, or resolves it against --link-base', () => {
    const item = record({ custom: { links: { pdf: 'aaai20_damd.pdf' } } });
    const dropped = entryLinks(item, plain('T.'), LINKS);
    assert.deepEqual(dropped.links, []);
    assert.equal(dropped.diagnostics[0]?.code, 'link-not-web');
    assert.equal(dropped.diagnostics[0]?.line, 7);
    const based = entryLinks(item, plain('T.'), { ...LINKS, linkBase: 'https://me.github.io/assets/pdf/' });
    assert.deepEqual(based.links, [{ kind: 'pdf', label: 'PDF', href: 'https://me.github.io/assets/pdf/aaai20_damd.pdf' }]);
    assert.deepEqual(based.diagnostics, []);
  });

  it('never links to other schemes, and shows only the kinds asked for, in their order', () => {
    const item = record({ DOI: '10.1/x', custom: { links: { code: 'javascript:alert(1)', pdf: 'https://x.org/p.pdf', slides: 'https://x.org/s' } } });
    const { links, diagnostics } = entryLinks(item, plain('T.'), { ...LINKS, links: ['slides', 'code', 'pdf'] });
    assert.deepEqual(
      links.map((l) => l.kind),
      ['slides', 'pdf'],
    );
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(entryLinks(item, plain('T.'), { ...LINKS, links: [] }).links, []);
  });

  it('encodes a DOI path for doi.org', () => {
    assert.equal(doiUrl('10.1002/(SICI)1097-4636<35:4>'), 'https://doi.org/10.1002/(SICI)1097-4636%3C35%3A4%3E');
  });
});
