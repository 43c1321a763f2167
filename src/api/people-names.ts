import { readFile } from 'node:fs/promises';
import { userError, type Result } from '../model/errors.js';
import type { InputText } from '../input/input-text.js';
import { readPeople } from '../input/read-people.js';
import type { PeopleSettings } from '../model/settings.js';

/** The people to mark: the config's `people:` names, then the people file's (`--mark-people`), each person's spellings. */
export function peopleNames(people: Pick<PeopleSettings, 'names'> | undefined, file: InputText | undefined): Result<Array<readonly string[]>> {
  const read = file ? readPeople(file.text, file.path) : { value: [], diagnostics: [] };
  return { value: [...(people?.names ?? []), ...read.value.map((p) => p.names)], diagnostics: read.diagnostics };
}

/** Reads the people file, when one is set; a missing one is a usage error, like a missing input. */
export async function readPeopleFile(path: string | undefined): Promise<InputText | undefined> {
  if (!path) return undefined;
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch {
    throw userError({ code: 'people-file-not-found', message: `cannot read people file ${path}`, file: path }, 2);
  }
}
