import { positionFinder, type TextPosition } from '../text/text-position.js';

/** A BibTeX syntax error at a character offset; the scanner catches it per entry. */
export class BibtexSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'BibtexSyntaxError';
  }
}

/** Where entries start: the `@` offsets, and the offsets of the lines they start. */
interface EntryStarts {
  readonly offsets: readonly number[];
  readonly lines: ReadonlySet<number>;
}

/**
 * Finds every `@type{` that starts a line. A broken entry's value never runs past one of these,
 * and reading resumes at the next one: entries in real files start lines, while an unclosed
 * brace would otherwise swallow the rest of the file.
 */
function findEntryStarts(text: string): EntryStarts {
  const offsets: number[] = [];
  const lines = new Set<number>();
  for (const match of text.matchAll(/^[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]/gm)) {
    const lineStart = match.index ?? 0;
    lines.add(lineStart);
    offsets.push(lineStart + match[0].indexOf('@'));
  }
  return { offsets, lines };
}

const SPACE = /(?:\s+|%[^\n]*)*/y;

/**
 * Position and token-level reading over BibTeX text: whitespace and `%` comments, delimited
 * values, and syntax errors that say what was found instead.
 */
export class BibtexCursor {
  protected pos = 0;
  protected readonly starts: EntryStarts;
  protected readonly locate: (offset: number) => TextPosition;

  constructor(protected readonly text: string) {
    this.starts = findEntryStarts(text);
    this.locate = positionFinder(text);
  }

  /** Whether `at` is on a line whose text before it holds a `%` (a commented-out entry). */
  protected commentedOut(at: number): boolean {
    return this.text.slice(this.text.lastIndexOf('\n', at - 1) + 1, at).includes('%');
  }

  /** Whether only spaces precede `at` on its line. */
  protected startsLine(at: number): boolean {
    return this.text.slice(this.text.lastIndexOf('\n', at - 1) + 1, at).trim() === '';
  }

  /** `{...}` or `"..."` with balanced braces; returns the content without the outer delimiters. */
  protected delimited(field: string): string {
    const start = this.pos;
    const quoted = this.text[this.pos] === '"';
    let depth = quoted ? 0 : 1;
    for (this.pos += 1; this.pos < this.text.length; this.pos += 1) {
      const ch = this.text[this.pos];
      if (ch === '\\') this.pos += 1;
      else if (ch === '{') depth += 1;
      else if (ch === '}' && depth > 0 && --depth === 0 && !quoted) return this.text.slice(start + 1, this.pos++);
      else if (ch === '"' && quoted && depth === 0) return this.text.slice(start + 1, this.pos++);
      else if (ch === '\n' && this.starts.lines.has(this.pos + 1)) break;
    }
    const opened = this.locate(start);
    const problem = quoted
      ? `the quoted value of '${field}' is never closed; add the closing '"'`
      : `a '{' in the value of '${field}' is never closed; add the missing '}'`;
    throw this.error(`${problem} (the value starts at line ${opened.line}, column ${opened.column})`, this.pos);
  }

  /** Either closing delimiter: citation-js and BibTeX accept `@book{...)` too. */
  protected atCloser(): boolean {
    const ch = this.text[this.pos];
    return ch === '}' || ch === ')';
  }

  protected match(pattern: RegExp): RegExpExecArray | undefined {
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.text) ?? undefined;
    if (match !== undefined) this.pos = pattern.lastIndex;
    return match;
  }

  /** Whitespace and `%` line comments between tokens. */
  protected skipSpace(): void {
    this.match(SPACE);
  }

  protected expect(token: string, message: string): void {
    if (this.text[this.pos] !== token) throw this.unexpected(`'${token}'`, undefined, message);
    this.pos += 1;
  }

  protected unexpected(expected: string, fix?: string, message = `expected ${expected}`): BibtexSyntaxError {
    const rest = this.text.slice(this.pos, this.pos + 24).split('\n')[0] ?? '';
    const found = this.pos >= this.text.length ? 'the end of the file' : this.starts.offsets.includes(this.pos) ? 'the next entry' : `'${rest.trim()}'`;
    return this.error(`${message}, found ${found}${fix === undefined ? '' : `; ${fix}`}`, this.pos);
  }

  protected error(message: string, offset: number): BibtexSyntaxError {
    return new BibtexSyntaxError(message, offset);
  }
}
