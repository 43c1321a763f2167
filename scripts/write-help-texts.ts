/**
 * Part of `npm run build`: runs the compiled CLI for every help request and records what it
 * prints in dist/cli/help-texts.json, which `pubcv --help` then prints without loading yargs
 * (src/cli/quick-help.ts). Run with stdout piped, in English, so yargs wraps at the recorded width.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HELP_TEXTS_URL } from '../src/cli/quick-help.js';

const CLI = fileURLToPath(new URL('../bin/pubcv.js', import.meta.url));
const target = fileURLToPath(HELP_TEXTS_URL).replace(/\/src\/cli\//, '/dist/cli/');

function printed(args: readonly string[]): string {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'en_US.UTF-8' };
  delete env.YARGS_DISABLE_WRAP;
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`pubcv ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return run.stdout;
}

// An old record would answer the requests below instead of yargs.
rmSync(target, { force: true });
const top = printed(['--help']);
const commands = [...top.matchAll(/^ {2}pubcv ([a-z-]+)/gm)].map((m) => m[1] as string);
const texts: Record<string, string> = { '--help': top, '-h': top, '--version': printed(['--version']) };
for (const command of commands) {
  const text = printed([command, '--help']);
  texts[`${command} --help`] = text;
  texts[`${command} -h`] = text;
}
writeFileSync(target, `${JSON.stringify(texts, null, 2)}\n`);
