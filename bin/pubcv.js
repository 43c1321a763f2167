#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { quickHelp } from '../dist/cli/quick-help.js';
import { v8FlagsFor } from '../dist/cli/v8-flags.js';

const args = process.argv.slice(2);
const help = quickHelp(args, process.env, process.stdout.columns);
if (help !== undefined) {
  process.stdout.write(help);
} else {
  // Set before the CLI loads, so that its code is compiled under them (see src/cli/v8-flags.ts).
  for (const flag of v8FlagsFor(args)) setFlagsFromString(flag);
  const { main } = await import('../dist/bundle/main.js');
  process.exitCode = await main(args);
}
