import { latexToCslMarkup } from '../normalize/latex-to-csl-markup.js';

// Text fields whose LaTeX we convert ourselves before citation-js sees them: citation-js 0.8.2
// leaves unknown commands in the text with their braces stripped (`\rpackage{mlr}` becomes
// `\rpackagemlr`) and math such as `\mathcal{O}` or `\log` raw, while latexToCslMarkup keeps the
// arguments and knows the common math. Names, dates, keys, numbers and URLs stay with citation-js.
const TEXT_FIELDS = new Set(
  ('title subtitle titleaddon shorttitle booktitle booksubtitle booktitleaddon maintitle mainsubtitle ' +
    'maintitleaddon eventtitle eventtitleaddon origtitle reprinttitle issuetitle issuesubtitle series ' +
    'shortseries journal journaltitle journalsubtitle shortjournal abstract note addendum annote ' +
    'annotation howpublished chapter edition venue').split(' '),
);
// biblatex literal lists: ` and ` separates items, so each item is converted on its own. Styles do
// not change the case of publishers and places, so their braces need no nocase spans.
const LIST_FIELDS = new Set('publisher origpublisher institution organization school address location origlocation'.split(' '));

const NAME_FIELDS = new Set(
  'author editor editora editorb editorc bookauthor translator annotator commentator introduction foreword afterword holder'.split(' '),
);
// One level of nested braces is enough for names such as `\textbf{L. Leal-Taix{\'e}}`.
const BRACED = String.raw`((?:[^{}]|\{[^{}]*\})*)`;
const NAME_MARKUP: ReadonlyArray<readonly [RegExp, string]> = [
  [/<\/?(?:strong|b|em|i|u)>/gi, ''],
  [new RegExp(String.raw`\\(?:textbf|textit|emph|underline|uline)\s*\{${BRACED}\}`, 'g'), '$1'],
  [new RegExp(String.raw`\{\\(?:bf|bfseries|em|it|itshape)\s+${BRACED}\}`, 'g'), '$1'],
];

// An accent command followed by `\i` or `\j`, e.g. `\'\i`, `\'{\i}`, `\"{\j}`.
const ACCENTED_DOTLESS = /(\\[`'^"~=.uvHrcdbkt]\s*\{?\s*)\\([ij])(?![A-Za-z])/g;

/** Fields ready for citation-js, and the name fields whose bold/italic markup was removed. */
export interface ConvertedFields {
  readonly properties: Record<string, string>;
  readonly unmarkedNameFields: string[];
}

/**
 * Converts the LaTeX of title-like fields into CSL markup that citation-js passes through
 * unchanged, and removes the markup people put around their own name in author lists.
 */
export function convertFields(fields: ReadonlyMap<string, string>): ConvertedFields {
  const properties: Record<string, string> = {};
  const unmarkedNameFields: string[] = [];
  for (const [field, value] of fields) {
    if (TEXT_FIELDS.has(field)) properties[field] = protectFromLatex(latexToCslMarkup(value));
    else if (LIST_FIELDS.has(field)) properties[field] = splitTopLevelAnd(value).map((item) => protectFromLatex(latexToCslMarkup(item, { protectCase: false }))).join(' and ');
    else if (NAME_FIELDS.has(field)) {
      // Bold names would be parsed as part of the name (`<strong>L.` as a given name); pubcv marks the owner itself.
      const unmarked = NAME_MARKUP.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), value);
      if (unmarked !== value) unmarkedNameFields.push(field);
      // citation-js reads a trailing space (left by `@string{Doerr_C = " Carola Doerr "}`) as an empty
      // family name, and accents a dotless i (`{\'\i}` -> "ı́" instead of "í").
      properties[field] = unmarked.replace(/\s+/g, ' ').trim().replace(ACCENTED_DOTLESS, '$1$2');
    } else if (field === 'url') properties[field] = unwrapHtmlLink(value);
    else properties[field] = value;
  }
  return { properties, unmarkedNameFields };
}

/** `doi:<a href="https://doi.org/10.1/x">10.1/x</a>` (some site generators write this) -> the href. */
function unwrapHtmlLink(url: string): string {
  return /<a\s[^>]*href\s*=\s*"([^"]+)"/i.exec(url)?.[1] ?? url;
}

/**
 * Escapes what citation-js's value parser would still read as LaTeX (braces, `$`, backslashes,
 * `~`, the `--`/`''`/` `` ` ligatures, no-break spaces), so the converted text comes out as is.
 */
function protectFromLatex(markup: string): string {
  return markup
    .replace(/[\\{}$~]/g, (char) => (char === '\\' ? '\\textbackslash{}' : char === '~' ? '\\textasciitilde{}' : `\\${char}`))
    .replace(/\u00A0/g, '~')
    .replace(/-(?=-)|'(?=')|`(?=`)/g, '$&{}');
}

/** Splits a literal list at ` and ` outside braces (`{Barnes and Noble}` stays one item). */
function splitTopLevelAnd(value: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i];
    if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    else if (depth === 0 && /^\sand\s/i.test(value.slice(i, i + 5))) {
      items.push(value.slice(start, i));
      start = i + 5;
    }
  }
  items.push(value.slice(start));
  return items;
}
