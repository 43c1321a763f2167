import {
  blackboardLetters,
  commandsDroppingArguments,
  diacritics,
  formatMarkup,
  formattingCommands,
  formattingSwitches,
  mathAccents,
  mathSymbols,
  type LatexFormat,
} from './latex-tables.js';
import { stripMarkup } from '../text/strip-markup.js';

/** Plain TeX's math font switches beside the text ones (`{\rm ...}` and the like): calligraphic, math italic. */
const OLD_MATH_FONTS: ReadonlySet<string> = new Set(['cal', 'mit']);

/** Commands the reader handles by name, beyond its tables. */
const HANDLED = new Set(['ensuremath', 'url', 'begin', 'end', 'ElsevierGlyph', 'href', 'frac', 'dfrac', 'tfrac', 'cfrac', 'sp', 'sb', 'sqrt', 'mathbb']);

/** True for a command this reader knows: one a bibliography's own definition should not replace. */
export function readsCommand(name: string): boolean {
  return (
    HANDLED.has(name) ||
    OLD_MATH_FONTS.has(name) ||
    commandsDroppingArguments.has(name) ||
    [diacritics, formattingCommands, formattingSwitches, mathAccents, mathSymbols].some((table) => Object.hasOwn(table, name))
  );
}

type Mode = 'text' | 'math';

// Characters with no special meaning; stop characters (`}`, `$`, `\`) are never part of a run.
const PLAIN_TEXT = /[^\\{}$~\-`'\s]+/y;
const PLAIN_MATH = /[^\\{}$~^_'\s]+/y;
// Letters and digits: what continues a word after a braced part of it.
const WORD_CHARS = /[\p{L}\p{N}]+/uy;
const WORD_END = /[\p{L}\p{N}]+$/u;
// TeX's text ligatures, longest first.
const LIGATURES = [
  ['---', '—'],
  ['--', '–'],
  ['``', '“'],
  ["''", '”'],
  ['`', '‘'],
] as const;

// Object.hasOwn: a command such as `\constructor` must not find Object.prototype members.
function lookup<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

const NOCASE_OPEN = formatMarkup.nocase[0];

function applyFormat(text: string, format: LatexFormat | undefined): string {
  if (format === undefined || text === '') return text;
  const [open, close] = formatMarkup[format];
  return open + text + close;
}

/** Whether a fraction part must be parenthesised to stay readable as `a/b`. */
function needsParens(part: string): boolean {
  const plain = stripMarkup(part);
  return !/^[\p{L}\p{N}.,′]*$/u.test(plain) && !isParenthesised(plain);
}

/** `(a+b)` but not `(a)+(b)`: the first parenthesis closes at the very end. */
function isParenthesised(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    depth += text[index] === '(' ? 1 : text[index] === ')' ? -1 : 0;
    if (depth === 0) return index === text.length - 1 && index > 0;
  }
  return false;
}

function withParens(part: string): string {
  return needsParens(part) ? `(${part})` : part;
}

/** A small recursive-descent reader: text and math modes, groups, commands with arguments. */
export class LatexReader {
  private pos = 0;
  /** Inside a case-protected group: nested braces need no second nocase span. */
  private protectedCase = false;
  /** Single quotes opened with `` ` `` and not yet closed. */
  private openSingleQuotes = 0;

  constructor(
    private readonly src: string,
    private readonly protectCase: boolean,
  ) {}

  /** The whole input as CSL markup (whitespace not yet collapsed). */
  convert(): string {
    return this.sequence('text', null);
  }

  /** Reads up to `stop` (left unconsumed) or the end of input. */
  private sequence(mode: Mode, stop: string | null): string {
    let out = '';
    while (this.pos < this.src.length && !(stop !== null && this.src.startsWith(stop, this.pos))) {
      const token = mode === 'text' ? this.textToken(stop) : this.mathToken(stop);
      // A protected part inside a word (`Mc{D}onald`, `i{P}hone`) protects the letters before it too.
      const before = token.startsWith(NOCASE_OPEN) ? WORD_END.exec(out)?.[0] : undefined;
      out = before === undefined ? out + token : out.slice(0, -before.length) + NOCASE_OPEN + before + token.slice(NOCASE_OPEN.length);
    }
    return out;
  }

  private textToken(stop: string | null): string {
    const plain = this.plainRun(PLAIN_TEXT);
    if (plain !== '') return plain;
    const rest = this.src.slice(this.pos, this.pos + 3);
    const ch = rest[0] ?? '';
    if (ch === '\\') return this.command('text', stop);
    if (ch === '{') return this.group();
    if (ch === '$') return this.inlineMath();
    this.pos += 1;
    if (ch === '}') return ''; // stray closing brace
    if (ch === '~') return '\u00A0';
    if (/\s/.test(ch)) {
      this.skipSpaces();
      return ' ';
    }
    if (ch === "'" && rest[1] !== "'") return this.singleQuote();
    const ligature = LIGATURES.find(([letters]) => rest.startsWith(letters));
    if (ligature === undefined) return ch;
    if (ligature[0] === '`') this.openSingleQuotes += 1;
    this.pos += ligature[0].length - 1;
    return ligature[1];
  }

