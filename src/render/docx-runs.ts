import { ExternalHyperlink, TextRun, UnderlineType } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import { assertNever } from '../model/errors.js';
import { highlightMarks, linkOf } from '../model/index.js';
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
    default:
      assertNever(mark);
  }
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
 * share one hyperlink, so a link whose text has mixed formatting stays one click target.
 */
export function createParagraphChildren(runs: readonly Run[], highlight: HighlightStyle): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let pending: { href: string; runs: TextRun[] } | undefined;
  const flush = (): void => {
    if (pending) children.push(new ExternalHyperlink({ link: pending.href, children: pending.runs }));
    pending = undefined;
  };
  for (const run of runs) {
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
