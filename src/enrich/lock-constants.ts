// pubcv.lock.json's name, size limit and fields, without its schema: a build with no lock file
// needs these and never loads zod or yaml.

/**
 * The largest lock file read, in bytes: 5,000 entries with suggestions take about 3 MB, and
 * saying where a damaged one's problems are takes about a second a megabyte, so a larger file is
 * refused rather than read for minutes (a 48 MB one took over two).
 */
export const MAX_LOCK_BYTES = 8 * 2 ** 20;

/** The lock file's name, looked for next to the config file (else the first input). */
export const LOCK_FILE_NAME = 'pubcv.lock.json';

/** The CSL fields a lock may fill, in the order they are reported. */
export const LOCK_FIELDS = ['type', 'issued', 'container-title', 'publisher', 'volume', 'issue', 'page', 'DOI', 'URL'] as const;
