import { configFlag, inputsOf } from './arguments.js';
import { command } from './command.js';

/** `pubcv import`: fetches works by DOI, ORCID iD, dblp person or OpenAlex author into a new CSL-JSON or BibTeX file. */
export const importCommand = command(
  'import [inputs..]',
  'fetch works by DOI, from an ORCID record, a dblp person or an OpenAlex author, into a CSL-JSON or BibTeX file, leaving out those your files hold',
  (y) =>
    y
      .positional('inputs', { type: 'string', array: true, describe: "your bibliographies: works already in them are skipped [default: the config's inputs]" })
      .option('doi', { type: 'string', array: true, describe: 'one or more DOIs (10.1234/abc, doi:..., https://doi.org/...)' })
      .option('orcid', { type: 'string', describe: 'an ORCID iD: every public work of the record that has a DOI' })
      .option('dblp', { type: 'string', describe: "a dblp person id (123/4567, s/JohnSmith) or dblp.org/pid address: every entry of the person's BibTeX" })
      .option('openalex-author', { type: 'string', describe: 'an OpenAlex author id (A5023888391) or openalex.org address: every work OpenAlex lists' })
      .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'the file to write: .json (CSL-JSON) or .bib (BibTeX)' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'list what would be added and skipped; write nothing' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite the file if it exists' })
      .option('lock', { type: 'string', describe: 'the lock whose DOIs count for your entries [default: as for build]' })
      .option('contact', { type: 'string', describe: 'your e-mail, sent in the User-Agent and as OpenAlex mailto [default: config enrich.contact]' })
      .option('timeout', { type: 'number', describe: 'seconds to wait for one answer [default: 10]' })
      .option('config', { alias: 'c', type: 'string', describe: 'config file, for inputs, lock, enrich.contact and enrich.endpoints; --no-config ignores it' })
      .option('json', { type: 'boolean', default: false, describe: 'print what was imported and skipped as JSON on stdout' }),
  async (args, io) => {
    const { runImport } = await import('../run-import.js');
    const { orcid, dblp, contact, timeout, lock } = args;
    const openalexAuthor = args['openalex-author'];
    return runImport(io, {
      inputs: inputsOf(args),
      doi: args.doi ?? [],
      out: args.out,
      force: args.force,
      dryRun: args['dry-run'],
      config: configFlag(args.config),
      ...(orcid !== undefined ? { orcid } : {}),
      ...(dblp !== undefined ? { dblp } : {}),
      ...(openalexAuthor !== undefined ? { openalexAuthor } : {}),
      ...(lock !== undefined ? { lock } : {}),
      ...(contact !== undefined ? { contact } : {}),
      ...(timeout !== undefined ? { timeout } : {}),
      json: args.json,
      quiet: args.quiet,
    });
  },
);
