import type { Diagnostic } from '../model/errors.js';
import { formatCount, INPUT_LIMITS, maxFieldLength, textLimitProblem } from '../model/input-limits.js';
import { BibtexCursor, BibtexSyntaxError } from './bibtex-cursor.js';
import type { TextPosition } from '../text/text-position.js';

/** One data entry as written: lower-cased type and field names, raw LaTeX values, macros expanded. */
export interface ScannedEntry {
  readonly kind: 'entry';
  readonly type: string;
  readonly key: string;
  readonly fields: ReadonlyMap<string, string>;
  readonly at: TextPosition;
}

/** A data entry that could not be read; the scan resumed at the next entry. */
export interface BrokenEntry {
  readonly kind: 'broken';
  readonly key: string | undefined;
  readonly at: TextPosition;
  readonly errorAt: TextPosition;
  readonly message: string;
}

/** What the scanner found: entries in file order plus warnings (@string problems, undefined macros). */
export interface BibtexScan {
  readonly entries: Array<ScannedEntry | BrokenEntry>;
  readonly warnings: Diagnostic[];
  /** The values of the @preamble blocks, in file order: the LaTeX the bibliography defines for itself. */
  readonly preambles: string[];
}

// `@type` at a line start without a brace is a broken entry only for these types; otherwise prose.
const KNOWN_TYPES = new Set(
  'article book booklet inbook incollection inproceedings conference manual mastersthesis phdthesis misc techreport unpublished online report thesis proceedings collection patent software dataset'.split(
    ' ',
  ),
);
const CLOSER: Readonly<Record<string, string>> = { '{': '}', '(': ')' };
const HEAD = /\s*([A-Za-z][\w-]*)\s*([{(])?/y;
const NAME = /[^\s=,{}"#%()]+/y;
// After an entry's end, `, field =` means a stray `}` closed it early.
const STRAY_FIELD = /\s*,\s*[A-Za-z][\w-]*\s*=/y;
const FIELD_START = /[A-Za-z][\w:+.-]*\s*=/y;
const KEY = { '}': /[^\s,{}=]*/y, ')': /[^\s,{}=)]*/y } as const;
// Stands for a @string that expanded past the field limit, so that entries using it fail too.
const OVERSIZED = '\u0000pubcv: an oversized @string\u0000';

/**
 * Splits BibTeX/BibLaTeX text into entries. `macros` holds the @string values defined so far
 * (month names, earlier input files) by lower-cased name; the file's own @strings are added to it,
 * so files read in command-line order share them as one concatenated file would.
 */
export function scanBibtex(text: string, file: string, macros: Map<string, string>): BibtexScan {
  return new BibtexScanner(text, file, macros).scan();
}

class BibtexScanner extends BibtexCursor {
  private readonly warnings: Diagnostic[] = [];
  private readonly preambles: string[] = [];
  private readonly entries: Array<ScannedEntry | BrokenEntry> = [];
  // Reported once per name at the end: files that use an undefined macro tend to use it often.
  private readonly undefinedMacros = new Map<string, { field: string; offset: number; uses: number }>();
  /** The key of the entry being read, for its warnings. */
  private currentKey: string | undefined;
  /** The @string (or field) whose value grew past the limit, when reading it failed for that. */
  private oversizedMacro: string | undefined;

  constructor(
    text: string,
    private readonly file: string,
    private readonly macros: Map<string, string>,
  ) {
    super(text);
  }

  scan(): BibtexScan {
    for (let at = this.text.indexOf('@'); at >= 0; at = this.text.indexOf('@', this.pos)) {
      this.pos = at + 1;
      const head = this.match(HEAD);
      const type = head?.[1]?.toLowerCase();
      // Not entries: prose such as an e-mail address, and entries commented out with `%`.
      if (head === undefined || type === undefined || this.commentedOut(at)) continue;
      if (type === 'comment') this.skipComment();
      else if (head[2] !== undefined) this.readBlock(at, type, CLOSER[head[2]] ?? '}');
      else if (KNOWN_TYPES.has(type) && this.startsLine(at)) {
        this.recordBroken(at, undefined, this.error(`expected '{' after '@${head[1]}'; write '@${head[1]}{key, field = {value}}'`, this.pos));
      }
    }
    for (const [name, { field, offset, uses }] of this.undefinedMacros) {
      const where = uses === 1 ? `in field '${field}'` : `${uses} times, first in field '${field}'`;
      const fix = `put the value in braces ({${name}}) or define it with @string{${name} = "..."}`;
      this.warn('bibtex-undefined-macro', `'${name}' (${where}) is not a defined @string macro, so its name is used as the value; ${fix}`, offset);
    }
    return { entries: this.entries, warnings: this.warnings, preambles: this.preambles };
  }

  private readBlock(at: number, type: string, close: string): void {
    if (type !== 'string' && type !== 'preamble') return this.entry(at, type, close);
    this.oversizedMacro = undefined;
    try {
      const fields = new Map<string, string>();
      if (type === 'preamble') this.preambles.push(this.expression('@preamble'));
      else this.fieldList(fields, close);
      for (const [name, value] of fields) this.macros.set(name.toLowerCase(), value);
      this.skipSpace();
      if (!this.atCloser()) throw this.unexpected(`'${close}' to close this @${type}`);
      this.pos += 1;
    } catch (error) {
      if (!(error instanceof BibtexSyntaxError)) throw error;
      if (this.oversizedMacro !== undefined) this.macros.set(this.oversizedMacro, OVERSIZED);
      const line = this.locate(at).line;
      this.warn('bibtex-syntax', `${error.message} (in the @${type} at line ${line}; macros it defines stay undefined)`, error.offset);
      this.resync(at);
    }
  }

  private entry(at: number, type: string, close: string): void {
    let key: string | undefined;
    try {
      this.skipSpace();
      const keyAt = this.pos;
      key = this.match(KEY[close === ')' ? ')' : '}'])?.[0] ?? '';
      this.skipSpace();
      if (key === '' || this.text[this.pos] === '=') {
        // EndNote and Mendeley exports write `@article{,` or no key at all: read the fields anyway.
        this.pos = keyAt;
        key = '';
        if (this.text[this.pos] === ',') this.pos += 1;
        this.warn(
          'bibtex-missing-key',
          `the @${type} entry has no citation key; it gets an id made of author, year and title. Add a key, e.g. '@${type}{smith2020,'`,
          keyAt,
        );
      }
      const fields = new Map<string, string>();
      this.currentKey = key === '' ? undefined : key;
      if (key === '') this.fieldList(fields, close);
      else if (!this.atCloser()) {
        this.expect(',', `expected ',' after the key '${key}'`);
        this.fieldList(fields, close);
      }
      if (this.text[this.pos] !== close)
        this.warn('bibtex-syntax', `entry '${key}' is closed with '${this.text[this.pos]}' instead of '${close}'; it was read anyway`, this.pos);
      this.pos += 1;
      this.entries.push({ kind: 'entry', type, key, fields, at: this.locate(at) });
      STRAY_FIELD.lastIndex = this.pos;
      if (STRAY_FIELD.test(this.text)) {
        this.warn(
          'bibtex-syntax',
          `entry '${key}' ends here, but more fields follow and were ignored; remove the extra '}' that closes it early`,
          this.pos - 1,
        );
      }
    } catch (error) {
      if (!(error instanceof BibtexSyntaxError)) throw error;
      this.recordBroken(at, key, error);
    } finally {
      this.currentKey = undefined;
    }
  }

  private recordBroken(at: number, key: string | undefined, error: BibtexSyntaxError): void {
    const errorAt = this.locate(error.offset);
    this.entries.push({ kind: 'broken', key, at: this.locate(at), errorAt, message: error.message });
    this.resync(at);
  }

  /** After an error, continue at the next entry that starts a line. */
  private resync(at: number): void {
    this.pos = this.starts.offsets.find((start) => start > at) ?? this.text.length;
  }

  /** `name = value, ...` up to the closing delimiter (a trailing comma is allowed). */
  private fieldList(fields: Map<string, string>, close: string): void {
    for (;;) {
      this.skipSpace();
      while (this.text[this.pos] === ',') {
        this.warn('bibtex-syntax', 'an empty field (two commas in a row) was ignored', this.pos);
        this.pos += 1;
        this.skipSpace();
      }
      if (this.atCloser()) return;
      const nameAt = this.pos;
      const name = this.match(NAME)?.[0];
      if (name === undefined) throw this.unexpected(`a field name or '${close}'`);
      this.skipSpace();
      this.expect('=', `expected '=' after the field name '${name}'`);
      this.skipSpace();
      const valueAt = this.pos;
      const value = this.expression(name);
      const field = name.toLowerCase();
      if (fields.has(field)) this.warn('bibtex-duplicate-field', `field '${field}' appears twice; the first value is kept`, nameAt);
      else fields.set(field, value);
      this.skipSpace();
      if (this.atCloser()) return;
      if (this.text[this.pos] === ',') this.pos += 1;
      else if (this.startsField())
        this.warn(
          'bibtex-syntax',
          `expected ',' after the value of '${name}'; read as if it were there. Add the missing comma`,
          this.text.slice(0, this.pos).trimEnd().length,
        );
      else throw this.missingSeparator(name, close, valueAt, value.includes('\n'));
    }
  }

  /** Whether a `name =` starts on a new line here: the field before it only lacks its comma. */
  private startsField(): boolean {
    FIELD_START.lastIndex = this.pos;
    return FIELD_START.test(this.text) && this.text.slice(0, this.pos).trimEnd().length <= this.text.lastIndexOf('\n', this.pos);
  }

  /** Explains a value not followed by `,` or the closing delimiter, by what comes instead. */
  private missingSeparator(name: string, close: string, valueAt: number, multiline: boolean): BibtexSyntaxError {
    if (this.pos < this.text.length && !this.starts.offsets.includes(this.pos)) {
      return this.unexpected(`',' or '${close}' after the value of '${name}'`, 'add the missing comma between the two fields');
    }
    if (multiline && this.text[valueAt] === '{') {
      return this.error(`the value of '${name}' runs to the end of the entry: a '{' in it is never closed; add the missing '}'`, valueAt);
    }
    const found = this.unexpected(`'${close}' to close the entry after the value of '${name}'`, `add the missing '${close}'`);
    return this.error(found.message, this.text.slice(0, this.pos).trimEnd().length);
  }

  /** A value: parts joined by `#`; bare names are @string macros. */
  private expression(field: string): string {
    let value = '';
    const max = maxFieldLength(field);
    for (;;) {
      this.skipSpace();
      const start = this.pos;
      value += this.valuePart(field);
      // Checked as it grows: @strings that double each other would reach gigabytes.
      if (value.length > max)
        throw this.tooLong(field, `the value of '${field}' is longer than ${formatCount(max)} characters (pubcv's limit on a field)`, start);
      this.skipSpace();
      if (this.text[this.pos] !== '#') return this.withinLimits(field, value, start);
      this.pos += 1;
    }
  }

  private valuePart(field: string): string {
    const start = this.pos;
    const first = this.text[this.pos];
    if (first === '{' || first === '"') return this.delimited(field);
    const word = this.match(NAME)?.[0];
    if (word === undefined) throw this.unexpected(`a value for '${field}': {braced}, "quoted", a number or a @string name`);
    if (/^\d+$/.test(word)) return word;
    const macro = this.macros.get(word.toLowerCase());
    if (macro === OVERSIZED)
      throw this.tooLong(
        field,
        `@string '${word}' is past pubcv's limits on a field (${formatCount(maxFieldLength(field))} characters, ${INPUT_LIMITS.braces} levels of braces)`,
        start,
      );
    if (macro !== undefined) return macro;
    const seen = this.undefinedMacros.get(word);
    if (seen === undefined) this.undefinedMacros.set(word, { field, offset: start, uses: 1 });
    else seen.uses += 1;
    return word;
  }

  /** The value, unless its braces nest deeper than pubcv reads LaTeX. */
  private withinLimits(field: string, value: string, offset: number): string {
    const problem = textLimitProblem(field, value);
    if (problem !== undefined) throw this.tooLong(field, `${problem} (pubcv's limit on a field)`, offset);
    return value;
  }

  private tooLong(field: string, message: string, offset: number): BibtexSyntaxError {
    this.oversizedMacro = field.toLowerCase();
    return this.error(message, offset);
  }

  private skipComment(): void {
    const brace = /\s*\{/y;
    brace.lastIndex = this.pos + 'comment'.length;
    if (brace.test(this.text)) {
      this.pos = brace.lastIndex - 1;
      try {
        this.delimited('@comment');
      } catch {
        this.resync(this.pos);
      }
      return;
    }
    const end = this.text.indexOf('\n', this.pos);
    this.pos = end < 0 ? this.text.length : end;
  }

  private warn(code: string, message: string, offset: number): void {
    const { line, column } = this.locate(offset);
    const entry = this.currentKey === undefined ? {} : { entry: this.currentKey };
    this.warnings.push({ severity: 'warning', code, message, file: this.file, line, column, ...entry });
  }
}
