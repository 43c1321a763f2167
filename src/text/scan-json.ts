/**
 * Where the values of a JSON text start, for the few positions readers report: the root (path
 * ''), its members or elements (`3`, `references`) and theirs (`references/3`).
 */
type JsonLayout =
  | { readonly ok: true; readonly starts: ReadonlyMap<string, number> }
  | { readonly ok: false; readonly offset: number; readonly message: string };

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const LITERALS = ['true', 'false', 'null'];

/** Where a value sits: its path (`references/3`) and how deep. */
interface Slot {
  readonly path: string;
  readonly depth: number;
}

/** An object or array still open, and how many members it has had. */
interface Container extends Slot {
  readonly object: boolean;
  index: number;
}
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
    this.values();
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

  /**
   * The root value and everything in it. Open objects and arrays wait on a stack of their own,
   * not the call stack, so no depth of nesting overflows it.
   */
  private values(): void {
    const open: Container[] = [];
    let at: Slot = { path: '', depth: 0 };
    for (;;) {
      this.skipSpace();
      if (at.depth <= 2) this.starts.set(at.path, this.pos);
      const char = this.text[this.pos];
      if (char === '{' || char === '[') {
        this.pos += 1;
        this.skipSpace();
        if (this.text[this.pos] !== (char === '{' ? '}' : ']')) {
          const container: Container = { object: char === '{', ...at, index: 0 };
          open.push(container);
          at = this.member(container);
          continue;
        }
        this.pos += 1;
      } else if (char === '"') this.string();
      else if (char !== undefined && /[-\d]/.test(char)) this.match(NUMBER, 'number');
      else {
        const literal = LITERALS.find((word) => this.text.startsWith(word, this.pos));
        if (literal === undefined)
          this.fail(char === undefined ? 'unexpected end of input, expected a value' : `unexpected character ${JSON.stringify(char)}, expected a value`);
        this.pos += literal.length;
      }
      const next = this.afterValue(open);
      if (next === undefined) return;
      at = next;
    }
  }

  /** Closes the containers a value ends; the slot of the next member, or undefined at the end of the root. */
  private afterValue(open: Container[]): Slot | undefined {
    for (let container = open[open.length - 1]; container !== undefined; container = open[open.length - 1]) {
      this.skipSpace();
      if (this.text[this.pos] === (container.object ? '}' : ']')) {
        this.pos += 1;
        open.pop();
        continue;
      }
      this.expect(',', container.object ? "',' or '}' after a property value" : "',' or ']' after an array element");
      container.index += 1;
      return this.member(container);
    }
    return undefined;
  }

  /** The slot of a container's next member: an object's reads its name first. */
  private member(container: Container): Slot {
    if (!container.object) return { path: this.child(container.path, String(container.index)), depth: container.depth + 1 };
    this.skipSpace();
    if (this.text[this.pos] !== '"') this.fail('expected a property name in double quotes');
    const key = this.string();
    this.expect(':', "':' after the property name");
    return { path: this.child(container.path, key), depth: container.depth + 1 };
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
}

/** Scans a JSON text for the start offsets of its outer values, or its first syntax error. */
export function scanJson(text: string): JsonLayout {
  const scanner = new JsonScanner(text);
  try {
    scanner.scan();
    return { ok: true, starts: scanner.starts };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, offset: error.offset, message: error.message };
    throw error;
  }
}
