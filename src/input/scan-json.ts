/**
 * Where the values of a JSON text start, for the few positions readers report: the root (path
 * ''), its members or elements (`3`, `references`) and theirs (`references/3`).
 */
export type JsonLayout =
  | { readonly ok: true; readonly starts: ReadonlyMap<string, number> }
  | { readonly ok: false; readonly offset: number; readonly message: string };

class JsonSyntaxError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * A strict JSON scanner that records value positions, because JSON.parse on Node 20 does not
 * always say where an error is. Values themselves still come from JSON.parse.
 */
class JsonScanner {
  private pos = 0;
  readonly starts = new Map<string, number>();

  constructor(private readonly text: string) {}

  scan(): void {
    this.value('', 0);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpected text after the end of the JSON value');
  }

  private fail(message: string, offset = this.pos): never {
    throw new JsonSyntaxError(offset, message);
  }

  private skipSpace(): void {
    while (' \t\n\r'.includes(this.text[this.pos] ?? 'x')) this.pos += 1;
  }

  private expect(char: string, what: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== char) this.fail(this.pos >= this.text.length ? `unexpected end of input, expected ${what}` : `expected ${what}`);
    this.pos += 1;
  }

  private value(path: string, depth: number): void {
    this.skipSpace();
    if (depth <= 2) this.starts.set(path, this.pos);
    const char = this.text[this.pos];
    if (char === '{') this.object(path, depth);
    else if (char === '[') this.array(path, depth);
    else if (char === '"') this.string();
    else if (char !== undefined && /[-\d]/.test(char)) this.match(NUMBER, 'number');
    else {
      const literal = LITERALS.find((word) => this.text.startsWith(word, this.pos));
      if (literal === undefined) this.fail(char === undefined ? 'unexpected end of input, expected a value' : `unexpected character ${JSON.stringify(char)}, expected a value`);
      this.pos += literal.length;
    }
  }

  private match(pattern: RegExp, what: string, start = this.pos): void {
    pattern.lastIndex = this.pos;
    if (!pattern.test(this.text)) this.fail(`malformed ${what}`, start);
    this.pos = pattern.lastIndex;
  }

  private string(): string {
    const start = this.pos;
    this.pos += 1;
    this.match(STRING_BODY, 'string (a raw control character, a bad escape or no closing quote)', start);
    return this.text.slice(start + 1, this.pos - 1);
  }

  private child(path: string, key: string): string {
    return path === '' ? key : `${path}/${key}`;
  }

  private object(path: string, depth: number): void {
    this.pos += 1;
    this.skipSpace();
    if (this.text[this.pos] === '}') return void (this.pos += 1);
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('expected a property name in double quotes');
      const key = this.string();
      this.expect(':', "':' after the property name");
      this.value(this.child(path, key), depth + 1);
      this.skipSpace();
      if (this.text[this.pos] === '}') return void (this.pos += 1);
      this.expect(',', "',' or '}' after a property value");
    }
  }

  private array(path: string, depth: number): void {
    this.pos += 1;
    this.skipSpace();
    if (this.text[this.pos] === ']') return void (this.pos += 1);
    for (let index = 0; ; index += 1) {
      this.value(this.child(path, String(index)), depth + 1);
      this.skipSpace();
      if (this.text[this.pos] === ']') return void (this.pos += 1);
      this.expect(',', "',' or ']' after an array element");
    }
  }
}

/** Scans a JSON text for the start offsets of its outer values, or its first syntax error. */
export function scanJson(text: string): JsonLayout {
  const scanner = new JsonScanner(text);
  try {
    scanner.scan();
    return { ok: true, starts: scanner.starts };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, offset: error.offset, message: error.message };
    // Only nesting deeper than the call stack gets here; JSON.parse copes with it, so say so.
    if (error instanceof RangeError) return { ok: false, offset: 0, message: 'the JSON is nested too deeply to scan' };
    throw error;
  }
}
