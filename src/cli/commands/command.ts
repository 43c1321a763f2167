import type { Argv, ArgumentsCamelCase } from 'yargs';
import type { Io } from '../terminal.js';

/** The options every command has (main.ts defines them once, globally). */
interface GlobalFlags {
  readonly verbose: boolean;
  readonly quiet: boolean;
}

/** One pubcv command, added to the parser by main.ts; `exit` receives the exit code its run returns. */
export type Command = (parser: Argv<GlobalFlags>, io: Io, exit: (code: number) => void) => Argv<GlobalFlags>;

/**
 * A command from its yargs definition and its run, which returns the exit code. The builder only
 * declares flags: what a command needs beyond yargs and small CLI modules, `run` imports when it
 * runs, so `pubcv --help` loads none of it.
 */
export function command<U>(
  name: string | readonly string[],
  describe: string,
  builder: (y: Argv<GlobalFlags>) => Argv<U>,
  run: (args: ArgumentsCamelCase<U>, io: Io) => Promise<number>,
): Command {
  return (parser, io, exit) => parser.command(name, describe, builder, async (args) => exit(await run(args, io)));
}
