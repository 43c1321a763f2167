import type { Diagnostic, Result } from '../model/errors.js';
import type { Document, Entry, Section } from '../model/index.js';

// Characters no output format can hold: XML 1.0 (the parts of a DOCX) allows no C0 control but
// tab, LF and CR, no U+FFFE/U+FFFF and no lone surrogate, and Word and LibreOffice refuse a file
// holding one; HTML parsers flag controls and noncharacters as errors; a PDF font has no glyph
// for them. They reach the model from any input, the config's header, the owner's name or an
// enrich answer, so they are dropped once here, where the document is complete, for every writer.
// A lone surrogate stood for a character that was lost: it becomes U+FFFD, which shows that.
const UNENCODABLE = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;
const HAS_UNENCODABLE = new RegExp(UNENCODABLE.source, 'u');
const LONE_SURROGATE = /\p{Cs}/u;

function codePointName(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True when a string (or key) of plain data holds a character to drop; allocates nothing, as almost every entry has none. */
function holdsUnencodable(value: unknown): boolean {
  if (typeof value === 'string') return HAS_UNENCODABLE.test(value);
  if (Array.isArray(value)) return value.some(holdsUnencodable);
  if (value === null || typeof value !== 'object') return false;
  for (const key in value) if (HAS_UNENCODABLE.test(key) || holdsUnencodable((value as Record<string, unknown>)[key])) return true;
  return false;
}

/** Cleans every string (and key) of plain data, keeping the same object where nothing changed. */
function cleanValue(value: unknown, found: Set<string>): unknown {
  if (!holdsUnencodable(value)) return value;
  if (typeof value === 'string') {
    return value.replace(UNENCODABLE, (c) => {
      found.add(c);
      return LONE_SURROGATE.test(c) ? '\uFFFD' : '';
    });
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => cleanValue(v, found));
    return items.some((v, i) => v !== value[i]) ? items : value;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const cleaned = entries.map(([k, v]) => [cleanValue(k, found) as string, cleanValue(v, found)] as const);
    return cleaned.some(([k, v], i) => k !== entries[i]![0] || v !== entries[i]![1]) ? Object.fromEntries(cleaned) : value;
  }
  return value;
}

function warning(found: ReadonlySet<string>, where: string, entry?: Entry): Diagnostic {
  const names = [...found].map(codePointName).join(', ');
  const source = entry?.source;
  return {
    severity: 'warning',
    code: 'unencodable-character',
    message: `${where} holds ${names}, which DOCX, PDF and HTML cannot hold: dropped (a lone surrogate shows as U+FFFD)`,
    ...(source ? { file: source.file, ...(source.line !== undefined ? { line: source.line } : {}) } : {}),
    ...(entry ? { entry: entry.id } : {}),
  };
}

/** The document without control characters, noncharacters and lone surrogates; a warning per entry (and for the header) that had some. */
export function dropUnencodable(document: Document): Result<Document> {
  const diagnostics: Diagnostic[] = [];
  const outside = new Set<string>();
  const sections = document.sections.map((section): Section => {
    const entries = section.entries.map((entry) => {
      const found = new Set<string>();
      const cleaned = cleanValue(entry, found) as Entry;
      if (found.size > 0) diagnostics.push(warning(found, 'the entry', entry));
      return cleaned;
    });
    const heading = cleanValue({ ...section, entries: [] }, outside) as Section;
    return { ...heading, entries };
  });
  const rest = cleanValue({ ...document, sections: [] }, outside) as Document;
  if (outside.size > 0) diagnostics.push(warning(outside, 'the document header (title, owner, subtitle, section headings or legend)'));
  if (diagnostics.length === 0) return { value: document, diagnostics };
  return { value: { ...rest, sections }, diagnostics };
}
