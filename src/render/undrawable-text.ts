import type { Diagnostic } from '../model/errors.js';
import { blockShownIn, headingRuns, type Document, type Entry, type FontFamily, type Run } from '../model/index.js';
import { MAX_KEPT_ENTRIES, StringMemo } from '../text/string-memo.js';
import { fontChain, splitByFont, type FontChain, type TextFace } from './font-chain.js';
import { styleOfMarks } from './pdf-style.js';

/** Text drawn in one face, as the PDF writer sets it before falling back. */
interface FacedText {
  readonly text: string;
  readonly face: TextFace;
}

function runsInFaces(runs: readonly Run[], doc: Document): FacedText[] {
  // The size does not choose the face; any will do.
  return runs.map((run) => ({ text: run.text, face: styleOfMarks(run.marks, doc.highlight, 10).face as TextFace }));
}

/** Everything of an entry the PDF draws. */
function entryTexts(entry: Entry, doc: Document): FacedText[] {
  const badge = entry.badge ? [{ text: entry.badge, face: 'regular' as const }] : [];
  const blocks = (entry.blocks ?? []).filter((b) => blockShownIn(b, 'pdf')).flatMap((b) => runsInFaces(b.runs, doc));
  return [...badge, ...runsInFaces(entry.runs, doc), ...blocks];
}

/** The page furniture: title, owner, subtitle, "Updated" line, section headings, legend. */
function documentTexts(doc: Document): FacedText[] {
  const plain = [doc.title, doc.owner ?? '', doc.subtitle ?? '', doc.updated ?? '', doc.citationSummary?.figures ?? '', doc.citationSummary?.asOf ?? ''].map(
    (text) => ({ text, face: 'regular' as const }),
  );
  const headings = doc.sections.flatMap((s) => runsInFaces(headingRuns(s), doc));
  return [...plain, ...headings, ...(doc.legend ?? []).flatMap((line) => runsInFaces(line, doc))];
}

/** What the PDF draws, per entry (and, with no entry, the page furniture), in the faces it sets it in. */
export function pdfTexts(doc: Document): { readonly entry: Entry | undefined; readonly texts: FacedText[] }[] {
  const entries = doc.sections.flatMap((s) => s.entries).map((entry) => ({ entry, texts: entryTexts(entry, doc) }));
  return [{ entry: undefined, texts: documentTexts(doc) }, ...entries];
}

/** "U+E000", as Unicode charts name a code point. */
function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What the user can do about a character no bundled font draws, by its kind. */
function remedy(char: string): string {
  if (/\p{Co}/u.test(char))
    return 'it is a private-use character (from a symbol font or a converter): replace it in the source with the Unicode character it stands for';
  if (/\p{Cn}/u.test(char)) return "it is not an assigned Unicode character (often a mis-decoded byte): check the file's encoding, or replace it";
  if (/\p{Cc}/u.test(char)) return 'it is a control character: delete it from the source';
  return "no bundled font has this script or symbol: transliterate it in the source, or use the DOCX or HTML output, which use the reader's fonts";
}

/**
 * The characters of texts no font draws, by family, face and text: a rebuild in the same process
 * (`--watch`) looks only at the texts that changed; 5,000 texts a generation cover a 300-entry list's.
 */
const missingByText = new StringMemo<readonly string[]>(5000);

/** The characters of `text` set in `face` that no font of the chain draws, in order of appearance. */
function missingIn(chain: FontChain, family: FontFamily, { text, face }: FacedText, keep: boolean): readonly string[] {
  const compute = (): string[] => {
    const missing: string[] = [];
    for (const span of splitByFont(chain, text, face)) {
      if (span.face !== undefined) continue;
      for (const char of span.text) if (!chain.faceFor(char, face)) missing.push(char);
    }
    return missing;
  };
  return keep ? missingByText.get(`${family}\u0000${face}\u0000${text}`, compute) : compute();
}

/** The characters of `texts` that no font of the chain draws, each once, in order of appearance. */
function missingCharacters(chain: FontChain, family: FontFamily, texts: readonly FacedText[], keep: boolean): string[] {
  const missing = new Set<string>();
  for (const faced of texts) for (const char of missingIn(chain, family, faced, keep)) missing.add(char);
  return [...missing];
}

function warning(char: string, entry: Entry | undefined): Diagnostic {
  const where = entry ? `entry ${entry.id}` : 'the page header or a section heading';
  return {
    severity: 'warning',
    code: 'pdf-missing-glyph',
    message: `${codePointName(char)} in ${where} cannot be drawn in the PDF and shows as an empty box: ${remedy(char)}`,
    ...(entry?.source ? { file: entry.source.file, ...(entry.source.line !== undefined ? { line: entry.source.line } : {}) } : {}),
    ...(entry ? { entry: entry.id } : {}),
  };
}

/**
 * A warning for each character the PDF would draw as an empty box (no bundled font has it), per
 * entry: the code point, and what to do about it. Checked with the fonts' own character maps,
 * through the same fallback chain the PDF writer uses.
 */
export function undrawableCharacters(doc: Document): Diagnostic[] {
  const family = doc.layout.font;
  const chain = fontChain(family);
  const texts = pdfTexts(doc);
  // Only a list that keeps things between builds (MAX_KEPT_ENTRIES) keeps its texts' results.
  const keep = texts.length - 1 <= MAX_KEPT_ENTRIES;
  return texts.flatMap(({ entry, texts: entryTexts }) => missingCharacters(chain, family, entryTexts, keep).map((char) => warning(char, entry)));
}