  /**
   * TeX prints `'` as a closing quote; after `` `GSA: a ... algorithm' `` the pair must come out
   * as ‘…’, not ‘…'. Other apostrophes (`O'Brien`, `authors'`) stay as written: names are matched
   * against what the owner typed.
   */
  private singleQuote(): string {
    if (this.openSingleQuotes === 0 || /\p{L}/u.test(this.src[this.pos] ?? '')) return "'";
    this.openSingleQuotes -= 1;
    return '’';
  }

  private mathToken(stop: string | null): string {
    const plain = this.plainRun(PLAIN_MATH);
    if (plain !== '') return plain;
    const ch = this.src[this.pos] ?? '';
    if (ch === '\\') return this.command('math', stop);
    this.pos += 1;
    if (ch === '{') return this.closeGroup(this.sequence('math', '}'));
    if (ch === '^' || ch === '_') {
      const script = this.argument('math');
      if (ch === '^' && (script === '∘' || script === '°')) return '°';
      return applyFormat(script, ch === '^' ? 'superscript' : 'subscript');
    }
    if (ch === "'") return '′';
    if (ch !== '~' && !/\s/.test(ch)) return ch;
    this.skipSpaces();
    return ' ';
  }

  /** Consumes a run of characters that need no conversion (most of an abstract). */
  private plainRun(pattern: RegExp): string {
    pattern.lastIndex = this.pos;
    const run = pattern.exec(this.src)?.[0] ?? '';
    this.pos += run.length;
    return run;
  }

  /** A braced group in text: BibTeX protects its case unless it starts with a command (`{\"u}`). */
  private group(): string {
    this.pos += 1;
    if (!this.protectCase || this.protectedCase || this.src[this.pos] === '\\') return this.closeGroup(this.sequence('text', '}'));
    this.protectedCase = true;
    const group = this.closeGroup(this.sequence('text', '}'));
    // The span takes in the rest of the word (`{K}ingman`, `{FLOSS}ing`): citeproc starts a new
    // word after a nocase span and would title-case it ("KIngman", "FLOSSIng").
    const content = /\p{L}/u.test(group) ? group + this.wordRest() : group;
    this.protectedCase = false;
    return /\p{L}/u.test(content) ? applyFormat(content, 'nocase') : content;
  }

  /** The rest of the word at the reader's position: letters, digits, groups and accented letters. */
  private wordRest(): string {
    let out = '';
    for (;;) {
      WORD_CHARS.lastIndex = this.pos;
      const letters = WORD_CHARS.exec(this.src)?.[0];
      const ch = this.src[this.pos];
      if (letters !== undefined) {
        out += letters;
        this.pos += letters.length;
      } else if (ch === '{') out += this.group();
      else if (ch === '\\' && Object.hasOwn(diacritics, /^\\([a-zA-Z]+|.)/.exec(this.src.slice(this.pos, this.pos + 32))?.[1] ?? '')) {
        out += this.command('text', null);
      } else return out;
    }
  }

  private closeGroup(content: string): string {
    if (this.src[this.pos] === '}') this.pos += 1;
    return content;
  }

  /** `$...$` or `$$...$$`; a lone `$` with no partner is a dollar sign. */
  private inlineMath(): string {
    const delimiter = this.src.startsWith('$$', this.pos) ? '$$' : '$';
    const end = this.src.indexOf(delimiter, this.pos + delimiter.length);
    if (end < 0) {
      this.pos += 1;
      return '$';
    }
    this.pos += delimiter.length;
    const math = this.sequence('math', delimiter);
    this.pos = end + delimiter.length;
    return this.protectMath(math);
  }

  /** Math keeps its case whatever a style or sentence-casing does to the title around it (`$\Lambda$`). */
  private protectMath(math: string): string {
    const letters = /\p{L}/u.test(stripMarkup(math));
    return this.protectCase && !this.protectedCase && letters ? applyFormat(math, 'nocase') : math;
  }

  private skipSpaces(): void {
    while (/\s/.test(this.src[this.pos] ?? '')) this.pos += 1;
  }

  /** A command's argument: a braced group, a command, or one character. */
  private argument(mode: Mode): string {
    this.skipSpaces();
    const ch = this.src[this.pos];
    if (ch === undefined || ch === '}') return '';
    if (ch === '{') {
      this.pos += 1;
      return this.closeGroup(this.sequence(mode, '}'));
    }
    if (ch === '\\') return this.command(mode, '}');
    const char = String.fromCodePoint(this.src.codePointAt(this.pos) ?? 0);
    this.pos += char.length;
    return char;
  }

