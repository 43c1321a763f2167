import { INPUT_FORMATS, listedExtensions } from '../../input/input-format.js';
import { stdinAs } from '../../input/input-text.js';
import { DEFAULT_FORMATS, OUTPUT_FORMATS } from '../../render/writers.js';
import { configFlag, inputsOf } from './arguments.js';
import { command } from './command.js';
import { UsageError } from '../report-failure.js';
import { refusedPlainFlag, withPlainFlags } from '../plain-flags.js';

/** Config file names a watch rebuilds on, whether or not they exist yet. */
const CONFIG_FILES = ['pubcv.config.yaml', 'pubcv.config.yml', 'pubcv.config.json'];

/** Most formatting threads a build may ask for: each holds its own citeproc engine and style. */
const MAX_THREADS = 64;

/** `pubcv build` (also `pubcv` with no command): writes the publication list, once or on every change (--watch). */
export const buildCommand = command(
  ['build [inputs..]', '$0 [inputs..]'],
  'build the publication list (no inputs: the bundled example)',
  (y) =>
    withPlainFlags(
      y
        .positional('inputs', { type: 'string', array: true, describe: `${listedExtensions().join(' ')} files, - for stdin` })
        .option('from', { choices: INPUT_FORMATS, describe: 'format of standard input (-); default: guessed from its content' })
        .option('name', { alias: 'n', type: 'string', array: true, describe: 'the owner, "Family, Given"; repeat for aliases' })
        .option('owner', { type: 'boolean', describe: 'no owner: --no-owner builds a list with no name highlighted and nothing said about an owner' })
        .option('only-owner', { type: 'boolean', describe: 'keep only the entries the owner is an author of (a lab list becomes a personal CV)' })
        .check((a) => a.owner !== false || (a.name ?? []).length === 0 || '--no-owner builds a list without an owner: give it or --name, not both'),
    )
      .option('format', { alias: 'f', type: 'string', describe: `comma list of ${OUTPUT_FORMATS.join(',')} [default: ${DEFAULT_FORMATS.join(',')}]` })
      .option('max-authors', { type: 'number', describe: 'cut author lists longer than N to N names and "et al.", keeping the owner' })
      .option('all-authors', { type: 'boolean', describe: "never cut author lists (the style's et-al rule is off)" })
      .option('mark-people', {
        type: 'string',
        describe: 'file of other people to mark (students, lab members), "Family, Given" one a line; drawn ‡ with a legend',
      })
      .conflicts('max-authors', 'all-authors')
      .check(
        (a) =>
          a.maxAuthors === undefined ||
          (typeof a.maxAuthors === 'number' && Number.isInteger(a.maxAuthors) && a.maxAuthors >= 1) ||
          '--max-authors must be a whole number, 1 or more',
      )
      .option('json', { type: 'boolean', default: false, describe: 'print the build report as JSON on stdout' })
      .option('strict', { type: 'boolean', default: false, describe: 'warnings fail the build (exit 1)' })
      .option('summary', {
        type: 'string',
        describe: 'append a Markdown summary (entries new and changed since the last build, problems) to this file, e.g. $GITHUB_STEP_SUMMARY',
      })
      .option('lock', {
        type: 'boolean',
        describe:
          'fill what entries lack from pubcv.lock.json (written by pubcv enrich) beside the config or first input; --no-lock builds the entries as written [default: true]',
      })
      .option('threads', { type: 'number', describe: 'threads to format entries with (default: one per core)' })
      .option('config', { alias: 'c', type: 'string', describe: 'config file [default: ./pubcv.config.(yaml|yml|json) when present]; --no-config ignores it' })
      .option('profile', { type: 'string', describe: 'a CV variant defined under "profiles:" in the config' })
      .option('since', { type: 'number', describe: 'leave out entries published before this year' })
      .option('until', { type: 'number', describe: 'leave out entries published after this year' })
      .option('selected', { type: 'boolean', describe: 'only entries marked selected (BibTeX selected = {true}, or the keyword "selected")' })
      .option('page-size', { choices: ['A4', 'Letter'] as const, describe: 'paper of PDF and DOCX [default: A4]' })
      .option('margin', { type: 'number', describe: 'page margin of PDF and DOCX in millimetres [default: 20]' })
      .option('font', { choices: ['serif', 'sans'] as const, describe: 'typeface of PDF (Noto Serif/Sans) and DOCX (Times New Roman/Arial) [default: serif]' })
      .check(
        (a) =>
          a.margin === undefined ||
          (typeof a.margin === 'number' && a.margin >= 0 && a.margin <= 70) ||
          '--margin must be a number of millimetres from 0 to 70',
      )
      .option('links', {
        type: 'string',
        describe: 'links under each entry, in order: comma list of doi,url,pdf,code,slides,video,poster,project,arxiv,... or none [default: all]',
      })
      .option('abstracts', { type: 'boolean', describe: 'show abstracts in every format; --no-abstracts in none [default: HTML only, folded]' })
      .option('subtitle', { type: 'string', describe: 'a line under the title and name, e.g. "Selected publications"' })
      .option('show-citations', {
        type: 'boolean',
        describe: 'show the citation counts pubcv.lock.json holds: "Cited by N" under entries and a summary under the header [default: false]',
      })
      .option('updated', { type: 'boolean', describe: 'print "Updated <date>" under the title; --no-updated leaves it out [default: true]' })
      .option('watch', { alias: 'w', type: 'boolean', default: false, describe: 'rebuild when an input, the config, a template or the style changes' }),
  async (args, io) => {
    const inputs = inputsOf(args);
    if (args.watch && inputs.includes('-')) throw new UsageError('--watch cannot read standard input: give the input files');
    if (args.threads !== undefined && !(Number.isInteger(args.threads) && args.threads >= 1 && args.threads <= MAX_THREADS)) {
      throw new UsageError(`--threads must be a whole number from 1 to ${MAX_THREADS}`);
    }
    const refused = refusedPlainFlag(args);
    if (refused !== undefined) throw new UsageError(refused);
    const stdin = inputs.includes('-') ? await io.readStdin() : undefined;
    const { buildOptionsFrom } = await import('../config-options.js');
    const settings = { ...args, inputs: stdinAs(inputs, stdin, args.from), config: configFlag(args.config) };
    // Config, profile and flags are resolved before every build, so a watch follows config edits.
    const resolveOptions = async () => ({
      ...(await buildOptionsFrom(settings)),
      ...(stdin !== undefined ? { stdin } : {}),
      ...(args.threads ? { threads: args.threads } : {}),
    });
    const options = await resolveOptions();
    const flags = { json: args.json, strict: args.strict, quiet: args.quiet, verbose: args.verbose, summary: args.summary };
    if (!args.watch) {
      const { runBuild } = await import('../run-build.js');
      return runBuild(io, options, flags);
    }
    const [{ watchBuild }, { exampleInputPath, TEMPLATES_DIR }, { lockPathFor }] = await Promise.all([
      import('../watch-build.js'),
      import('../../files/bundled-files.js'),
      import('../../enrich/find-lock.js'),
    ]);
    const files = (options.inputs ?? []).filter((i): i is string => typeof i === 'string');
    const style = options.style?.toLowerCase().endsWith('.csl') ? [options.style] : [];
    const config = typeof args.config === 'string' ? [args.config] : CONFIG_FILES;
    // A finished `pubcv enrich` in another terminal rewrites the lock: rebuild with its fields.
    const lock = lockPathFor(options.lock, options.inputs);
    const extra = [
      ...style,
      ...(options.marks ? [options.marks] : []),
      ...(options.people?.file ? [options.people.file] : []),
      ...(options.templates ? [options.templates] : []),
      ...(lock ? [lock] : []),
    ];
    const paths = [...(files.length > 0 ? files : [exampleInputPath()]), ...config, ...extra, TEMPLATES_DIR];
    return watchBuild(io, resolveOptions, flags, paths, files);
  },
);
