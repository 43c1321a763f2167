/**
 * Case changes on CSL markup (`<i>`, `<span class="nocase">`, ...) that leave protected text alone:
 * nocase spans (BibTeX's `{DNA}`, and math) and the tags themselves.
 */

interface Word {
  readonly index: number;
  readonly text: string;
  /** Starts the title, a sentence or a subtitle. */
  readonly start: boolean;
  /** Starts a subtitle: follows a colon. */
  readonly subtitle: boolean;
  /** Inside (or partly inside) a nocase span. */
  readonly locked: boolean;
  /** The character after the word. */
  readonly next: string;
}

interface Letters {
  /** The text without tags. */
  readonly text: string;
  readonly words: readonly Word[];
  /** Puts changed text back between the tags. */
  readonly rebuild: (text: string) => string;
}

const TAG = /<(\/?)([a-z]+)([^>]*)>/giy;
// Letters, digits, combining marks and apostrophes make a word (`t-Li7SiPS8` keeps its capitals);
// hyphens, spaces and punctuation split words.
const WORD = /[\p{L}\p{M}\p{N}'’]+/gu;
// A word after these starts a sentence (or a subtitle) and keeps its capital.
const SENTENCE_END = /[.?!:]["”’)]*\s+["“‘(]*$/;
const OPENING = /^\s*["“‘(]*$/;

/** Splits markup into its text and tags, and the text into words. */
function splitMarkup(markup: string): Letters {
  const pieces: Array<{ tag: string } | { text: string }> = [];
  // Stretches of the text inside nocase spans, as [start, end) offsets.
  const lockedRanges: Array<[number, number]> = [];
  if (!markup.includes('<')) return splitWords(markup, [], [{ text: markup }]);
  const stack: boolean[] = [];
  let text = '';
  let start = 0;
  const flush = (end: number): void => {
    if (end <= start) return;
    const piece = markup.slice(start, end);
    pieces.push({ text: piece });
    if (stack.includes(true)) lockedRanges.push([text.length, text.length + piece.length]);
    text += piece;
  };
  for (let i = markup.indexOf('<'); i >= 0; i = markup.indexOf('<', i + 1)) {
    TAG.lastIndex = i;
    const tag = TAG.exec(markup);
    if (tag === null) continue;
    flush(i);
    if (tag[1] === '/') stack.pop();
    else stack.push(/class\s*=\s*"nocase"/.test(tag[3] ?? ''));
    pieces.push({ tag: tag[0] });
    start = TAG.lastIndex;
    i = start - 1;
  }
  flush(markup.length);
  return splitWords(text, lockedRanges, pieces);
}

function splitWords(text: string, lockedRanges: ReadonlyArray<readonly [number, number]>, pieces: ReadonlyArray<{ tag: string } | { text: string }>): Letters {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const index = match.index ?? 0;
    const gap = text.slice(previousEnd, index);
    const punctuated = /[.?!:]/.test(gap);
    const isStart = previousEnd === 0 ? OPENING.test(gap) : punctuated && SENTENCE_END.test(gap);
    const end = index + match[0].length;
    const isLocked = lockedRanges.some(([from, to]) => from < end && to > index);
    const subtitle = punctuated && previousEnd > 0 && /:["”’)]*\s+["“‘(]*$/.test(gap);
    words.push({ index, text: match[0], start: isStart, subtitle, locked: isLocked, next: text.charAt(index + match[0].length) });
    previousEnd = index + match[0].length;
  }
  const rebuild = (changed: string): string => {
    let offset = 0;
    return pieces
      .map((piece) => {
        if ('tag' in piece) return piece.tag;
        offset += piece.text.length;
        return changed.slice(offset - piece.text.length, offset);
      })
      .join('');
  };
  return { text, words, rebuild };
}

/** Applies `change` to every unprotected word; the markup is returned as is when nothing changes. */
function changeWords(letters: Letters, markup: string, change: (word: Word) => string): string {
  let out = '';
  let previousEnd = 0;
  let changed = false;
  for (const word of letters.words) {
    const text = word.locked ? word.text : change(word);
    changed ||= text !== word.text;
    out += letters.text.slice(previousEnd, word.index) + text;
    previousEnd = word.index + word.text.length;
  }
  return changed ? letters.rebuild(out + letters.text.slice(previousEnd)) : markup;
}

/** `Title`, `Web2`: a capital, then lower case (digits allowed); not `I2`, `DNA` or `iPhone`. */
function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  const rest = word.slice(1);
  return first !== first.toLowerCase() && rest === rest.toLowerCase() && rest !== rest.toUpperCase();
}

/** Whether the unprotected text has three words or more and no lower-case letter. */
function lettersAllCaps(letters: Letters): boolean {
  const free = letters.words.filter((word) => !word.locked);
  // Words in scripts without case (Chinese) are no capitals.
  const capitals = free.filter((word) => word.text.length >= 2 && word.text !== word.text.toLowerCase());
  return capitals.length >= 3 && free.every((word) => word.text === word.text.toUpperCase());
}

/**
 * Whether a title is written in Title Case: of its longer words (four letters or more) not
 * starting a sentence, at least as many are Capitalized as lower case. A title already in
 * sentence case keeps its capitals, which are then proper nouns ("archaeological Maya blue").
 */
function isTitleCase(letters: Letters): boolean {
  let balance = 0;
  for (const word of letters.words) {
    if (word.locked || word.start || word.text.length < 4) continue;
    if (isCapitalized(word.text)) balance += 1;
    else if (word.text === word.text.toLowerCase()) balance -= 1;
  }
  return balance >= 0;
}

/**
 * Turns a Title Case title into CSL's sentence case, as pandoc does for BibTeX: a word written
 * Capitalized is lower-cased unless it starts the title or a sentence or subtitle (after `.`,
 * `?`, `!`, `:`); words with other capitals (DNA, iPhone, McDonald) and protected text keep
 * theirs. Single capital letters other than "A" (Type I, Vitamin C) and initials ("M. Smith")
 * are kept too, and so are names from other languages (see foreignNames); a title already in
 * sentence case keeps its capitals (see isTitleCase). In
 * either case a subtitle starts with a capital, as CSL's sentence case has it ("Plots: A study").
 */
export function toSentenceCase(markup: string): string {
  const letters = splitMarkup(markup);
  // All capitals carry no case information to keep: fixCapitals handles them on their own.
  if (lettersAllCaps(letters)) return markup;
  const titleCase = isTitleCase(letters);
  const names = foreignNames(letters.words);
  return changeWords(letters, markup, ({ index, text, start, subtitle, next }) => {
    if (subtitle && isLowerWord(text)) return text.charAt(0).toUpperCase() + text.slice(1);
    if (!titleCase || start || names.has(index)) return text;
    // The article "A"; other single capitals (Type I, Vitamin C) and initials ("A. Smith") stay.
    if (text === 'A') return next === '.' ? text : 'a';
    return isCapitalized(text) ? text.toLowerCase() : text;
  });
}

// Lower-case particles of names in other languages: "Électricité de France", "Universidad de Chile".
// Not "do": "Why do People Give Up" is English.
const PARTICLES = new Set(['de', 'du', 'des', 'del', 'la', 'le', 'di', 'da', 'von', 'van', 'y']);

/** Accented and other letters English does not use: Électricité, Poincaré, Łódź, Straße. */
function hasForeignLetter(word: string): boolean {
  return /\p{M}|[ßøłđæœı]/iu.test(word.normalize('NFD'));
}

/**
 * Offsets of Capitalized words that are names from another language inside an English title, and
 * keep their capitals: those with letters English does not use, and pairs joined by a particle.
 */
function foreignNames(words: readonly Word[]): Set<number> {
  const names = new Set<number>();
  words.forEach((word, i) => {
    if (isCapitalized(word.text) && hasForeignLetter(word.text)) names.add(word.index);
    const [before, after] = [words[i - 1], words[i + 1]];
    if (PARTICLES.has(word.text) && before !== undefined && after !== undefined && isCapitalized(before.text) && isCapitalized(after.text)) {
      names.add(before.index);
      names.add(after.index);
    }
  });
  return names;
}

/**
 * A plain lower-case word that a subtitle may start with ("a", "the", "why"); a letter-digit
 * mix or a single letter other than "a" may be a symbol (`k`-means) and keeps its case.
 */
function isLowerWord(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && (word.length > 1 || word === 'a');
}

/** Whether a title is written in capitals only: three or more words and no lower-case letter. */
export function isAllCaps(markup: string): boolean {
  if (markup === markup.toLowerCase()) return false;
  if (!markup.includes('<') && markup !== markup.toUpperCase()) return false;
  return lettersAllCaps(splitMarkup(markup));
}

/** An all-capitals title in sentence case: every word lower case but the first of each sentence. */
export function capitalsToSentenceCase(markup: string): string {
  return changeWords(splitMarkup(markup), markup, ({ text, start }) => {
    const lower = text.toLowerCase();
    return start ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
}
