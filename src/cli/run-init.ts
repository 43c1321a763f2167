import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type ActionRef, parseActionRef, repositorySlug, schemaUrl } from './action-ref.js';
import { findBibliographies } from './find-bibliographies.js';
import { namesInData } from '../owner/names-in-data.js';
import { readInputs } from '../api/read-inputs.js';
import { type StarterOwner, starterConfig, starterWorkflow } from './starter-files.js';
import { UsageError } from './report-failure.js';
import type { Io } from './terminal.js';

const CONFIG_FILE = 'pubcv.config.yaml';
const WORKFLOW_FILE = '.github/workflows/cv.yml';

/** pubcv's version and its GitHub repository, from its package.json. */
async function packageInfo(): Promise<{ version: string; repository: unknown }> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return JSON.parse(text) as { version: string; repository: unknown };
}

/** The action the workflow uses: `--action`, else this package's repository at its version's tag. */
function actionFor(spec: string | undefined, version: string, repository: unknown): ActionRef {
  if (spec !== undefined) {
    const parsed = parseActionRef(spec);
    if (!parsed) throw new UsageError(`--action ${spec}: give the action as OWNER/REPO@REF, e.g. you/pubcv@v${version}`);
    return parsed;
  }
  const repo = repositorySlug(repository);
  if (!repo) throw new UsageError("pubcv's package.json names no GitHub repository: give the action with --action OWNER/REPO@REF");
  return { repo, ref: `v${version}` };
}

/** Writes `text` unless the file exists (and `force` is off); false when it was kept. */
async function writeNew(path: string, text: string, force: boolean): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  try {
    // 'wx' fails when the file exists, so two inits at once cannot overwrite each other either.
    await writeFile(path, text, { flag: force ? 'w' : 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The most frequent author of the bibliographies found, with how many entries name them; undefined when none names anyone. */
async function guessOwner(dir: string, inputs: readonly string[]): Promise<{ name: string; entries: number; total: number } | undefined> {
  if (inputs.length === 0) return undefined;
  const { records } = await readInputs(inputs.map((i) => join(dir, i)));
  const top = namesInData(records, new Set(['author']))[0];
  return top && { name: top.label, entries: top.entries, total: records.length };
}

/**
 * The owner the config names: `names` (`--name`) when given; else the most frequent author,
 * offered as the default of a question when someone can answer (`io.ask`) and written with a note
 * to check it when not. An answer of "-" leaves the owner out.
 */
async function chooseOwner(io: Io, dir: string, inputs: readonly string[], names: readonly string[]): Promise<StarterOwner | undefined> {
  if (names.length > 0) return { names };
  const guess = await guessOwner(dir, inputs);
  if (io.ask) {
    const offer = guess ? `${guess.name} — ${guess.entries} of ${guess.total} entries` : '"Family, Given", empty to leave it out';
    const answer = (await io.ask(`Owner [${offer}]: `)).trim();
    if (answer === '-') return undefined;
    if (answer !== '') return { names: [answer] };
    return guess && { names: [guess.name] };
  }
  return guess && { names: [guess.name], guessed: { entries: guess.entries, total: guess.total } };
}

/** What to do after init, by what the config says of the owner. */
function nextStep(owner: StarterOwner | undefined): string {
  if (!owner) return `Next: put your name as "owner" in ${CONFIG_FILE}, run pubcv build, and commit ${WORKFLOW_FILE}.\n`;
  if (owner.guessed) return `Next: check "owner" in ${CONFIG_FILE} (guessed: ${owner.names[0]}), run pubcv build, and commit ${WORKFLOW_FILE}.\n`;
  return `Next: run pubcv build, and commit ${WORKFLOW_FILE}.\n`;
}

/**
 * `pubcv init`: writes a starter config listing the bibliographies found in `dir` and a GitHub
 * Actions workflow that checks and builds them with the pubcv action (`actionSpec`, else this
 * package's repository at its version's tag). The owner is `names`, else the most frequent author
 * (asked on a terminal, noted as a guess otherwise). An existing file is kept unless `force`.
 */
export async function runInit(io: Io, dir: string, force: boolean, actionSpec?: string, names: readonly string[] = []): Promise<number> {
  const { version, repository } = await packageInfo();
  const action = actionFor(actionSpec, version, repository);
  const inputs = await findBibliographies(dir);
  io.stderr(inputs.length > 0 ? `pubcv: found ${inputs.join(', ')}\n` : 'pubcv: found no bibliography in this folder\n');
  // A config that is kept needs no owner: nothing is asked.
  const keepsConfig =
    !force &&
    (await access(join(dir, CONFIG_FILE)).then(
      () => true,
      () => false,
    ));
  const owner = keepsConfig ? undefined : await chooseOwner(io, dir, inputs, names);
  const files = [
    { name: CONFIG_FILE, text: starterConfig(inputs, schemaUrl(action), owner) },
    { name: WORKFLOW_FILE, text: starterWorkflow(inputs, version, action) },
  ];
  for (const file of files) {
    const written = await writeNew(join(dir, file.name), file.text, force);
    io.stderr(written ? `pubcv: wrote ${file.name}\n` : `pubcv: kept ${file.name} as it was (--force overwrites it)\n`);
  }
  if (!keepsConfig) io.stderr(nextStep(owner));
  return 0;
}
