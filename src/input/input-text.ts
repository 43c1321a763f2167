import type { InputFormat } from './input-format.js';

/**
 * One input's text and the path it is reported under. `format` is set when the caller knows it
 * (standard input with `--from`); else the extension says, else the text is sniffed.
 */
export interface InputText {
  readonly path: string;
  readonly text: string;
  readonly format?: InputFormat;
}

/** An input as a caller names it: a file path ('-' is standard input), or a text. */
export type InputSpec = string | InputText;

/** The inputs with each `-` turned into standard input's text in `format`, when `--from` names one. */
export function stdinAs(inputs: readonly string[], stdin: string | undefined, format: InputFormat | undefined): InputSpec[] {
  if (format === undefined) return [...inputs];
  return inputs.map((input) => (input === '-' ? { path: '<stdin>', text: stdin ?? '', format } : input));
}
