import { extname } from 'node:path';

/** The input formats pubcv reads; `--from` takes these names. */
export const INPUT_FORMATS = ['bibtex', 'csl-json', 'csl-yaml', 'ris', 'plain'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The format each file extension (lower case) stands for. */
const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.bib': 'bibtex',
  '.bibtex': 'bibtex',
  '.biblatex': 'bibtex',
  '.json': 'csl-json',
  '.yaml': 'csl-yaml',
  '.yml': 'csl-yaml',
  '.ris': 'ris',
  '.txt': 'plain',
};

/** The extensions pubcv knows, for messages. */
export function knownExtensions(): string[] {
  return Object.keys(EXTENSIONS);
}

/** Whether a string names an input format (`--from` validation). */
export function isInputFormat(name: string): name is InputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(name);
}

/** The format a path's extension names, if it names one. */
export function formatFromExtension(path: string): InputFormat | undefined {
  const extension = extname(path).toLowerCase();
  return Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
}

/**
 * Guesses the format of a text from its content, for standard input and files without a known
 * extension: JSON starts with `[` or `{`, RIS with a `TY  -` line, BibTeX has an `@type{` line,
 * CSL-YAML is a `---` document or a list of `id:`/`type:` items, a plain list starts with
 * "Family, Given". Undefined when nothing fits.
 */
export function sniffFormat(text: string): InputFormat | undefined {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('[') || body.startsWith('{')) return 'csl-json';
  if (/^TY {2}-/m.test(body)) return 'ris';
  if (/^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/m.test(body)) return 'bibtex';
  if (/^(?:---\s*$|references:|-\s+(?:id|type|title):)/m.test(body.slice(0, 2000))) return 'csl-yaml';
  // The plain list's first line is its owner, "Family, Given".
  if (/^[^,\n]+,[^,\n]+\n/.test(body)) return 'plain';
  return undefined;
}
