import { hasMark, type Mark, type Run } from './marks.js';

/** Which way a paragraph or an isolated stretch of text reads. */
export type TextDirection = 'ltr' | 'rtl';

/** Languages written right to left (BCP 47 primary subtags). */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The direction a document in `lang` reads: right to left for Arabic, Hebrew, Persian, Urdu, ...; else left to right. */
export function documentDirection(lang: string): TextDirection {
  const [language = '', script = ''] = lang.toLowerCase().split(/[-_]/);
  if (script === 'arab' || script === 'hebr') return 'rtl';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

// Strong characters, near enough to the Unicode Bidi_Class (which JavaScript's regular
// expressions cannot name): the letters of the right-to-left scripts are R or AL, every other
// letter L. Digits, punctuation, spaces and combining marks are neither: they take a side.
const RTL_SCRIPT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\p{Script=Mende_Kikakui}]/u;
const LETTER = /\p{L}/u;
const STRONG_RTL = new RegExp(`(?=${LETTER.source})${RTL_SCRIPT.source}`, 'u');
const STRONG_LTR = new RegExp(`(?!${RTL_SCRIPT.source})${LETTER.source}`, 'u');
const STRONG = new RegExp(LETTER.source, 'u');

/** The blocks of the right-to-left scripts: a quick test that lets most Latin text skip the exact one. */
const RTL_BLOCKS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** True when `text` holds a letter that reads `direction`. */
export function holdsDirection(text: string, direction: TextDirection): boolean {
  if (direction === 'rtl') return RTL_BLOCKS.test(text) && STRONG_RTL.test(text);
  return STRONG_LTR.test(text);
}

/** The direction of the first strong letter of `text` (as FSI and `dir=auto` decide), or undefined when it has none. */
export function firstStrongDirection(text: string): TextDirection | undefined {
  const m = STRONG.exec(text);
  if (!m) return undefined;
  return STRONG_RTL.test(m[0]) ? 'rtl' : 'ltr';
}

const opposite = (direction: TextDirection): TextDirection => (direction === 'ltr' ? 'rtl' : 'ltr');

const ISOLATE: Mark = { type: 'isolate' };

/** Opening brackets and quotes right before a stretch, which belong to it. */
const OPENING = /[\p{Ps}\p{Pi}"']+$/u;
/** Closing brackets and quotes right after a stretch, with a comma or period set inside the quotes ("“כותרת,”"). */
const CLOSING = /^(?:[\p{Pe}\p{Pf}"']|[,.;:!?](?=[\p{Pe}\p{Pf}"']))+/u;

/**
 * Isolates each stretch of text written against the paragraph's `base` direction (a Hebrew or
 * Arabic title in a left-to-right entry, a Latin one in a right-to-left entry) that is not
 * isolated yet: from its first to its last letter of that direction, with no letter of the base
 * direction in between, and the quotes or brackets around it. Inside, the stretch reads as the
 * bidi algorithm reads it anyway; what the isolate stops is the punctuation and numbers after it
 * ("כותרת, 3(2), 1–5") being drawn into it. Runs with nothing written against the base are
 * returned as they are.
 */
export function isolateStretches(runs: readonly Run[], base: TextDirection): readonly Run[] {
  const against = opposite(base);
  if (!runs.some((run) => holdsDirection(run.text, against) && !hasMark(run.marks, 'isolate'))) return runs;
  const out: Run[] = [];
  let stretch: Run[] = [];
  // Text after the stretch's last letter written against the base: part of the stretch only if
  // another such letter follows before a base letter or an isolate (or it closes the stretch's quotes).
  let tail: Run[] = [];
  const open = (): void => {
    const last = out[out.length - 1];
    const quote = last && !hasMark(last.marks, 'isolate') ? OPENING.exec(last.text) : null;
    if (!last || !quote) return;
    out.pop();
    if (quote.index > 0) out.push({ text: last.text.slice(0, quote.index), marks: last.marks });
    stretch.push({ text: quote[0], marks: last.marks });
  };
  const close = (): void => {
    while (stretch.length > 0 && tail.length > 0) {
      const first = tail[0]!;
      const closing = CLOSING.exec(first.text)?.[0];
      if (!closing) break;
      stretch.push({ text: closing, marks: first.marks });
      if (closing.length < first.text.length) {
        tail[0] = { text: first.text.slice(closing.length), marks: first.marks };
        break;
      }
      tail.shift();
    }
    out.push(...stretch.map((run) => ({ text: run.text, marks: [...run.marks, ISOLATE] })), ...tail);
    stretch = [];
    tail = [];
  };
  for (const run of runs) {
    if (hasMark(run.marks, 'isolate')) {
      close();
      out.push(run);
      continue;
    }
    for (const piece of splitByStrength(run.text)) {
      const part = { text: piece.text, marks: run.marks };
      if (piece.strength === against) {
        if (stretch.length === 0) open();
        stretch.push(...tail, part);
        tail = [];
      } else if (piece.strength === base) {
        close();
        out.push(part);
      } else if (stretch.length > 0) tail.push(part);
      else out.push(part);
    }
  }
  close();
  return mergeRuns(out);
}

/** `text` cut into pieces of one kind: letters of one direction, or neither (spaces, digits, punctuation). */
function splitByStrength(text: string): { readonly text: string; readonly strength: TextDirection | undefined }[] {
  const pieces: { text: string; strength: TextDirection | undefined }[] = [];
  for (const char of text) {
    const strength = STRONG_RTL.test(char) ? 'rtl' : STRONG_LTR.test(char) ? 'ltr' : undefined;
    const last = pieces[pieces.length - 1];
    if (last && last.strength === strength) last.text += char;
    else pieces.push({ text: char, strength });
  }
  return pieces;
}

/** Adjacent runs with the very same marks (the pieces of one run) joined again. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && sameMarkList(last.marks, run.marks)) out[out.length - 1] = { text: last.text + run.text, marks: last.marks };
    else out.push(run);
  }
  return out;
}

const sameMarkList = (a: readonly Mark[], b: readonly Mark[]): boolean =>
  a === b || (a.length === b.length && a.every((m, i) => m.type === b[i]?.type && (m.type !== 'link' || m.href === (b[i] as typeof m).href)));
