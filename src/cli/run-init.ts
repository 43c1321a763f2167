import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { findBibliographies } from './find-bibliographies.js';
import { starterConfig, starterWorkflow } from './starter-files.js';
import type { Io } from './terminal.js';

export const CONFIG_FILE = 'pubcv.config.yaml';
export const WORKFLOW_FILE = '.github/workflows/cv.yml';

async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
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

/**
 * `pubcv init`: writes a starter config listing the bibliographies found in `dir` and a GitHub
 * Actions workflow that checks and builds them. An existing file is kept unless `force`.
 */
export async function runInit(io: Io, dir: string, force: boolean): Promise<number> {
  const inputs = await findBibliographies(dir);
  io.stderr(inputs.length > 0 ? `pubcv: found ${inputs.join(', ')}\n` : 'pubcv: found no bibliography in this folder\n');
  const version = await packageVersion();
  const files = [
    { name: CONFIG_FILE, text: starterConfig(inputs, version) },
    { name: WORKFLOW_FILE, text: starterWorkflow(inputs, version) },
  ];
  for (const file of files) {
    const written = await writeNew(join(dir, file.name), file.text, force);
    io.stderr(written ? `pubcv: wrote ${file.name}\n` : `pubcv: kept ${file.name} as it was (--force overwrites it)\n`);
  }
  io.stderr(`Next: put your name as "owner" in ${CONFIG_FILE}, run pubcv build, and commit ${WORKFLOW_FILE}.\n`);
  return 0;
}
