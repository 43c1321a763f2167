import { configFlag, inputsOf } from './arguments.js';
import { command } from './command.js';

/** `pubcv enrich`: fills what entries lack from the open scholarly APIs into the lock file. */
export const enrichCommand = command(
  'enrich [inputs..]',
  'look up missing years, venues, DOIs in Crossref, OpenAlex, DBLP and arXiv; record them in pubcv.lock.json',
  (y) =>
    y
      .positional('inputs', { type: 'string', array: true, describe: "the bibliographies to enrich [default: the config's inputs]" })
      .option('source', { type: 'string', describe: 'comma list of the APIs to ask, in order: crossref,openalex,dblp,arxiv [default: all, in that order]' })
      .option('offline', { type: 'boolean', default: false, describe: 'print what would be looked up; send nothing' })
      .option('write', {
        type: 'boolean',
        default: false,
        describe: 'also add the fields found to the .bib/.json/.yaml inputs (each copied to <file>.bak first)',
      })
      .option('citations', {
        type: 'boolean',
        default: false,
        describe: 'only read citation counts (OpenAlex cited_by_count, Crossref is-referenced-by-count) into the lock, dated; nothing else is looked up',
      })
      .option('refresh', { type: 'boolean', default: false, describe: 'look up again entries the lock already holds' })
      .option('lock', { type: 'string', describe: 'the lock file [default: pubcv.lock.json beside the config, else beside the first input]' })
      .option('contact', {
        type: 'string',
        describe: "your e-mail, sent in the User-Agent (Crossref's and OpenAlex's polite pools) [default: config enrich.contact]",
      })
      .option('timeout', { type: 'number', describe: 'seconds to wait for one answer [default: 10]' })
      .option('config', { alias: 'c', type: 'string', describe: 'config file [default: ./pubcv.config.(yaml|yml|json) when present]; --no-config ignores it' })
      .option('json', { type: 'boolean', default: false, describe: 'print what was filled, suggested and failed as JSON on stdout' }),
  async (args, io) => {
    const { runEnrich } = await import('../run-enrich.js');
    const { lock, source, contact, timeout } = args;
    return runEnrich(io, {
      inputs: inputsOf(args),
      config: configFlag(args.config),
      ...(lock !== undefined ? { lock } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(contact !== undefined ? { contact } : {}),
      ...(timeout !== undefined ? { timeout } : {}),
      offline: args.offline,
      write: args.write,
      refresh: args.refresh,
      citations: args.citations,
      json: args.json,
      quiet: args.quiet,
      verbose: args.verbose,
    });
  },
);
