import type { SyntheticKind, SyntheticWork } from './fake-scholarly-works.js';

// dblp's and arXiv's answers for synthetic works, in their documented shapes:
// dblp https://dblp.org/faq/13501473 — `result.hits.hit[].info`, converted from XML, so one author
// is an object and several an array, no `hit` at all when nothing matched, titles end with a period;
// arXiv https://info.arxiv.org/help/api/user-manual.html — an Atom feed, hard-wrapped titles,
// arxiv:doi / arxiv:journal_ref extension elements, errors as a single "Error" entry.

const DBLP_TYPES: Record<SyntheticKind, string> = {
  journal: 'Journal Articles',
  conference: 'Conference and Workshop Papers',
  preprint: 'Informal and Other Publications',
  chapter: 'Parts in Books or Collections',
};

/** The dblp key the fake gives the work at `index`. */
export function dblpKey(work: SyntheticWork, index: number): string {
  const stream = work.kind === 'journal' ? 'journals/synth' : work.kind === 'conference' ? 'conf/synth' : 'journals/corr';
  return `${stream}/Synthetic${index}`;
}

function dblpInfo(work: SyntheticWork, index: number): Record<string, unknown> {
  const authors = work.authors.map((person, position) => ({
    '@pid': `00/${1000 + index * 10 + position}`,
    text: `${person.given} ${person.family}${person.dblpNumber === undefined ? '' : ` ${person.dblpNumber}`}`,
  }));
  const key = dblpKey(work, index);
  const plainTitle = work.title.replace(/<[^>]*>/g, '');
  const info: Record<string, unknown> = {
    authors: { author: authors.length === 1 ? authors[0] : authors },
    title: /[.?!]$/.test(plainTitle) ? plainTitle : `${plainTitle}.`,
  };
  if (work.venue !== undefined || work.kind === 'preprint') info.venue = work.venue ?? 'CoRR';
  if (work.volume !== undefined) info.volume = work.volume;
  if (work.issue !== undefined) info.number = work.issue;
  if (work.firstPage !== undefined) info.pages = work.lastPage === undefined ? work.firstPage : `${work.firstPage}-${work.lastPage}`;
  if (work.year !== undefined) info.year = String(work.year);
  info.type = DBLP_TYPES[work.kind];
  info.access = 'closed';
  info.key = key;
  // dblp keeps a DOI's capitals as registered; the fake upper-cases the suffix to show it.
  if (work.doi !== undefined) info.doi = work.doi.replace(/\/(.*)$/, (_m, suffix: string) => `/${suffix.toUpperCase()}`);
  const ee = [
    work.doi === undefined ? undefined : `https://doi.org/${work.doi}`,
    work.arxivId === undefined ? undefined : `https://arxiv.org/abs/${work.arxivId}`,
  ].filter((link): link is string => link !== undefined);
  if (ee.length > 0) info.ee = ee.length === 1 ? ee[0] : ee;
  info.url = `https://dblp.org/rec/${key}`;
  return info;
}

