import { command } from './command.js';

/** `pubcv styles`: lists the bundled CSL styles (or locales) matching a query. */
export const stylesCommand = command(
  'styles [query..]',
  'list the CSL styles available offline (name and title), those matching every word of query',
  (y) =>
    y
      .positional('query', { type: 'string', array: true, describe: 'words to look for in style names and titles, e.g. nature, or harvard leeds' })
      .option('locales', { type: 'boolean', default: false, describe: 'list the CSL locales for --locale instead' })
      .option('json', { type: 'boolean', default: false, describe: 'print the list as JSON' }),
  async (args, io) => {
    const { runStyles } = await import('../run-styles.js');
    return runStyles(io, (args.query ?? []).join(' '), { json: args.json, locales: args.locales, quiet: args.quiet });
  },
);
