import { latexToCslMarkup } from '../normalize/latex-to-csl-markup.js';
import { toSentenceCase } from '../normalize/sentence-case.js';
import { guessTitleLanguage, isEnglish } from '../normalize/title-language.js';
import { convertBibtexNames } from './bibtex-names.js';
import { Placeholders } from './bibtex-placeholders.js';
import type { Contribution } from '../model/record.js';

// Text fields whose LaTeX we convert ourselves before citation-js sees them: citation-js 0.8.2
// leaves unknown commands in the text with their braces stripped (`\rpackage{mlr}` becomes
// `\rpackagemlr`) and math such as `\mathcal{O}` or `\log` raw, while latexToCslMarkup keeps the
// arguments and knows the common math. Names, dates, keys, numbers and URLs stay with citation-js.
const TEXT_FIELDS = new Set(
  (
    'title subtitle titleaddon shorttitle booktitle booksubtitle booktitleaddon maintitle mainsubtitle ' +
    'maintitleaddon eventtitle eventtitleaddon origtitle reprinttitle issuetitle issuesubtitle series ' +
    'shortseries journal journaltitle journalsubtitle shortjournal abstract note addendum annote ' +
    'annotation howpublished chapter edition venue'
  ).split(' '),
);
// Those citation-js only carries to a CSL field (as placeholders); it reads the others (a URL in
// `howpublished`, a number in `edition` or `chapter`), so they go to it as escaped text.
const CARRIED_FIELDS = new Set(
  (
    'title subtitle titleaddon shorttitle booktitle booksubtitle booktitleaddon maintitle mainsubtitle ' +
    'maintitleaddon eventtitle eventtitleaddon origtitle reprinttitle issuetitle issuesubtitle series ' +
    'shortseries journal journaltitle journalsubtitle shortjournal abstract addendum annote'
  ).split(' '),
);
// Titles that BibTeX styles case-change, hence written in Title Case, which CSL wants in sentence
// case (pandoc converts these). Journal, series and event names are proper names: kept as written,
// and so are the titles of proceedings, which are named after their conference.
const TITLE_FIELDS = new Set(
  'title subtitle titleaddon shorttitle booktitle booksubtitle booktitleaddon maintitle mainsubtitle maintitleaddon origtitle issuetitle issuesubtitle'.split(
    ' ',
  ),
);
const PROCEEDINGS_TITLES: Readonly<Record<string, ReadonlySet<string>>> = {
  proceedings: new Set(['title', 'subtitle', 'titleaddon', 'shorttitle', 'maintitle', 'mainsubtitle', 'maintitleaddon']),
  inproceedings: new Set(['booktitle', 'booksubtitle', 'booktitleaddon', 'maintitle', 'mainsubtitle', 'maintitleaddon']),
  conference: new Set(['booktitle', 'booksubtitle', 'booktitleaddon', 'maintitle', 'mainsubtitle', 'maintitleaddon']),
};
// Numbers citation-js reads as they are: their LaTeX (`No.\ 117`) is decoded first, or the
// backslash is printed.
const NUMBER_FIELDS = new Set(['number', 'issue', 'volume']);
// Publishers and places: one CSL string, written as BibTeX prints it (`Chapman and Hall`). biblatex
// reads them as lists split at ` and `, but prints the items joined by "and" again, and CSL has no
// list of publishers. Styles do not change their case, so their braces need no nocase spans.
const LIST_FIELDS = new Set('publisher origpublisher institution organization school address location origlocation'.split(' '));

const NAME_FIELDS = new Set(
  'author editor editora editorb editorc bookauthor translator annotator commentator introduction foreword afterword holder'.split(' '),
);

/** Fields ready for citation-js, plus the values it is handed as placeholders. */
export interface ConvertedFields {
  readonly properties: Record<string, string>;
  /** Name fields whose bold/italic markup (an owner marking their own name) was removed. */
  readonly unmarkedNameFields: string[];
  /** The names and texts the placeholders in `properties` stand for. */
  readonly placeholders: Placeholders;
  /** Annotations recognised in the `author` list. */
  readonly contributions: Contribution[];
}

/**
 * The fields of an entry whose titles turn into sentence case: none unless its language is
 * English, or it has none and its title does not read as another language (see guessTitleLanguage).
 */
function sentenceCaseFields(type: string, fields: ReadonlyMap<string, string>): (field: string) => boolean {
  const language = fields.get('langid') ?? fields.get('language') ?? fields.get('hyphenation');
  if (language === undefined ? guessTitleLanguage(latexToCslMarkup(fields.get('title') ?? '')) !== undefined : !isEnglish(language.replace(/[{}]/g, '')))
    return () => false;
  const proper = PROCEEDINGS_TITLES[type];
  return (field) => TITLE_FIELDS.has(field) && !proper?.has(field);
}

/**
 * Converts an entry's fields for citation-js. Title-like fields become CSL markup (sentence case
 * for English titles of works, see TITLE_FIELDS) and names are parsed by us (see
 * convertBibtexNames); both reach citation-js as placeholders made with `prefix` (see Placeholders).
 */
export function convertFields(type: string, fields: ReadonlyMap<string, string>, prefix: string): ConvertedFields {
  const properties: Record<string, string> = {};
  const unmarkedNameFields: string[] = [];
  const placeholders = new Placeholders(prefix);
  let contributions: Contribution[] = [];
  const sentenceCase = sentenceCaseFields(type, fields);
  for (const [field, value] of withTitleAddon(fields)) {
    if (TEXT_FIELDS.has(field)) {
      const plain = latexToCslMarkup(value);
      const markup = sentenceCase(field) ? toSentenceCase(plain) : plain;
      properties[field] = CARRIED_FIELDS.has(field) ? placeholders.text(markup) : protectFromLatex(markup);
    } else if (LIST_FIELDS.has(field)) properties[field] = placeholders.text(latexToCslMarkup(value, { protectCase: false }));
    else if (NAME_FIELDS.has(field)) {
      const converted = convertBibtexNames(value);
      if (converted.unmarked) unmarkedNameFields.push(field);
      if (field === 'author') contributions = converted.contributions;
      if (converted.names.length > 0) properties[field] = placeholders.name(converted.names);
    } else if (NUMBER_FIELDS.has(field) && /[\\{}~]/.test(value)) properties[field] = protectFromLatex(latexToCslMarkup(value, { protectCase: false }));
    else if (field === 'url') properties[field] = unwrapHtmlLink(value);
    else properties[field] = value;
  }
  return { properties, unmarkedNameFields, placeholders, contributions };
}

/**
 * biblatex prints `titleaddon` after the title ("Study abroad programs. Editorial"); CSL has no such
 * field and citation-js drops it, so it joins the title here.
 */
function withTitleAddon(fields: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const addon = fields.get('titleaddon');
  if (addon === undefined || addon.trim() === '') return fields;
  const joined = new Map(fields);
  joined.delete('titleaddon');
  const title = fields.get('title');
  joined.set('title', title === undefined || title.trim() === '' ? addon : `${title}. ${addon}`);
  return joined;
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
