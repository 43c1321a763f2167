/**
 * biblatex's type keys (`@phdthesis`, `type = {mathesis}`, `type = {techreport}`) and the text
 * biblatex prints for them in English (its english.lbx). citation-js leaves the bare key in CSL's
 * `genre`, which styles print as is ("[Phdthesis]"). CSL locales have no terms for these kinds
 * (only "thesis" and "report"): the English text here is named in the build's locale when the
 * entry is formatted (format/localize-genre.ts).
 */
const GENRE_TEXTS: Readonly<Record<string, string>> = {
  bathesis: "Bachelor's thesis",
  mathesis: "Master's thesis",
  mastersthesis: "Master's thesis",
  phdthesis: 'PhD thesis',
  candthesis: 'Candidate thesis',
  techreport: 'Technical report',
  resreport: 'Research report',
  software: 'Computer software',
  datacd: 'CD-ROM',
  audiocd: 'Audio CD',
};

/** The text a reader expects for a genre that is a biblatex type key; any other genre as written. */
export function genreText(genre: string): string {
  const key = genre.trim().toLowerCase();
  return Object.hasOwn(GENRE_TEXTS, key) ? (GENRE_TEXTS[key] ?? genre) : genre;
}
