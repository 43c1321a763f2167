import { extname } from 'node:path';

/** One input format: the file extensions that name it and how to recognize its text. */
interface InputFormatEntry {
  /** Extensions (lower case) listed in help texts and looked for by `pubcv init`. */
  readonly extensions: readonly string[];
  /** Extensions read as this format when given, but neither listed nor looked for. */
  readonly quietExtensions: readonly string[];
  /**
   * Whether a text whose name says nothing looks like this format (`body` has no byte-order mark
   * and no leading space). Formats are tried from the lowest `rank`: JSON before the line-based
   * formats, because its first character settles it; the plain list, which most text resembles, last.
   */
  readonly sniff: { readonly rank: number; test(body: string): boolean };
}

/**
 * The input formats pubcv reads, in the order `--from` lists them: the one list the format names,
 * the extensions in messages and help, and the guessing from content come from. The readers
 * themselves are in read-input.ts, so that listing the formats does not load citation-js and yaml.
 */
export const inputFormats = {
  bibtex: {
    extensions: ['.bib', '.bibtex'],
    quietExtensions: ['.biblatex'],
    sniff: { rank: 3, test: (body) => /^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/m.test(body) },
  },
  'csl-json': {
    extensions: ['.json'],
    quietExtensions: [],
    sniff: { rank: 1, test: (body) => body.startsWith('[') || body.startsWith('{') },
  },
  'csl-yaml': {
    extensions: ['.yaml', '.yml'],
    quietExtensions: [],
    sniff: { rank: 4, test: (body) => /^(?:---\s*$|references:|-\s+(?:id|type|title):)/m.test(body.slice(0, 2000)) },
  },
  ris: {
    extensions: ['.ris'],
    quietExtensions: [],
    sniff: { rank: 2, test: (body) => /^TY {2}-/m.test(body) },
  },
  plain: {
    extensions: ['.txt'],
    quietExtensions: [],
    // The plain list's first line is its owner, "Family, Given".
    sniff: { rank: 5, test: (body) => /^[^,\n]+,[^,\n]+\n/.test(body) },
  },
} as const satisfies Record<string, InputFormatEntry>;

export type InputFormat = keyof typeof inputFormats;

/** The input formats pubcv reads; `--from` takes these names. */
export const INPUT_FORMATS = Object.keys(inputFormats) as readonly InputFormat[];

const entries = Object.entries(inputFormats) as Array<[InputFormat, InputFormatEntry]>;

/** The extensions pubcv knows, quiet ones included, for messages. */
export function knownExtensions(): string[] {
  return entries.flatMap(([, entry]) => [...entry.extensions, ...entry.quietExtensions]);
}

/** The extensions listed in help texts and looked for by `pubcv init`, format by format. */
export function listedExtensions(): string[] {
  return entries.flatMap(([, entry]) => entry.extensions);
}

/** Each format's first extension, for the shortest list of what pubcv reads. */
export function mainExtensions(): string[] {
  return entries.map(([, entry]) => entry.extensions[0] as string);
}

/** The format a path's extension names, if it names one. */
export function formatFromExtension(path: string): InputFormat | undefined {
  const extension = extname(path).toLowerCase();
  return entries.find(([, entry]) => entry.extensions.includes(extension) || entry.quietExtensions.includes(extension))?.[0];
}

const bySniffRank = [...entries].sort(([, a], [, b]) => a.sniff.rank - b.sniff.rank);

/**
 * Guesses the format of a text from its content, for standard input and files without a known
 * extension: JSON starts with `[` or `{`, RIS with a `TY  -` line, BibTeX has an `@type{` line,
 * CSL-YAML is a `---` document or a list of `id:`/`type:` items, a plain list starts with
 * "Family, Given". Undefined when nothing fits.
 */
export function sniffFormat(text: string): InputFormat | undefined {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  return bySniffRank.find(([, entry]) => entry.sniff.test(body))?.[0];
}
