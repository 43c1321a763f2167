#!/usr/bin/env node
import { loadHelpTexts, quickHelp } from '../dist/cli/quick-help.js';

const args = process.argv.slice(2);
const help = quickHelp(args, process.env, process.stdout.columns, loadHelpTexts());
if (help !== undefined) {
  process.stdout.write(help);
} else {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(args);
}
