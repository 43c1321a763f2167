import bidiModule from 'bidi-js';
import type { TextDirection } from '../model/index.js';
import { measureLine, type Line, type Measure, type Piece } from './pdf-layout.js';

// bidi-js is CommonJS with declarations written as `export default`: Node hands over the factory itself.
const bidi = (bidiModule as unknown as typeof bidiModule.default)();

/**
 * Text that may hold right-to-left characters: the Hebrew, Arabic, Syriac, Thaana, NKo and other
 * RTL blocks and presentation forms, and the RTL marks and controls. Lines without any are left
 * as they are, without running the bidi algorithm.
 */
const MAYBE_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * Scripts fontkit shapes right to left: given text of one of them in logical order, it joins the
 * letters and reverses the glyphs itself. A right-to-left stretch without any (a bracket, a
 * dash between two Hebrew words) it draws left to right, so that one is handed over reversed.
 */
const SHAPED_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;

const isSpace = (char: string | undefined): boolean => char === ' ';

/**
 * The text pdfkit must be given to draw code units `indexes` (in logical order) of `text`:
 * mirrored brackets in right-to-left stretches, and reversed when fontkit will not reverse it.
 */
function drawnText(text: string, indexes: readonly number[], rtl: boolean, mirrored: Map<number, string>): string {
  const logical = indexes.map((i) => mirrored.get(i) ?? text[i]).join('');
  return rtl && !SHAPED_RTL.test(logical) ? [...logical].reverse().join('') : logical;
}

/** How a line's paragraph reads, and which of its fragments are bidi isolates. */
interface LineDirection<S> {
  readonly base: TextDirection;
  /** True for the style of a fragment inside an isolate; consecutive such fragments are one isolate. */
  readonly isolated: (style: S) => boolean;
}

const LEFT_TO_RIGHT: LineDirection<unknown> = { base: 'ltr', isolated: () => false };

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * The line's text with each isolate between FSI and PDI, as bidi-js reads isolates, and for
 * each code unit of it the index of the line's own code unit it is (-1 for the controls).
 */
function withIsolates<S>(line: Line<S>, direction: LineDirection<S>): { readonly text: string; readonly origin: readonly number[] } {
  let text = '';
  const origin: number[] = [];
  let inside = false;
  let at = 0;
  for (const fragment of line.fragments) {
    const isolated = direction.isolated(fragment.style);
    if (isolated !== inside) {
      text += isolated ? FSI : PDI;
      origin.push(-1);
      inside = isolated;
    }
    text += fragment.text;
    for (let i = 0; i < fragment.text.length; i += 1) origin.push(at + i);
    at += fragment.text.length;
  }
  if (inside) {
    text += PDI;
    origin.push(-1);
  }
  return { text, origin };
}

/**
 * Puts a laid-out line in visual order with the Unicode bidirectional algorithm (bidi-js), in a
 * paragraph of the document's direction, isolates (names, stretches written against the
 * paragraph: the `isolate` mark) set apart as by FSI…PDI: a Hebrew or Arabic name in a
 * left-to-right CV reads right to left, its words in the right order, a year or a Latin word
 * inside it left to right, and the commas and "&" between names stay the list's. Right-to-left
 * stretches are cut into words, because pdfkit shapes and places text a space-ended chunk at a
 * time in logical order; each word is drawn on its own, in logical order, and fontkit joins its
 * letters and reverses its glyphs. Levels are resolved per line, so a neutral character at a line
 * break takes its direction from its own line.
 */
export function reorderLine<S>(line: Line<S>, measure: Measure<S>, direction: LineDirection<S> = LEFT_TO_RIGHT): Line<S> {
  const text = line.fragments.map((f) => f.text).join('');
  if (direction.base === 'ltr' && !MAYBE_RTL.test(text)) return line;
  const controlled = withIsolates(line, direction);
  const embedding = bidi.getEmbeddingLevels(controlled.text, direction.base);
  const levels: number[] = [];
  controlled.origin.forEach((i, at) => {
    if (i >= 0) levels[i] = embedding.levels[at] as number;
  });
  if (levels.every((level: number) => level === 0)) return line;
  const mirrored = new Map<number, string>();
  for (const [at, char] of bidi.getMirroredCharactersMap(controlled.text, embedding.levels) as Map<number, string>) {
    const i = controlled.origin[at] as number;
    if (i >= 0) mirrored.set(i, char);
  }
  const styles: S[] = line.fragments.flatMap((f) => Array.from({ length: f.text.length }, () => f.style));
  const pieces: Piece<S>[] = [];
  let run: number[] = [];
  const flush = (): void => {
    const first = run[0];
    if (first === undefined) return;
    const rtl = ((levels[first] as number) & 1) === 1;
    pieces.push({
      text: drawnText(
        text,
        [...run].sort((a, b) => a - b),
        rtl,
        mirrored,
      ),
      style: styles[first] as S,
    });
    run = [];
  };
  for (const at of bidi.getReorderedIndices(controlled.text, embedding) as number[]) {
    const i = controlled.origin[at] as number;
    if (i < 0) continue;
    const prev = run[run.length - 1];
    if (prev !== undefined) {
      const rtl = ((levels[i] as number) & 1) === 1;
      const apart = styles[i] !== styles[prev] || levels[i] !== levels[prev] || Math.abs(i - prev) !== 1;
      if (apart || (rtl && isSpace(text[i]) !== isSpace(text[prev]))) flush();
    }
    run.push(i);
  }
  flush();
  return measureLine(pieces, measure);
}
