import type { SyntheticKind, SyntheticWork } from './fake-scholarly-works.js';

// Crossref's and OpenAlex's answers for synthetic works, in the shapes their documentation gives:
// Crossref https://github.com/CrossRef/rest-api-doc/blob/master/api_format.md (work, work-list),
// OpenAlex https://docs.openalex.org/api-entities/works/work-object (Work, list {meta, results}).
// Fixed timestamps keep the answers deterministic.

const STAMP = { 'date-parts': [[2024, 1, 2]], 'date-time': '2024-01-02T03:04:05Z', timestamp: 1704164645000 };

const CROSSREF_TYPES: Record<SyntheticKind, string> = {
  journal: 'journal-article',
  conference: 'proceedings-article',
  preprint: 'posted-content',
  chapter: 'book-chapter',
};

function dateParts(work: SyntheticWork): number[] {
  return [work.year, work.month, work.day].filter((part): part is number => part !== undefined);
}

function pages(work: SyntheticWork): string | undefined {
  if (work.firstPage === undefined) return undefined;
  return work.lastPage === undefined ? work.firstPage : `${work.firstPage}-${work.lastPage}`;
}

/** A Crossref Work object. */
export function crossrefWork(work: SyntheticWork): Record<string, unknown> {
  const date = work.year === undefined ? { 'date-parts': [[null]] } : { 'date-parts': [dateParts(work)] };
  return {
    indexed: STAMP,
    'reference-count': 0,
    publisher: 'Synthetic Test Publisher',
    ...(work.issue === undefined ? {} : { issue: work.issue }),
    'content-domain': { domain: [], 'crossmark-restriction': false },
    'short-container-title': [],
    ...(work.year === undefined ? {} : { 'published-print': { 'date-parts': [dateParts(work)] } }),
    DOI: work.doi,
    type: CROSSREF_TYPES[work.kind],
    created: STAMP,
    ...(pages(work) === undefined ? {} : { page: pages(work) }),
    source: 'Crossref',
    ...(work.referencedBy === null ? {} : { 'is-referenced-by-count': work.referencedBy ?? 0 }),
    title: [work.title],
    prefix: '10.5555',
    ...(work.volume === undefined ? {} : { volume: work.volume }),
    author: work.authors.map((person, index) => ({
      given: person.given,
      family: person.family,
      sequence: index === 0 ? 'first' : 'additional',
      affiliation: [{ name: 'Department of Synthetic Studies' }],
    })),
    member: '99999',
    'container-title': work.venue === undefined ? [] : [work.venue],
    'original-title': [],
    deposited: STAMP,
    score: 42.5,
    subtitle: [],
    'short-title': [],
    issued: date,
    'references-count': 0,
    URL: `https://doi.org/${work.doi}`,
    relation: {},
    published: date,
  };
}

/** Crossref's `/works` answer. */
export function crossrefWorkList(works: readonly SyntheticWork[], rows: number): Record<string, unknown> {
  return {
    status: 'ok',
    'message-type': 'work-list',
    'message-version': '1.0.0',
    message: {
      facets: {},
      'total-results': works.length,
      items: works.slice(0, rows).map(crossrefWork),
      'items-per-page': rows,
      query: { 'start-index': 0, 'search-terms': null },
    },
  };
}

/** Crossref's `/works/{doi}` answer. */
export function crossrefSingle(work: SyntheticWork): Record<string, unknown> {
  return { status: 'ok', 'message-type': 'work', 'message-version': '1.0.0', message: crossrefWork(work) };
}

/** The short OpenAlex id the fake gives the work at `index`. */
export function openalexId(index: number): string {
  return `W${9_000_000_000 + index}`;
}

/** An OpenAlex Work object. */
export function openalexWork(work: SyntheticWork, index: number): Record<string, unknown> {
  const id = `https://openalex.org/${openalexId(index)}`;
  const doiUrl = work.doi === undefined ? null : `https://doi.org/${work.doi}`;
  const sourceType = work.kind === 'conference' ? 'conference' : work.kind === 'preprint' ? 'repository' : work.kind === 'chapter' ? 'book series' : 'journal';
  const date = work.year === undefined ? null : [work.year, work.month ?? 1, work.day ?? 1].map((n) => String(n).padStart(2, '0')).join('-');
  return {
    id,
    doi: doiUrl,
    title: work.title,
    display_name: work.title,
    publication_year: work.year ?? null,
    publication_date: date,
    ids: { openalex: id, ...(doiUrl === null ? {} : { doi: doiUrl }) },
    language: 'en',
    primary_location: {
      is_oa: false,
      landing_page_url: doiUrl ?? (work.arxivId === undefined ? null : `https://arxiv.org/abs/${work.arxivId}`),
      pdf_url: null,
      source:
        work.venue === undefined && work.kind !== 'preprint'
          ? null
          : {
              id: `https://openalex.org/S${1_000 + index}`,
              display_name: work.venue ?? 'Synthetic Preprint Server',
              issn_l: null,
              issn: null,
              host_organization: null,
              type: sourceType,
            },
      license: null,
      version: work.kind === 'preprint' ? 'submittedVersion' : 'publishedVersion',
    },
    type: work.kind === 'preprint' ? 'preprint' : work.kind === 'chapter' ? 'book-chapter' : 'article',
    type_crossref: CROSSREF_TYPES[work.kind],
    authorships: work.authors.map((person, position) => ({
      author_position: position === 0 ? 'first' : position === work.authors.length - 1 ? 'last' : 'middle',
      author: { id: `https://openalex.org/A${5_000_000 + index * 10 + position}`, display_name: `${person.given} ${person.family}`, orcid: null },
      institutions: [],
      countries: [],
      is_corresponding: position === 0,
      raw_author_name: `${person.given} ${person.family}`,
      raw_affiliation_strings: [],
    })),
    cited_by_count: work.citedBy === undefined ? 0 : work.citedBy,
    biblio: { volume: work.volume ?? null, issue: work.issue ?? null, first_page: work.firstPage ?? null, last_page: work.lastPage ?? null },
    is_retracted: false,
    is_paratext: false,
    updated_date: '2024-01-02T03:04:05.000000',
    created_date: '2024-01-02',
  };
}

/** OpenAlex's `/works` list answer. */
export function openalexList(works: ReadonlyArray<readonly [SyntheticWork, number]>, perPage: number): Record<string, unknown> {
  return {
    meta: { count: works.length, db_response_time_ms: 12, page: 1, per_page: perPage, groups_count: null },
    results: works.slice(0, perPage).map(([work, index]) => openalexWork(work, index)),
    group_by: [],
  };
}

/** OpenAlex's `/works?filter=author.id:A…&cursor=…` answer: one page, with the cursor of the next (null after the last). */
export function openalexCursorPage(works: ReadonlyArray<readonly [SyntheticWork, number]>, perPage: number, cursor: string): Record<string, unknown> {
  const start = cursor === '*' ? 0 : Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  const page = works.slice(start, start + perPage);
  const next = start + perPage < works.length ? Buffer.from(String(start + perPage), 'utf8').toString('base64url') : null;
  return {
    meta: { count: works.length, db_response_time_ms: 9, page: null, per_page: perPage, next_cursor: next, groups_count: null },
    results: page.map(([work, index]) => openalexWork(work, index)),
    group_by: [],
  };
}
