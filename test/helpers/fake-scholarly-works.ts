// Synthetic works for the fake scholarly server: clearly invented titles, venues and people, DOIs
// under Crossref's test prefix 10.5555, so no test states anything about a real publication.

/** A person as the fake APIs describe them. */
export interface SyntheticAuthor {
  readonly given: string;
  readonly family: string;
  /** dblp's 4-digit disambiguation number ("0001"), appended to the name in dblp answers. */
  readonly dblpNumber?: string;
}

export type SyntheticKind = 'journal' | 'conference' | 'preprint' | 'chapter';

/** One invented work; each fake API renders it in its own documented format. */
export interface SyntheticWork {
  /** As the APIs give it: may carry markup (Crossref's <i>, <sub>, JATS, MathML). */
  readonly title: string;
  readonly authors: readonly SyntheticAuthor[];
  readonly kind: SyntheticKind;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly venue?: string;
  readonly volume?: string;
  readonly issue?: string;
  readonly firstPage?: string;
  readonly lastPage?: string;
  readonly doi?: string;
  readonly arxivId?: string;
  /** The services that know the work; every one when absent. */
  readonly knownTo?: ReadonlyArray<'crossref' | 'openalex' | 'dblp' | 'arxiv' | 'doi'>;
  /** How an ORCID record lists the DOI: its own ("self", the default) or another version's. */
  readonly orcidDoiRelationship?: 'self' | 'version-of';
  /** OpenAlex's `cited_by_count`; null: the field is null (a work with no count). Default 0. */
  readonly citedBy?: number | null;
  /** Crossref's `is-referenced-by-count`; null: the field is absent. Default 0. */
  readonly referencedBy?: number | null;
}

/** Titles compared as the fake search engines do: markup and accents dropped, lower case, words only. */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a work answers a title query: either normalised title contains the other. */
export function matchesTitle(work: SyntheticWork, query: string): boolean {
  const wanted = normalizeForMatch(query);
  const title = normalizeForMatch(work.title);
  return wanted !== '' && (title.includes(wanted) || wanted.includes(title));
}

/** Whether a service knows the work. */
export function knownTo(work: SyntheticWork, service: 'crossref' | 'openalex' | 'dblp' | 'arxiv' | 'doi'): boolean {
  return work.knownTo === undefined || work.knownTo.includes(service);
}

/** A handful of synthetic works covering each kind, for tests that need no particular shape. */
export const SYNTHETIC_WORKS: readonly SyntheticWork[] = [
  {
    title: 'A Synthetic Study of <i>Imaginary</i> Graph Colourings',
    authors: [
      { given: 'Alexa', family: 'Testperson', dblpNumber: '0001' },
      { given: 'Bruno', family: 'Fixturé' },
    ],
    kind: 'journal',
    year: 2021,
    month: 3,
    day: 15,
    venue: 'Journal of Synthetic Test Data',
    volume: '12',
    issue: '3',
    firstPage: '101',
    lastPage: '117',
    doi: '10.5555/synthetic.2021.001',
  },
  {
    title: 'Placeholder Methods for Invented Benchmarks',
    authors: [{ given: 'Alexa', family: 'Testperson' }],
    kind: 'conference',
    year: 2022,
    venue: 'Proceedings of the Workshop on Synthetic Examples',
    firstPage: '5',
    lastPage: '9',
    doi: '10.5555/synthetic.2022.002',
  },
  {
    title: 'A Synthetic Preprint on Made-Up Measurements',
    authors: [
      { given: 'Carla', family: 'Mockingbird' },
      { given: 'Alexa', family: 'Testperson' },
    ],
    kind: 'preprint',
    year: 2023,
    month: 6,
    day: 1,
    arxivId: '2306.99999',
  },
];
