/**
 * Field values of the BibTeX export: CSL names, dates and rich text as BibTeX writes them.
 * Unicode is kept (biber and BibTeX with inputenc read UTF-8); only syntax is escaped.
 */

import { LATEX_SPECIAL } from './runs-to-latex.js';

/** A CSL-JSON name, as the writer reads it from the exported record. */
interface NameData {
  readonly family?: unknown;
  readonly given?: unknown;
  readonly suffix?: unknown;
  readonly literal?: unknown;
  readonly 'non-dropping-particle'?: unknown;
  readonly 'dropping-particle'?: unknown;
}

// The LaTeX writer's table, but a caret as `\^{}`, the form reference managers export.
const SPECIAL: Readonly<Record<string, string>> = { ...LATEX_SPECIAL, '^': '\\^{}' };

/** Escapes BibTeX/LaTeX syntax in plain text. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&#%_^~]/g, (c) => SPECIAL[c]!).replace(/\s+/g, ' ');
}

/** A verbatim field (url, doi): braces kept balanced by percent-encoding them. */
export function verbatimValue(text: string): string {
  return text.trim().replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

function str(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** "von Last, Jr, First", braced where BibTeX would split it wrongly; `et al.` is `others`. */
function nameValue(name: NameData): string | undefined {
  const literal = str(name.literal);
  if (literal !== undefined) return /^et al\.?$/i.test(literal) ? 'others' : `{${escapeBibtex(literal)}}`;
  const family = str(name.family);
  if (family === undefined) return undefined;
  const particle = str(name['non-dropping-particle']) ?? str(name['dropping-particle']);
  const last = /[\s,]/.test(family) ? `{${escapeBibtex(family)}}` : escapeBibtex(family);
  const given = str(name.given);
  const suffix = str(name.suffix);
  const head = particle ? `${escapeBibtex(particle)} ${last}` : last;
  return [head, ...(suffix ? [escapeBibtex(suffix)] : []), ...(given ? [escapeBibtex(given)] : [])].join(', ');
}

/** A CSL name list as BibTeX's "A and B and others". */
export function namesValue(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = value.map((n: NameData) => nameValue(n)).filter((n): n is string => n !== undefined);
  return names.length > 0 ? names.join(' and ') : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Year and month (a BibTeX month macro, unbraced) of a CSL date. */
export function dateFields(value: unknown): { year?: string; month?: string } {
  const date = (value ?? {}) as { 'date-parts'?: unknown[][]; literal?: unknown; raw?: unknown };
  const [year, month] = date['date-parts']?.[0] ?? [];
  const y = str(year) ?? /\b\d{4}\b/.exec(str(date.literal) ?? str(date.raw) ?? '')?.[0];
  const m = MONTHS[Number(month) - 1];
  return { ...(y ? { year: y } : {}), ...(m ? { month: m } : {}) };
}

const CSL_TAG = /<(\/?)(i|b|sup|sub|span)(\s[^>]*)?>/g;

/** LaTeX for CSL's rich-text tags; nocase spans become braces, which also keep their case. */
function openTag(name: string, attributes: string): string {
  if (name === 'i') return '\\textit{';
  if (name === 'b') return '\\textbf{';
  if (name === 'sup') return '\\textsuperscript{';
  if (name === 'sub') return '\\textsubscript{';
  return /small-caps/.test(attributes) ? '\\textsc{' : '{';
}

/**
 * A CSL rich-text field as BibTeX: tags to LaTeX commands, text escaped. For titles
 * (`protect`), words with capitals BibTeX styles would lower-case ("BERT", "Bayesian") are braced.
 */
export function richValue(text: string, protect: boolean): string {
  let out = '';
  let depth = 0;
  let words = 0;
  let last = 0;
  const writeText = (raw: string): void => {
    out += raw
      .replace(/[^\s]+/g, (word) => {
        const first = words++ === 0;
        const capital = first ? /.\p{Lu}/u.test(word) : /\p{Lu}/u.test(word);
        return protect && depth === 0 && capital ? `{${escapeBibtex(word)}}` : escapeBibtex(word);
      })
      .replace(/\s+/g, ' ');
  };
  for (const m of text.matchAll(CSL_TAG)) {
    writeText(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== '/') {
      out += openTag(m[2]!, m[3] ?? '');
      depth++;
    } else if (depth > 0) {
      out += '}';
      depth--;
    }
  }
  writeText(text.slice(last));
  return out + '}'.repeat(depth);
}
