import { readFile } from 'node:fs/promises';
import { exampleInputPath } from '../files/bundled-files.js';
import { userError } from '../model/errors.js';
import type { InputSpec, InputText } from '../input/input-text.js';
import { decodeText } from '../text/decode-text.js';

/** Reads input files ("-" is standard input); an unreadable one is a usage error. Texts pass through. */
export async function readSources(inputs: readonly InputSpec[], stdin: string | undefined): Promise<InputText[]> {
  return Promise.all(
    inputs.map(async (input) => {
      if (typeof input !== 'string') return input;
      if (input === '-') return { path: '<stdin>', text: stdin ?? '' };
      try {
        return { path: input, text: decodeText(await readFile(input)) };
      } catch {
        throw userError({ code: 'input-not-found', message: `cannot read input file ${input}`, file: input }, 2);
      }
    }),
  );
}

/** The inputs to read: those given, else the bundled example. */
export function inputsOrExample(inputs: readonly InputSpec[] | undefined): readonly InputSpec[] {
  return inputs && inputs.length > 0 ? inputs : [exampleInputPath()];
}
