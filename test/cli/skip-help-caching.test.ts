import assert from 'node:assert/strict';
import { test } from 'node:test';
import yargs from 'yargs';
import { skipHelpCaching } from '../../src/cli/skip-help-caching.js';

type Internals = { getInternalMethods(): { getUsageInstance(): { cacheHelpMessage(): void; hasCachedHelpMessage(): boolean } } };

test('yargs still keeps a rendered help text through the internals skipHelpCaching replaces', () => {
  const usage = (yargs([]).command('build', 'build it') as unknown as Internals).getInternalMethods().getUsageInstance();
  assert.equal(typeof usage.cacheHelpMessage, 'function', 'yargs changed its usage internals: revisit src/cli/skip-help-caching.ts');
  assert.equal(usage.hasCachedHelpMessage(), false);
});

test('a command that starts no longer has yargs render the help text, and --help still prints it', async () => {
  const rendered = async (skip: boolean): Promise<boolean> => {
    const parser = yargs(['build'])
      .command('build', 'build it', {}, () => undefined)
      .exitProcess(false);
    if (skip) skipHelpCaching(parser);
    await parser.parseAsync();
    return (parser as unknown as Internals).getInternalMethods().getUsageInstance().hasCachedHelpMessage();
  };
  assert.equal(await rendered(false), true);
  assert.equal(await rendered(true), false);
  let help = '';
  const parser = yargs(['build', '--help'])
    .command('build', 'build it', {}, () => undefined)
    .exitProcess(false);
  skipHelpCaching(parser);
  await parser.parseAsync(['build', '--help'], {}, (_error, _argv, output) => {
    help = output;
  });
  assert.match(help, /build it/);
});