  /** A verbatim argument (URLs): braces balanced, only `\%`-style escapes undone. */
  private rawArgument(): string {
    this.skipSpaces();
    if (this.src[this.pos] !== '{') return '';
    let depth = 0;
    const start = this.pos + 1;
    for (; this.pos < this.src.length; this.pos += 1) {
      const ch = this.src[this.pos];
      if (ch === '\\') this.pos += 1;
      else if (ch === '{') depth += 1;
      else if (ch === '}' && --depth === 0) break;
    }
    const raw = this.src.slice(start, this.pos);
    this.pos += 1;
    return raw.replace(/\\([%_#&~$])/g, '$1');
  }

  private skipOptionalArgument(): void {
    if (this.src[this.pos] !== '[') return;
    const end = this.src.indexOf(']', this.pos);
    if (end >= 0) this.pos = end + 1;
  }

  /**
   * Reads `\name`: a control word eats the spaces after it in text, as TeX does; in math, where
   * pubcv keeps spaces as written, a font switch (`$\cal MAX$`, `$\rm d$`) eats them too.
   */
  private commandName(mode: Mode): string {
    this.pos += 1;
    const word = /^[a-zA-Z]+/.exec(this.src.slice(this.pos, this.pos + 64))?.[0];
    if (word === undefined) {
      const symbol = this.src[this.pos] ?? '';
      this.pos += symbol.length;
      return symbol;
    }
    this.pos += word.length;
    if (mode === 'text' || Object.hasOwn(formattingSwitches, word) || OLD_MATH_FONTS.has(word)) this.skipSpaces();
    return word;
  }

  private command(mode: Mode, stop: string | null): string {
    const name = this.commandName(mode);
    if (mode === 'text' && (name === '(' || name === '[')) {
      const close = name === '(' ? '\\)' : '\\]';
      const math = this.sequence('math', close);
      this.pos += close.length;
      return this.protectMath(math);
    }
    if (name === 'ensuremath') return mode === 'math' ? this.argument('math') : this.protectMath(this.argument('math'));
    if (name === 'url') return this.rawArgument();
    if (name === 'begin') return this.environment(mode);
    if (name === 'ElsevierGlyph') return String.fromCodePoint(Number.parseInt(this.rawArgument(), 16) || 0xfffd);
    if (name === 'href') {
      this.rawArgument(); // CSL has no link markup: keep the link text
      return this.argument(mode);
    }
    if (commandsDroppingArguments.has(name)) {
      if (this.src[this.pos] === '*') this.pos += 1;
      this.skipOptionalArgument();
      this.argument(mode);
      return '';
    }
    const mark = lookup(diacritics, name) ?? (mode === 'math' ? lookup(mathAccents, name) : undefined);
    if (mark !== undefined) return this.accent(mark, mode);
    if (Object.hasOwn(formattingCommands, name)) {
      const argumentMode = name.startsWith('math') || name === 'boldsymbol' || name === 'bm' ? mode : 'text';
      return applyFormat(this.argument(argumentMode), formattingCommands[name]);
    }
    if (Object.hasOwn(formattingSwitches, name)) return applyFormat(this.sequence(mode, stop), formattingSwitches[name]);
    return this.mathCommand(name, mode);
  }

  /** Fractions, roots, blackboard letters, symbols; unknown commands keep only their argument. */
  private mathCommand(name: string, mode: Mode): string {
    if (name === 'frac' || name === 'dfrac' || name === 'tfrac' || name === 'cfrac') {
      const numerator = this.argument('math');
      return `${withParens(numerator)}/${withParens(this.argument('math'))}`;
    }
    if (name === 'sp' || name === 'sb') return applyFormat(this.argument('math'), name === 'sp' ? 'superscript' : 'subscript');
    if (name === 'sqrt') {
      this.skipOptionalArgument();
      return `√${withParens(this.argument('math'))}`;
    }
    if (name === 'mathbb') return [...this.argument('math')].map((c) => lookup(blackboardLetters, c) ?? c).join('');
    const symbol = lookup(mathSymbols, name);
    if (symbol !== undefined) return symbol;
    if (!/^[a-zA-Z]/.test(name)) return name; // unknown control symbol such as `\*`: keep the character
    this.skipOptionalArgument();
    return this.src[this.pos] === '{' ? this.argument(mode) : '';
  }

  /** `\begin{it}...\end{it}`: formatting environments apply their format; others keep their content. */
  private environment(mode: Mode): string {
    const name = this.rawArgument();
    const content = this.sequence(mode, '\\end');
    this.pos += '\\end'.length;
    this.rawArgument();
    return applyFormat(content, lookup(formattingSwitches, name));
  }

  /** `\'e`, `\v{C}`, `{\'\i}`: base letter plus combining mark, composed where Unicode can. */
  private accent(mark: string, mode: Mode): string {
    const argument = this.argument(mode);
    const [first = '', ...rest] = argument;
    if (first === '' || first === '<') return argument;
    const base = first === 'ı' ? 'i' : first === 'ȷ' ? 'j' : first;
    return (base + mark).normalize('NFC') + rest.join('');
  }
}
