import { crossrefWork } from './fake-crossref-openalex.js';
import type { SyntheticWork } from './fake-scholarly-works.js';

// The DOI resolver's and ORCID's answers for synthetic works:
// DOI content negotiation (https://citation.crosscite.org/docs.html) — Crossref answers CSL-JSON
// built from its Work record, keeping its extra keys (references, licence, affiliations,
// `published-print`) next to the CSL variables, with title and container-title as strings;
// ORCID v3.0 `/works` (ORCID-Source record_3.0/samples/read_samples/activities-3.0.json) —
// `{group: [{external-ids, work-summary}]}`.

const CSL_TYPES: Record<SyntheticWork['kind'], string> = {
  journal: 'article-journal',
  conference: 'paper-conference',
  preprint: 'article',
  chapter: 'chapter',
};

/** What Crossref sends for `Accept: application/vnd.citationstyles.csl+json`. */
export function doiCsl(work: SyntheticWork): Record<string, unknown> {
  const record = crossrefWork(work);
  return {
    ...record,
    type: CSL_TYPES[work.kind],
    title: work.title,
    'container-title': work.venue ?? '',
    reference: [{ key: 'ref1', 'doi-asserted-by': 'publisher', unstructured: 'An invented cited work, 1999.' }],
    link: [
      {
        URL: `https://example.org/synthetic/${work.doi}.pdf`,
        'content-type': 'application/pdf',
        'content-version': 'vor',
        'intended-application': 'text-mining',
      },
    ],
    license: [{ start: record.created, 'content-version': 'vor', 'delay-in-days': 0, URL: 'https://creativecommons.org/licenses/by/4.0/' }],
    abstract: '<jats:p>An invented abstract for testing.</jats:p>',
  };
}

function externalId(type: string, value: string, relationship: string): Record<string, unknown> {
  return {
    'external-id-type': type,
    'external-id-value': value,
    'external-id-normalized': { value: value.toLowerCase(), transient: true },
    'external-id-normalized-error': null,
    'external-id-url': type === 'doi' ? { value: `https://doi.org/${value}` } : null,
    'external-id-relationship': relationship,
  };
}

/** ORCID's `/v3.0/{orcid}/works` answer listing the works in order. */
export function orcidWorks(orcid: string, works: readonly SyntheticWork[]): Record<string, unknown> {
  const stamp = { value: 1704164645000 };
  return {
    'last-modified-date': stamp,
    group: works.map((work, index) => {
      const putCode = 700_000 + index;
      const ids =
        work.doi === undefined
          ? [externalId('source-work-id', `synthetic-${index}`, 'self')]
          : [externalId('doi', work.doi.toUpperCase(), work.orcidDoiRelationship ?? 'self')];
      return {
        'last-modified-date': stamp,
        'external-ids': { 'external-id': ids },
        'work-summary': [
          {
            'put-code': putCode,
            'created-date': stamp,
            'last-modified-date': stamp,
            source: {
              'source-orcid': null,
              'source-client-id': null,
              'source-name': { value: 'Synthetic Source' },
              'assertion-origin-orcid': null,
              'assertion-origin-client-id': null,
              'assertion-origin-name': null,
            },
            title: { title: { value: work.title }, subtitle: null, 'translated-title': null },
            'external-ids': { 'external-id': ids },
            url: work.doi === undefined ? { value: `https://example.org/synthetic/${index}` } : null,
            type: work.kind === 'conference' ? 'conference-paper' : work.kind === 'preprint' ? 'preprint' : 'journal-article',
            'publication-date': work.year === undefined ? null : { year: { value: String(work.year) }, month: null, day: null },
            'journal-title': work.venue === undefined ? null : { value: work.venue },
            visibility: 'public',
            path: `/${orcid}/work/${putCode}`,
            'display-index': '0',
          },
        ],
      };
    }),
    path: `/${orcid}/works`,
  };
}