/** dblp's `/search/publ/api?format=json` answer. */
export function dblpResult(works: ReadonlyArray<readonly [SyntheticWork, number]>, query: string, hits: number): Record<string, unknown> {
  const sent = works.slice(0, hits);
  const counts = { '@total': String(works.length), '@computed': String(works.length), '@sent': String(sent.length), '@first': '0' };
  return {
    result: {
      query,
      status: { '@code': '200', text: 'OK' },
      time: { '@unit': 'msecs', text: '1.23' },
      completions: { '@total': '0', '@computed': '0', '@sent': '0' },
      hits:
        sent.length === 0
          ? counts
          : {
              ...counts,
              hit: sent.map(([work, index]) => ({ '@score': '7', '@id': String(100 + index), info: dblpInfo(work, index), url: `URL#${100 + index}` })),
            },
    },
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A title wrapped the way arXiv's feed wraps it: a newline and indentation after the fifth word. */
function wrapped(title: string): string {
  const words = title.replace(/<[^>]*>/g, '').split(' ');
  return words.length <= 5 ? words.join(' ') : `${words.slice(0, 5).join(' ')}\n  ${words.slice(5).join(' ')}`;
}

function arxivEntry(work: SyntheticWork): string {
  const id = work.arxivId ?? '0000.00000';
  const published = `${work.year ?? 2000}-${String(work.month ?? 1).padStart(2, '0')}-${String(work.day ?? 1).padStart(2, '0')}T12:00:00Z`;
  const journalRef =
    work.kind !== 'preprint' && work.venue !== undefined ? `${work.venue} ${work.volume ?? ''} (${work.year ?? ''})`.replace(/\s+/g, ' ') : undefined;
  const lines = [
    '  <entry>',
    `    <id>http://arxiv.org/abs/${id}v2</id>`,
    `    <updated>${published}</updated>`,
    `    <published>${published}</published>`,
    `    <title>${escapeXml(wrapped(work.title))}</title>`,
    '    <summary>  We report invented results about synthetic objects, for testing only.\n    </summary>',
    ...work.authors.map((person) => `    <author>\n      <name>${escapeXml(`${person.given} ${person.family}`)}</name>\n    </author>`),
    ...(work.doi === undefined ? [] : [`    <arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">${escapeXml(work.doi)}</arxiv:doi>`]),
    ...(journalRef === undefined ? [] : [`    <arxiv:journal_ref xmlns:arxiv="http://arxiv.org/schemas/atom">${escapeXml(journalRef)}</arxiv:journal_ref>`]),
    `    <link href="http://arxiv.org/abs/${id}v2" rel="alternate" type="text/html"/>`,
    `    <link title="pdf" href="http://arxiv.org/pdf/${id}v2" rel="related" type="application/pdf"/>`,
    '    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.DL" scheme="http://arxiv.org/schemas/atom"/>',
    '    <category term="cs.DL" scheme="http://arxiv.org/schemas/atom"/>',
    '  </entry>',
  ];
  return lines.join('\n');
}

function feed(queryTitle: string, total: number, perPage: number, entries: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">',
    `  <link href="http://arxiv.org/api/query?search_query=${escapeXml(encodeURIComponent(queryTitle))}&amp;id_list=&amp;start=0&amp;max_results=${perPage}" rel="self" type="application/atom+xml"/>`,
    `  <title type="html">ArXiv Query: search_query=${escapeXml(queryTitle)}&amp;id_list=&amp;start=0&amp;max_results=${perPage}</title>`,
    '  <id>http://arxiv.org/api/SyntheticFeedIdentifier</id>',
    '  <updated>2024-01-02T00:00:00-05:00</updated>',
    `  <opensearch:totalResults>${total}</opensearch:totalResults>`,
    '  <opensearch:startIndex>0</opensearch:startIndex>',
    `  <opensearch:itemsPerPage>${perPage}</opensearch:itemsPerPage>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** arXiv's `/api/query` answer. */
export function arxivFeed(works: readonly SyntheticWork[], searchQuery: string, maxResults: number): string {
  return feed(searchQuery, works.length, maxResults, works.slice(0, maxResults).map(arxivEntry));
}

/** arXiv's answer to a query it cannot read: a feed with one "Error" entry. */
export function arxivErrorFeed(searchQuery: string, message: string): string {
  const entry = [
    '  <entry>',
    '    <id>http://arxiv.org/api/errors#synthetic_error</id>',
    '    <title>Error</title>',
    `    <summary>${escapeXml(message)}</summary>`,
    '    <updated>2024-01-02T00:00:00-05:00</updated>',
    '    <link href="http://arxiv.org/api/errors#synthetic_error" rel="alternate" type="text/html"/>',
    '    <author>\n      <name>arXiv api core</name>\n    </author>',
    '  </entry>',
  ].join('\n');
  return feed(searchQuery, 1, 1, [entry]);
}

/** dblp's person bibliography, `/pid/{pid}.bib`: one BibTeX entry per work, keyed `DBLP:{key}`, as dblp writes them. */
export function dblpPersonBib(works: ReadonlyArray<readonly [SyntheticWork, number]>): string {
  return works
    .map(([work, index]) => {
      const key = dblpKey(work, index);
      const type = work.kind === 'journal' || work.kind === 'preprint' ? 'article' : work.kind === 'conference' ? 'inproceedings' : 'incollection';
      const venueField = type === 'article' ? 'journal' : 'booktitle';
      const fields: Array<[string, string | undefined]> = [
        ['author', work.authors.map((p) => `${p.given} ${p.family}${p.dblpNumber === undefined ? '' : ` ${p.dblpNumber}`}`).join(' and\n                  ')],
        ['title', work.title.replace(/<[^>]*>/g, '')],
        [venueField, work.venue ?? (work.kind === 'preprint' ? 'CoRR' : undefined)],
        ['volume', work.volume],
        ['number', work.issue],
        ['pages', work.firstPage === undefined ? undefined : work.lastPage === undefined ? work.firstPage : `${work.firstPage}--${work.lastPage}`],
        ['year', work.year === undefined ? undefined : String(work.year)],
        ['url', work.doi === undefined ? undefined : `https://doi.org/${work.doi}`],
        ['doi', work.doi],
        ['timestamp', 'Tue, 02 Jan 2024 03:04:05 +0100'],
        ['biburl', `https://dblp.org/rec/${key}.bib`],
        ['bibsource', 'dblp computer science bibliography, https://dblp.org'],
      ];
      const body = fields
        .filter((f): f is [string, string] => f[1] !== undefined)
        .map(([name, value]) => `  ${name.padEnd(12)} = {${value}}`)
        .join(',\n');
      return `@${type}{DBLP:${key},\n${body}\n}\n`;
    })
    .join('\n');
}
