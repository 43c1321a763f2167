import { INPUT_FORMATS } from '../../input/input-format.js';
import { stdinAs } from '../../input/input-text.js';
import { configFlag, inputsOf } from './arguments.js';
import { command } from './command.js';

/** `pubcv check`: reads and validates the inputs as a build would, writes nothing. */
export const checkCommand = command(
  'check [inputs..]',
  'validate inputs: diagnostics and exit code, no files written',
  (y) =>
    y
      .positional('inputs', { type: 'string', array: true })
      .option('from', { choices: INPUT_FORMATS, describe: 'format of standard input (-); default: guessed from its content' })
      .option('name', { alias: 'n', type: 'string', array: true, describe: 'the owner, "Family, Given"' })
      .option('owner', { type: 'boolean', describe: 'no owner: --no-owner builds a list with no name highlighted and nothing said about an owner' })
      .option('only-owner', { type: 'boolean', describe: 'keep only the entries the owner is an author of (a lab list becomes a personal CV)' })
      .check((a) => a.owner !== false || (a.name ?? []).length === 0 || '--no-owner builds a list without an owner: give it or --name, not both')
      .option('mark-people', {
        type: 'string',
        describe: 'file of other people to mark (students, lab members), "Family, Given" one a line; drawn ‡ with a legend',
      })
      .option('config', { alias: 'c', type: 'string', describe: 'config file [default: ./pubcv.config.(yaml|yml|json) when present]; --no-config ignores it' })
      .option('profile', { type: 'string', describe: 'a CV variant defined under "profiles:" in the config' })
      .option('since', { type: 'number', describe: 'leave out entries published before this year' })
      .option('until', { type: 'number', describe: 'leave out entries published after this year' })
      .option('selected', { type: 'boolean', describe: 'only entries marked selected' })
      .option('lock', { type: 'boolean', describe: 'check the entries as filled from pubcv.lock.json, as a build does; --no-lock as written [default: true]' })
      .option('json', { type: 'boolean', default: false, describe: 'print the report as JSON on stdout' })
      .option('strict', { type: 'boolean', default: false, describe: 'warnings fail the check (exit 1)' }),
  async (args, io) => {
    const { runCheck } = await import('../run-check.js');
    const inputs = inputsOf(args);
    const stdin = inputs.includes('-') ? await io.readStdin() : undefined;
    const { checkOptionsFrom } = await import('../config-options.js');
    const options = {
      ...(await checkOptionsFrom({ ...args, inputs: stdinAs(inputs, stdin, args.from), config: configFlag(args.config) })),
      ...(stdin !== undefined ? { stdin } : {}),
    };
    return runCheck(io, options, { json: args.json, strict: args.strict, quiet: args.quiet, verbose: args.verbose });
  },
);
