import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { basename, delimiter, dirname, join } from 'node:path';

/** A tool that ran and failed: its command line and what it printed. */
export class ToolFailure extends Error {}

/** The path of the first of `names` found on the PATH of `env`, or undefined. */
export function findTool(env: NodeJS.ProcessEnv, ...names: string[]): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (dir !== '' && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Runs a tool to its end (three minutes at most: LibreOffice's first start is slow); a failure is a ToolFailure. */
export function runTool(tool: string, args: readonly string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(tool, args, { encoding: 'utf8', timeout: 180_000, env });
  if (result.status !== 0) {
    const how = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    throw new ToolFailure(`${basename(tool)} ${args.join(' ')} failed (${how})${result.stderr ? `:\n${result.stderr.trim()}` : ''}`);
  }
}

/** What draws a PDF's pages as PNG: poppler's pdftoppm or MuPDF's mutool, whichever is installed. */
export interface Rasterizer {
  readonly kind: 'pdftoppm' | 'mutool';
  readonly path: string;
}

/** The PDF rasterizer on PATH, pdftoppm first (the one the README's pictures were drawn with). */
export function findRasterizer(env: NodeJS.ProcessEnv): Rasterizer | undefined {
  const pdftoppm = findTool(env, 'pdftoppm');
  if (pdftoppm) return { kind: 'pdftoppm', path: pdftoppm };
  const mutool = findTool(env, 'mutool');
  return mutool ? { kind: 'mutool', path: mutool } : undefined;
}

/** How pages are drawn: resolution, and the first page alone or all of them. */
export interface PageOptions {
  readonly dpi: number;
  readonly firstPage: boolean;
}

/**
 * Draws `pdf`'s pages to `prefix-N.png` (N from 1, whatever zero padding the tool chose), or to
 * `prefix.png` alone with `firstPage`; returns the files in page order.
 */
export function pdfToPngs(raster: Rasterizer, pdf: string, prefix: string, options: PageOptions, env: NodeJS.ProcessEnv): string[] {
  const dpi = String(options.dpi);
  if (raster.kind === 'pdftoppm') {
    runTool(raster.path, ['-r', dpi, '-png', ...(options.firstPage ? ['-f', '1', '-l', '1', '-singlefile'] : []), pdf, prefix], env);
  } else {
    runTool(
      raster.path,
      ['draw', '-q', '-r', dpi, '-o', options.firstPage ? `${prefix}.png` : `${prefix}-%d.png`, pdf, ...(options.firstPage ? ['1'] : [])],
      env,
    );
  }
  if (options.firstPage) return [`${prefix}.png`];
  const dir = dirname(prefix);
  const base = basename(prefix);
  const page = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)\\.png$`);
  return readdirSync(dir)
    .map((f) => ({ f, n: Number(page.exec(f)?.[1]) }))
    .filter(({ n }) => Number.isInteger(n))
    .sort((a, b) => a.n - b.n)
    .map(({ f, n }) => {
      const target = join(dir, `${base}-${n}.png`);
      if (f !== basename(target)) renameSync(join(dir, f), target);
      return target;
    });
}
