import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled example (the first user's own list), built when no input is given. */
export const EXAMPLE_INPUT = fileURLToPath(new URL('../../examples/publications.txt', import.meta.url));

/** The bundled example as a path relative to the working folder, the way diagnostics show it. */
export function exampleInputPath(): string {
  return relative(process.cwd(), EXAMPLE_INPUT) || EXAMPLE_INPUT;
}

/** Bundled templates folder. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
