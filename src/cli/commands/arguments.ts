// yargs drops a lone `-` from positional lists (it reads it as an option): it travels under this
// name, which no real argument can have (a NUL cannot be passed on a command line), and is put back.
export const STDIN_ARGUMENT = '\u0000-';

/** The positional inputs, with standard input's `-` put back. */
export function inputsOf(args: { readonly inputs?: readonly string[] | undefined }): string[] {
  return (args.inputs ?? []).map((input) => (input === STDIN_ARGUMENT ? '-' : input));
}

/** `-c FILE` as given; `--no-config` arrives as false (yargs negates any option), nothing as undefined. */
export function configFlag(value: unknown): string | false | undefined {
  if (value === false) return false;
  return typeof value === 'string' ? value : undefined;
}
