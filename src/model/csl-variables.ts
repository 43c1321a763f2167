/** CSL 1.0.2 item types. */
export const CSL_TYPES: ReadonlySet<string> = new Set([
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast',
  'chapter', 'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary',
  'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing', 'interview', 'legal_case',
  'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet',
  'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication', 'post',
  'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech',
  'standard', 'thesis', 'treaty', 'webpage',
]);

/** CSL 1.0.2 name variables. */
export const CSL_NAME_VARIABLES: readonly string[] = [
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor',
  'curator', 'director', 'editor', 'editorial-director', 'editor-translator', 'executive-producer',
  'guest', 'host', 'illustrator', 'interviewer', 'narrator', 'organizer', 'original-author',
  'performer', 'producer', 'recipient', 'reviewed-author', 'script-writer', 'series-creator', 'translator',
];

/** CSL 1.0.2 date variables. */
export const CSL_DATE_VARIABLES: readonly string[] = ['accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted'];

/** The other keys a CSL-JSON item may have (the CSL 1.0.2 input schema's text and number variables). */
const OTHER_KEYS = [
  'id', 'type', 'citation-key', 'categories', 'language', 'journalAbbreviation', 'shortTitle', 'custom',
  'abstract', 'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place', 'authority',
  'call-number', 'chapter-number', 'citation-number', 'citation-label', 'collection-number', 'collection-title',
  'container-title', 'container-title-short', 'dimensions', 'division', 'DOI', 'edition', 'event', 'event-title',
  'event-place', 'first-reference-note-number', 'genre', 'ISBN', 'ISSN', 'issue', 'jurisdiction', 'keyword',
  'locator', 'medium', 'note', 'number', 'number-of-pages', 'number-of-volumes', 'original-publisher',
  'original-publisher-place', 'original-title', 'page', 'page-first', 'part', 'part-title', 'PMCID', 'PMID',
  'printing', 'publisher', 'publisher-place', 'references', 'reviewed-genre', 'reviewed-title', 'scale',
  'section', 'source', 'status', 'supplement', 'title', 'title-short', 'URL', 'version', 'volume',
  'volume-title', 'volume-title-short', 'year-suffix',
];

/** Every key a CSL-JSON item may have. */
export const CSL_ITEM_KEYS: ReadonlySet<string> = new Set([...CSL_NAME_VARIABLES, ...CSL_DATE_VARIABLES, ...OTHER_KEYS]);
