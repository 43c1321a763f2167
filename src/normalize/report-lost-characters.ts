import type { Diagnostic } from '../model/errors.js';
import type { CslItem, RecordSource } from '../model/record.js';

/**
 * U+FFFD, the replacement character: what a program writes where it could not decode a
 * character (a file saved, exported or copied in another encoding). The character is lost before
 * pubcv reads the file, so only the user can write it back.
 */
export const LOST_CHARACTER = '\uFFFD';

/** The fields (top level; a name list by its own name) whose text holds a lost character. */
function fieldsWithLost(item: CslItem): string[] {
  const fields: string[] = [];
  const holds = (value: unknown): boolean => {
    if (typeof value === 'string') return value.includes(LOST_CHARACTER);
    if (Array.isArray(value)) return value.some(holds);
    if (value !== null && typeof value === 'object') return Object.values(value).some(holds);
    return false;
  };
  for (const [field, value] of Object.entries(item)) if (field !== 'id' && holds(value)) fields.push(field);
  return fields;
}

/** Warns about each (merged, cleaned) item whose text holds a lost character, naming the fields: the CV would print "EU�s". */
export function reportLostCharacters(item: CslItem, source: RecordSource): Diagnostic[] {
  const fields = fieldsWithLost(item);
  if (fields.length === 0) return [];
  return [
    {
      severity: 'warning',
      code: 'lost-character',
      message: `${fields.join(', ')} ${fields.length === 1 ? 'holds' : 'hold'} U+FFFD (\uFFFD), left where a character was lost before pubcv read the file (it was saved or exported in another encoding): write the character there`,
      file: source.file,
      line: source.line,
      entry: item.id,
    },
  ];
}
