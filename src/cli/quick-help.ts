import { readFileSync } from 'node:fs';

// `pubcv --help` should answer as fast as Node starts; yargs alone takes longer than that to
// load and lay out its help. `npm run build` records what yargs prints for each help request
// (scripts/write-help-texts.ts) and the executable prints the record without loading yargs, when
// yargs would print exactly that: English, at the width the record was made at.

/** The recorded help texts, by the arguments that ask for them joined with spaces. */
export type HelpTexts = Readonly<Record<string, string>>;

/** Where `npm run build` writes the recorded texts, beside this module in dist/cli/. */
export const HELP_TEXTS_URL = new URL('./help-texts.json', import.meta.url);

/** The width the texts are recorded at: main.ts wraps help at 100 columns, or fewer on a narrower terminal. */
export const RECORDED_WIDTH = 100;

/** The locale yargs picks from the environment (its own rule), minus encoding and modifier. */
function yargsLocale(env: NodeJS.ProcessEnv): string {
  return (env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || 'en_US').replace(/[.:].*/, '');
}

/** True when yargs would print its own words in English: an English locale, or C/POSIX, which it has no translation for. */
function yargsSpeaksEnglish(env: NodeJS.ProcessEnv): boolean {
  return /^(en([_-].*)?|c|posix)$/i.test(yargsLocale(env));
}

/** The recorded texts, or none when the record is missing or unreadable (yargs then answers). */
export function loadHelpTexts(url: URL = HELP_TEXTS_URL): HelpTexts | undefined {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as HelpTexts;
  } catch {
    return undefined;
  }
}

/**
 * The text `pubcv` would print for these arguments when they only ask for help or the version
 * and yargs would print the recorded text; otherwise undefined, and the full CLI runs.
 */
export function quickHelp(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  columns: number | undefined,
  texts: () => HelpTexts | undefined = loadHelpTexts,
): string | undefined {
  if (!args.some((arg) => arg === '--help' || arg === '-h' || arg === '--version') || args.length > 2) return undefined;
  if (columns !== undefined && columns < RECORDED_WIDTH) return undefined;
  if (env.YARGS_DISABLE_WRAP || !yargsSpeaksEnglish(env)) return undefined;
  // Read only now: a build, the common case, never opens the record.
  return texts()?.[args.join(' ')];
}
