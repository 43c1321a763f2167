import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { inputFormats, listedExtensions } from '../input/input-format.js';

/** Extensions a bibliography may have; each candidate is read to make sure it is one. */
const EXTENSIONS = new Set(listedExtensions());
/** Extensions of the formats whose file counts even with a broken entry (see findBibliographies). */
const LENIENT = new Set<string>([...inputFormats.bibtex.extensions, ...inputFormats.ris.extensions]);
/** Folders that hold builds, dependencies or tooling, never the user's bibliography. */
const SKIPPED = new Set(['node_modules', 'output', 'dist', 'build', 'vendor', '_site']);
const DEPTH = 2;

async function candidates(root: string, dir: string, depth: number): Promise<string[]> {
  const entries: Dirent[] = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory() && depth > 1 && !SKIPPED.has(entry.name)) found.push(...(await candidates(root, path, depth - 1)));
    else if (entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

/**
 * Bibliographies in `root` and its subfolders, as sorted relative paths. A `.bib` with a broken
 * entry still counts; a `.json`, `.yaml` or `.txt` counts only when it reads cleanly, so
 * package.json or a README.txt is not taken for one.
 */
export async function findBibliographies(root: string): Promise<string[]> {
  const { readInputs } = await import('../api/read-inputs.js');
  const paths = (await candidates(root, '', DEPTH)).sort();
  const found: string[] = [];
  for (const path of paths) {
    const result = await readInputs([join(root, path)]).catch(() => undefined);
    if (!result || result.records.length === 0) continue;
    const lenient = LENIENT.has(extname(path).toLowerCase());
    if (lenient || !result.diagnostics.some((d) => d.severity === 'error')) found.push(path);
  }
  return found;
}
