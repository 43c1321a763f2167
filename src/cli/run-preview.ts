import { join, relative, resolve } from 'node:path';
import { findTool, runTool, ToolFailure } from './preview-tools.js';
import { renderPreviews } from './render-previews.js';
import type { Io } from './terminal.js';

/** The flags of `pubcv preview`. */
interface PreviewFlags {
  readonly out: string;
  readonly to?: string | undefined;
  readonly dpi: number;
  readonly firstPage: boolean;
  readonly open: boolean;
  readonly quiet: boolean;
}

/** The program that opens a file with the desktop's viewer, or undefined where there is none to call. */
function opener(env: NodeJS.ProcessEnv): string | undefined {
  if (process.platform === 'darwin') return findTool(env, 'open');
  return process.platform === 'win32' ? undefined : findTool(env, 'xdg-open');
}

/** The first picture of each output (PDF page 1, DOCX page 1, the HTML's first shot): what --open shows. */
function firstOfEach(written: readonly string[]): string[] {
  const kinds = new Set<string>();
  return written.filter((file) => {
    const kind = /(pdf|docx|html)[^/\\]*\.png$/.exec(file)?.[1] ?? file;
    if (kinds.has(kind)) return false;
    kinds.add(kind);
    return true;
  });
}

/**
 * `pubcv preview`: draws the outputs a build wrote into `--out` as PNG pictures in
 * `OUT/preview/` (or `--to`), prints their paths on stdout, a notice on stderr for each output a
 * missing tool leaves out, and with `--open` shows them in the desktop's viewer.
 */
export async function runPreview(io: Io, flags: PreviewFlags): Promise<number> {
  const out = resolve(flags.out);
  const dest = resolve(flags.to ?? join(out, 'preview'));
  try {
    const previews = renderPreviews({ out, dest, dpi: flags.dpi, firstPage: flags.firstPage, prefix: '' }, io.env);
    if (previews.found.length === 0) {
      io.stderr(`pubcv: no publications.pdf, .docx or .html in ${flags.out}: run pubcv build first (or give the folder with --out)\n`);
      return 1;
    }
    for (const notice of previews.notices) if (!flags.quiet) io.stderr(`pubcv: notice: ${notice}\n`);
    for (const file of previews.written) io.stdout(`${relative(process.cwd(), file) || file}\n`);
    if (flags.open && previews.written.length > 0) {
      const open = opener(io.env);
      if (!open) io.stderr('pubcv: notice: no xdg-open (or open on macOS) to show the pictures with: open them from the list above\n');
      else for (const file of firstOfEach(previews.written)) runTool(open, [file], io.env);
    }
    if (previews.written.length === 0 && !flags.quiet) io.stderr('pubcv: nothing previewed: install the tools named above\n');
    return 0;
  } catch (error) {
    if (!(error instanceof ToolFailure)) throw error;
    io.stderr(`pubcv: ${error.message}\n`);
    return 1;
  }
}
