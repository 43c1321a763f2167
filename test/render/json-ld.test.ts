import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Document } from '../../src/model/index.js';
import { documentJsonLd, serializeForScript } from '../../src/render/json-ld.js';
import { sampleDocument } from '../fixtures/sample-document.js';

describe('documentJsonLd', () => {
  it('describes each entry with work metadata as a schema.org node', () => {
    const [first, second] = sampleDocument.sections[0]!.entries;
    const doc: Document = {
      ...sampleDocument,
      sections: [
        {
          id: 's',
          title: 'S',
          entries: [
            {
              ...first!,
              work: {
                type: 'article-journal',
                title: 'MoE-I2',
                authors: ['Cheng Yang', 'Yang Sui'],
                issued: '2024',
                container: 'Journal of Things',
                volume: '12',
                issue: '3',
                pages: '1–20',
                doi: '10.1000/xyz123',
              },
            },
            { ...second!, work: { type: 'chapter', authors: [], container: 'A Book', publisher: 'ACM', url: 'https://example.org/c' } },
            { id: 'plain', runs: [] },
          ],
        },
      ],
    };
    const json = documentJsonLd(doc, (entry) => `e-${entry.id}`);
    assert.ok(json);
    assert.deepEqual(JSON.parse(json), {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'ScholarlyArticle',
          '@id': '#e-yang2024moe',
          name: 'MoE-I2',
          author: [
            { '@type': 'Person', name: 'Cheng Yang' },
            { '@type': 'Person', name: 'Yang Sui' },
          ],
          datePublished: '2024',
          isPartOf: { '@type': 'Periodical', name: 'Journal of Things' },
          volumeNumber: '12',
          issueNumber: '3',
          pagination: '1–20',
          identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1000/xyz123' },
          sameAs: 'https://doi.org/10.1000/xyz123',
        },
        {
          '@type': 'Chapter',
          '@id': '#e-sui2023elrt',
          isPartOf: { '@type': 'Book', name: 'A Book' },
          publisher: { '@type': 'Organization', name: 'ACM' },
          url: 'https://example.org/c',
        },
      ],
    });
    assert.equal(
      documentJsonLd(sampleDocument, (e) => e.id),
      undefined,
      'no work metadata, no JSON-LD',
    );
  });

  it('escapes what could end a script element', () => {
    assert.equal(serializeForScript({ a: '</script><!-- & \u2028' }), '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}');
  });
});
