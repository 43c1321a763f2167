import { command } from './command.js';

/** `pubcv init`: writes a starter config and a GitHub Actions workflow. */
export const initCommand = command(
  'init',
  'write a starter pubcv.config.yaml and a GitHub Actions workflow (.github/workflows/cv.yml)',
  (y) =>
    y
      .option('force', { type: 'boolean', default: false, describe: 'overwrite files that exist' })
      .option('action', {
        type: 'string',
        describe: "the GitHub Action the workflow uses, OWNER/REPO@REF [default: pubcv's repository at this version's tag]",
      })
      .option('name', {
        alias: 'n',
        type: 'string',
        array: true,
        describe: 'the owner, "Family, Given"; repeat it for other spellings [default: the most frequent author, asked on a terminal]',
      }),
  async (args, io) => {
    const { runInit } = await import('../run-init.js');
    return runInit(io, process.cwd(), args.force, args.action, args.name ?? []);
  },
);
