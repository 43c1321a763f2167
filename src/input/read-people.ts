import type { Diagnostic, Result } from '../model/errors.js';

/** One person of a `--mark-people` file: their spellings, and the line they stand on. */
interface ListedPerson {
  readonly names: readonly string[];
  readonly line: number;
}

const unquote = (text: string): string => text.replace(/^(["'])(.*)\1$/, '$2').trim();

/**
 * Reads a people file (`--mark-people`, `people: { file }`): one person a line, "Family, Given",
 * other spellings of the same person after a semicolon ("Zhang, Yue; Zhang, Y."). A YAML list of
 * names reads the same: the leading "- " and quotes are dropped, a heading line ("people:")
 * is skipped. Blank lines and `#` comments are skipped.
 */
export function readPeople(text: string, file: string): Result<ListedPerson[]> {
  const value: ListedPerson[] = [];
  const diagnostics: Diagnostic[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = raw
      .replace(/^\uFEFF/, '')
      .replace(/(^|\s)#.*$/, '')
      .trim();
    if (line === '' || /^[\w-]+:$/.test(line)) return;
    const names = line
      .replace(/^-\s*/, '')
      .split(';')
      .map(unquote)
      .filter((n) => n !== '');
    if (names.length > 0) value.push({ names, line: i + 1 });
    else diagnostics.push({ severity: 'warning', code: 'people-no-name', message: `line ${i + 1} holds no name; skipped`, file, line: i + 1 });
  });
  if (value.length === 0) diagnostics.push({ severity: 'warning', code: 'people-no-name', message: 'the people file names no one', file });
  return { value, diagnostics };
}
