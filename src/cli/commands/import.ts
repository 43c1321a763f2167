import { configFlag } from './arguments.js';
import { command } from './command.js';

/** `pubcv import`: fetches works by DOI or ORCID iD into a new CSL-JSON or BibTeX file. */
export const importCommand = command(
  'import',
  'fetch works by DOI (content negotiation) or from an ORCID record, into a CSL-JSON or BibTeX file',
  (y) =>
    y
      .option('doi', { type: 'string', array: true, describe: 'one or more DOIs (10.1234/abc, doi:..., https://doi.org/...)' })
      .option('orcid', { type: 'string', describe: 'an ORCID iD: every public work of the record that has a DOI' })
      .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'the file to write: .json (CSL-JSON) or .bib (BibTeX)' })
      .option('force', { type: 'boolean', default: false, describe: 'overwrite the file if it exists' })
      .option('contact', { type: 'string', describe: 'your e-mail, sent in the User-Agent [default: config enrich.contact]' })
      .option('timeout', { type: 'number', describe: 'seconds to wait for one answer [default: 10]' })
      .option('config', { alias: 'c', type: 'string', describe: 'config file, for enrich.contact and enrich.endpoints; --no-config ignores it' })
      .option('json', { type: 'boolean', default: false, describe: 'print what was imported as JSON on stdout' }),
  async (args, io) => {
    const { runImport } = await import('../run-import.js');
    const { orcid, contact, timeout } = args;
    return runImport(io, {
      doi: args.doi ?? [],
      out: args.out,
      force: args.force,
      config: configFlag(args.config),
      ...(orcid !== undefined ? { orcid } : {}),
      ...(contact !== undefined ? { contact } : {}),
      ...(timeout !== undefined ? { timeout } : {}),
      json: args.json,
      quiet: args.quiet,
    });
  },
);
