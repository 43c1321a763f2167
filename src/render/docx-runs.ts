import { ExternalHyperlink, TextRun, UnderlineType } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import { assertNever } from '../model/errors.js';
import { firstStrongDirection, hasMark, highlightMarks, linkOf, type TextDirection } from '../model/index.js';
import { scriptSpans } from './docx-script-fonts.js';
import type { HighlightStyle, Mark, Run } from '../model/index.js';

/** Character style docx defines (blue, underlined); users restyle every link at once in Word. */
const HYPERLINK_STYLE = 'Hyperlink';

type Formatting = { -readonly [K in keyof IRunOptions]: IRunOptions[K] };

/** Adds what one mark contributes to a run's formatting. */
function applyMark(format: Formatting, mark: Mark, highlight: HighlightStyle): void {
  switch (mark.type) {
    case 'bold':
      format.bold = true;
      return;
    case 'italic':
      format.italics = true;
      return;
    case 'underline':
      format.underline = { type: UnderlineType.SINGLE };
      return;
    case 'smallCaps':
      format.smallCaps = true;
      return;
    case 'superscript':
      format.superScript = true;
      return;
    case 'subscript':
      format.subScript = true;
      return;
    case 'owner':
      for (const drawn of highlightMarks(highlight)) applyMark(format, drawn, highlight);
      return;
    case 'link':
      // The target lives on the enclosing ExternalHyperlink; the run only takes the link's look.
      format.style = HYPERLINK_STYLE;
      return;
    case 'isolate':
      // Drawn by the direction marks withDirectionMarks puts around it, not by formatting.
      return;
    default:
      assertNever(mark);
  }
}

/** The paragraph property of a document's direction: right-to-left paragraphs (w:bidi) for Arabic, Hebrew, ...; none else. */
export function paragraphDirection(base: TextDirection): { readonly bidirectional?: true } {
  return base === 'rtl' ? { bidirectional: true } : {};
}

const DIRECTION_MARK: Readonly<Record<TextDirection, string>> = { ltr: '\u200e', rtl: '\u200f' };

/**
 * The runs with each isolate bracketed by direction marks: the paragraph's mark outside, the
 * isolate's own (its first letter's) inside, as in "‎‏כהן, ד.‏‎". OOXML has no isolate: Word and
 * LibreOffice both resolve the text with the Unicode bidi algorithm, and both honour LRM and RLM,
 * which make the name's own punctuation read with the name and the list's commas with the
 * paragraph. (Word's run property w:rtl would override the neutrals of a whole run, but the spec
 * leaves it undefined for runs holding left-to-right letters, which a mixed name can.)
 */
function withDirectionMarks(runs: readonly Run[], base: TextDirection): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < runs.length) {
    const first = runs[i]!;
    if (!hasMark(first.marks, 'isolate')) {
      out.push(first);
      i += 1;
      continue;
    }
    let end = i;
    while (end < runs.length && hasMark(runs[end]!.marks, 'isolate')) end += 1;
    const span = runs.slice(i, end).map((run) => ({ ...run }));
    const own = firstStrongDirection(span.map((run) => run.text).join('')) ?? base;
    const edge = own === base ? DIRECTION_MARK[base] : `${DIRECTION_MARK[base]}${DIRECTION_MARK[own]}`;
    span[0] = { ...span[0]!, text: edge + span[0]!.text };
    span[span.length - 1] = { ...span[span.length - 1]!, text: span[span.length - 1]!.text + [...edge].reverse().join('') };
    out.push(...span);
    i = end;
  }
  return out;
}

/** Builds the docx text runs for one model run: one, or one per script font it needs. */
function createTextRuns(run: Run, highlight: HighlightStyle): TextRun[] {
  return scriptSpans(run.text).map(({ text, font }) => {
    const format: Formatting = { text };
    if (font) format.font = font;
    for (const mark of run.marks) applyMark(format, mark, highlight);
    return new TextRun(format);
  });
}

/**
 * Turns an entry's runs into paragraph children; consecutive runs with the same link target
 * share one hyperlink, so a link whose text has mixed formatting stays one click target. `base`
 * is the paragraph's direction, which isolates are set apart from.
 */
export function createParagraphChildren(runs: readonly Run[], highlight: HighlightStyle, base: TextDirection = 'ltr'): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let pending: { href: string; runs: TextRun[] } | undefined;
  const flush = (): void => {
    if (pending) children.push(new ExternalHyperlink({ link: pending.href, children: pending.runs }));
    pending = undefined;
  };
  for (const run of withDirectionMarks(runs, base)) {
    if (run.text === '') continue;
    const textRuns = createTextRuns(run, highlight);
    const href = linkOf(run.marks);
    if (href === undefined) {
      flush();
      children.push(...textRuns);
    } else if (pending?.href === href) {
      pending.runs.push(...textRuns);
    } else {
      flush();
      pending = { href, runs: textRuns };
    }
  }
  flush();
  return children;
}
