// Which names of an entry had a given name in the file as written, read independently of pubcv's
// readers (a reader bug must not hide itself): BibTeX by its name rules after expanding @string
// macros, CSL-JSON by its `given`, RIS by the part after the comma of AU/A1/ED lines.

/** Per name of `author` and `editor`: whether the source gave it a given name. */
export type SourceGivens = Partial<Record<'author' | 'editor', boolean[]>>;

/** The end (exclusive) of a braced group opening at `start`. */
function closeBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** A BibTeX value (`{..}`, `".."`, number or macro, joined by `#`) at `start`, and where it ends. */
function readValue(text: string, start: number, macros: ReadonlyMap<string, string>): { value: string; end: number } {
  let i = start;
  let value = '';
  for (;;) {
    while (/\s/.test(text[i] ?? '')) i += 1;
    const c = text[i];
    if (c === '{') {
      const end = closeBrace(text, i);
      value += text.slice(i + 1, end - 1);
      i = end;
    } else if (c === '"') {
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j += 1) {
        if (text[j] === '{') depth += 1;
        else if (text[j] === '}') depth -= 1;
        else if (text[j] === '"' && depth === 0) break;
      }
      value += text.slice(i + 1, j);
      i = j + 1;
    } else {
      const word = /^[^\s#,}"{=]+/.exec(text.slice(i))?.[0] ?? '';
      if (word === '') return { value, end: i };
      value += macros.get(word.toLowerCase()) ?? (/^\d+$/.test(word) ? word : '');
      i += word.length;
    }
    while (/\s/.test(text[i] ?? '')) i += 1;
    if (text[i] !== '#') return { value, end: i };
    i += 1;
  }
}

/** Every `@string` of the texts, in order (later texts may use earlier macros). */
export function bibtexMacros(texts: readonly string[]): Map<string, string> {
  const macros = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(/@string\s*[{(]\s*([^\s=]+)\s*=\s*/gi)) {
      const { value } = readValue(text, (match.index ?? 0) + match[0].length, macros);
      macros.set((match[1] ?? '').toLowerCase(), value);
    }
  }
  return macros;
}

/** Splits at `separator` outside braces. */
function splitTop(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') depth -= 1;
    else if (depth === 0) {
      const match = separator.exec(text.slice(i));
      if (match?.index === 0) {
        parts.push(text.slice(last, i));
        i += match[0].length - 1;
        last = i + 1;
      }
    }
  }
  parts.push(text.slice(last));
  return parts.map((p) => p.trim());
}

/** Whether a BibTeX name has a given ("First") part, by BibTeX's rules. */
export function bibtexNameHasGiven(name: string): boolean {
  const parts = splitTop(name, /^,/);
  if (parts.length >= 2) return (parts[parts.length === 2 ? 1 : 2] ?? '').replace(/[{}\s]/g, '') !== '';
  const words = splitTop(name.trim(), /^\s+/).filter((w) => w !== '');
  if (words.length < 2) return false;
  // A first word in lower case starts the von part: no given name ("van Gogh").
  const first = (words[0] ?? '').replace(/^[{\\'"`^~.]+/, '');
  return !/^\p{Ll}/u.test(first);
}

/** The lines of the entry starting at `line` (1-based), up to the next entry. */
function entryText(lines: readonly string[], line: number, end: RegExp): string {
  const out: string[] = [];
  for (let i = line - 1; i < lines.length; i += 1) {
    if (i > line - 1 && end.test(lines[i] ?? '')) break;
    out.push(lines[i] ?? '');
  }
  return out.join('\n');
}

function bibtexGivens(entry: string, macros: ReadonlyMap<string, string>): SourceGivens {
  const givens: SourceGivens = {};
  for (const field of ['author', 'editor'] as const) {
    const match = new RegExp(`[,{\\s]${field}\\s*=\\s*`, 'i').exec(entry);
    if (!match) continue;
    const { value } = readValue(entry, match.index + match[0].length, macros);
    const names = splitTop(value.replace(/\s+/g, ' ').trim(), /^\s+and\s+/i).filter((n) => n !== '' && n.toLowerCase() !== 'others');
    givens[field] = names.map(bibtexNameHasGiven);
  }
  return givens;
}

function risGivens(entry: string): SourceGivens {
  const pick = (tags: RegExp): boolean[] =>
    entry
      .split('\n')
      .filter((l) => tags.test(l))
      .map((l) => (l.replace(/^\w\w\s+-\s?/, '').split(',')[1] ?? '').trim() !== '');
  return { author: pick(/^(AU|A1)\s+-/), editor: pick(/^(ED|A2)\s+-/) };
}

/** Reads the source givens of entries of one group of input files, by file and line or by id. */
export function sourceGivensReader(
  files: ReadonlyArray<{ path: string; text: string }>,
): (file: string, line: number | undefined, key: string) => SourceGivens | undefined {
  const macros = bibtexMacros(files.filter((f) => f.path.endsWith('.bib')).map((f) => f.text));
  const byPath = new Map(files.map((f) => [f.path, f]));
  const json = new Map<string, Map<string, SourceGivens>>();
  return (file, line, key) => {
    const input = byPath.get(file);
    if (!input) return undefined;
    if (input.path.endsWith('.json')) {
      if (!json.has(file)) {
        const items = JSON.parse(input.text) as Array<{ id?: unknown; author?: Array<{ given?: string }>; editor?: Array<{ given?: string }> }>;
        const givensOf = (names?: Array<{ given?: string }>): boolean[] | undefined => names?.map((n) => (n.given ?? '').trim() !== '');
        json.set(file, new Map(items.map((item) => [String(item.id), { author: givensOf(item.author) ?? [], editor: givensOf(item.editor) ?? [] }])));
      }
      return json.get(file)?.get(key);
    }
    if (line === undefined) return undefined;
    const lines = input.text.split(/\r?\n/);
    if (input.path.endsWith('.ris')) return risGivens(entryText(lines, line, /^TY\s+-/));
    return bibtexGivens(entryText(lines, line, /^\s*@/), macros);
  };
}
