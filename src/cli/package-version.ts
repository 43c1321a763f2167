import { readFile } from 'node:fs/promises';

/** pubcv's version, from its package.json (for the User-Agent the APIs see). */
export async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
