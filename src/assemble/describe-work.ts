import type { CslDate, CslItem, CslName } from '../model/record.js';
import type { WorkMetadata } from '../model/index.js';

/** CSL's inline rich-text tags; any other `<` in a title is a literal character. */
const CSL_MARKUP = /<\/?(?:i|b|sup|sub|span)(?:\s[^>]*)?>/g;

/** A field's text without CSL markup or doubled spaces; undefined when empty or not text. */
function plainField(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(CSL_MARKUP, '').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** "Given particle Family suffix", or the literal name. */
function nameText(name: CslName): string | undefined {
  if (name.literal) return plainField(name.literal);
  const parts = [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix];
  return plainField(parts.filter((p) => p !== undefined && p !== '').join(' '));
}

/** The ISO form of a CSL date ("2024", "2024-05", "2024-05-17"), when it has numeric parts. */
function isoDate(date: CslDate | undefined): string | undefined {
  const parts = date?.['date-parts']?.[0]?.map(Number) ?? [];
  const [year, month, day] = parts;
  if (year === undefined || !Number.isInteger(year)) return undefined;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const yyyy = year < 0 ? String(year) : String(year).padStart(4, '0');
  if (month === undefined || !Number.isInteger(month) || month < 1 || month > 12) return yyyy;
  if (day === undefined || !Number.isInteger(day) || day < 1 || day > 31) return `${yyyy}-${pad(month)}`;
  return `${yyyy}-${pad(month)}-${pad(day)}`;
}

/** A DOI without its resolver prefix: "https://doi.org/10.1/x" and "doi:10.1/x" become "10.1/x". */
function bareDoi(value: unknown): string | undefined {
  const text = plainField(value);
  return text?.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
}

/** The plain facts of a CSL item, for JSON-LD and other machine-readable output. */
export function describeWork(item: CslItem): WorkMetadata {
  const fields: Array<[keyof WorkMetadata, string | undefined]> = [
    ['title', plainField(item.title)],
    ['issued', isoDate(item.issued)],
    ['container', plainField(item['container-title'])],
    ['publisher', plainField(item.publisher)],
    ['volume', plainField(item.volume)],
    ['issue', plainField(item.issue)],
    ['pages', plainField(item.page)],
    ['doi', bareDoi(item.DOI)],
    ['url', plainField(item.URL)],
  ];
  const authors = (item.author ?? []).map(nameText).filter((n): n is string => n !== undefined);
  return { type: item.type, authors, ...Object.fromEntries(fields.filter(([, v]) => v !== undefined)) };
}
