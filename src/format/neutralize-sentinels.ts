import type { Diagnostic, Result } from '../model/errors.js';
import type { SourceRecord } from '../model/record.js';

/**
 * Characters the pipeline uses as its own markers while formatting: the private-use area (the
 * citation number's stand-in, NUMBER_SLUG) and the tag digits (a tagged name's number, see
 * owner-sentinel.ts). No font prints either, so input text never needs them. Matched as a run
 * with the space, if any, on either side.
 */
const RESERVED_RUN = /( ?)[\uE000-\uF8FF\u{E0030}-\u{E0039}]+( ?)/gu;

/** A <sub> or <sup> opened or closed; the owner tag is one of them directly inside the other. */
const VERTICAL = /<(\/?)(sub|sup)>/gi;

/**
 * Drops every <sub>/<sup> nested inside the opposite one, keeping its text: the outer one decides
 * where the text sits (the model cannot draw a subscript within a superscript anyway), and the
 * owner tag (owner-sentinel.ts) stays a combination no input can write.
 */
function flattenVertical(text: string): string {
  if (!/<su[bp]>/i.test(text)) return text;
  const open: Array<{ name: string; dropped: boolean }> = [];
  return text.replace(VERTICAL, (tag, slash: string, raw: string) => {
    const name = raw.toLowerCase();
    if (slash === '') {
      const dropped = open.some((o) => !o.dropped && o.name !== name);
      open.push({ name, dropped });
      return dropped ? '' : tag;
    }
    const at = open.map((o) => o.name).lastIndexOf(name);
    if (at < 0) return tag;
    const [closed] = open.splice(at, 1);
    return closed?.dropped ? '' : tag;
  });
}

/** Input text made unable to forge a marker; `removed` counts the reserved characters taken out. */
export function neutralizeText(text: string): { readonly text: string; readonly removed: number } {
  let removed = 0;
  // A character removed between two words leaves one space, not two ("Before \uE000 after").
  const stripped = text.replace(RESERVED_RUN, (run: string, before: string, after: string) => {
    removed += [...run.trim()].length;
    return before !== '' && after !== '' ? ' ' : before + after;
  });
  return { text: flattenVertical(stripped), removed };
}

/** Every string inside a value, neutralized; the fields that held reserved characters are named. */
function neutralizeValue(value: unknown, path: string, fields: string[]): unknown {
  if (typeof value === 'string') {
    const out = neutralizeText(value);
    if (out.removed > 0) fields.push(path);
    return out.text;
  }
  if (Array.isArray(value)) return value.map((v) => neutralizeValue(v, path, fields));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutralizeValue(v, path === '' ? k : path, fields)]));
  }
  return value;
}

/**
 * Makes the markers the pipeline uses while formatting impossible to forge from any input (every
 * reader, and the lock file's fields): reserved characters are removed, with a warning, and a
 * <sub>/<sup> nested in the opposite one is flattened. Runs just before the owner is tagged. Pure.
 */
export function neutralizeSentinels(records: readonly SourceRecord[]): Result<SourceRecord[]> {
  const diagnostics: Diagnostic[] = [];
  const value = records.map((record) => {
    const { id, ...rest } = record.item;
    const fields: string[] = [];
    const item = { id, ...(neutralizeValue(rest, '', fields) as object) } as SourceRecord['item'];
    if (fields.length > 0) {
      const named = [...new Set(fields)].join(', ');
      diagnostics.push({
        severity: 'warning',
        code: 'reserved-character',
        message: `private-use or tag characters (U+E000–U+F8FF, U+E0030–U+E0039) removed from ${named}: no font prints them and pubcv uses them internally`,
        file: record.source.file,
        line: record.source.line,
        entry: id,
      });
    }
    return { ...record, item };
  });
  return { value, diagnostics };
}
