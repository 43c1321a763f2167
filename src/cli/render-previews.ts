import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findRasterizer, findTool, type PageOptions, pdfToPngs, type Rasterizer, runTool } from './preview-tools.js';

/** What to preview and where the pictures go. */
interface PreviewOptions extends PageOptions {
  /** The folder holding publications.pdf, .docx and .html. */
  readonly out: string;
  /** The folder the pictures are written to. */
  readonly dest: string;
  /** Put before every file name: "example-" for the README's pictures. */
  readonly prefix: string;
}

/** The pictures written, and a notice for each output or view a missing tool left out. */
interface Previews {
  readonly written: readonly string[];
  readonly notices: readonly string[];
  /** The outputs found in `out`: none means there was nothing to preview. */
  readonly found: readonly string[];
}

const RASTERIZER = 'pdftoppm (poppler-utils) or mutool (mupdf-tools)';

function withTemp<T>(label: string, use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), `pubcv-preview-${label}-`));
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The DOCX as LibreOffice prints it, in a throwaway profile so a running LibreOffice is not disturbed. */
function previewDocx(soffice: string, raster: Rasterizer, options: PreviewOptions, env: NodeJS.ProcessEnv): string[] {
  return withTemp('lo', (temp) => {
    const profile = `-env:UserInstallation=${pathToFileURL(join(temp, 'profile')).href}`;
    runTool(soffice, [profile, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', temp, join(options.out, 'publications.docx')], env);
    return pdfToPngs(raster, join(temp, 'publications.pdf'), join(options.dest, `${options.prefix}docx`), options, env);
  });
}

/** Chromium without network chatter, sandbox or first-run work, in a fresh profile each time. */
function chromiumArgs(profile: string): string[] {
  const quiet = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'];
  return ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', ...quiet, `--user-data-dir=${profile}`];
}

/** The HTML as a desktop and a phone show it and in dark mode (first pages only: one page-sized shot). */
function htmlScreenshots(chromium: string, options: PreviewOptions, env: NodeJS.ProcessEnv): string[] {
  const page = pathToFileURL(resolve(options.out, 'publications.html')).href;
  const dark = ['--force-dark-mode', '--blink-settings=preferredColorScheme=0'];
  const shots: ReadonlyArray<readonly [string, string, readonly string[]]> = options.firstPage
    ? [['html', '900,1100', []]]
    : [
        ['html-desktop', '1100,1400', []],
        ['html-phone', '390,844', []],
        ['html-dark', '1100,1400', dark],
      ];
  return shots.map(([name, size, extra]) =>
    withTemp('chromium', (temp) => {
      const file = join(options.dest, `${options.prefix}${name}.png`);
      runTool(chromium, [...chromiumArgs(temp), ...extra, `--window-size=${size}`, `--screenshot=${file}`, page], env);
      return file;
    }),
  );
}

/** The HTML's printed pages (Chromium's print to PDF, drawn by the rasterizer). */
function htmlPrint(chromium: string, raster: Rasterizer, options: PreviewOptions, env: NodeJS.ProcessEnv): string[] {
  const page = pathToFileURL(resolve(options.out, 'publications.html')).href;
  return withTemp('chromium', (temp) => {
    const printed = join(temp, 'print.pdf');
    runTool(chromium, [...chromiumArgs(join(temp, 'profile')), '--no-pdf-header-footer', `--print-to-pdf=${printed}`, page], env);
    return pdfToPngs(raster, printed, join(options.dest, `${options.prefix}html-print`), options, env);
  });
}

/** Removes the pictures of an earlier preview, so a shorter document leaves no stale pages. */
function removeStale(options: PreviewOptions): void {
  const stale = /^(pdf|docx|html|html-[a-z]+)(-\d+)?\.png$/;
  for (const f of readdirSync(options.dest)) {
    if (f.startsWith(options.prefix) && stale.test(f.slice(options.prefix.length))) rmSync(join(options.dest, f));
  }
}

/**
 * Renders the PDF, DOCX and HTML in `options.out` to PNG with the tools on `env`'s PATH: the
 * PDF's pages (pdftoppm or mutool), the DOCX as LibreOffice lays it out, the HTML in headless
 * Chromium (desktop, phone, dark mode, printed pages). A missing tool skips what needs it, with
 * a notice; a tool that fails throws ToolFailure.
 */
export function renderPreviews(options: PreviewOptions, env: NodeJS.ProcessEnv): Previews {
  const found = ['pdf', 'docx', 'html'].filter((f) => existsSync(join(options.out, `publications.${f}`)));
  if (found.length === 0) return { written: [], notices: [], found };
  mkdirSync(options.dest, { recursive: true });
  removeStale(options);
  const raster = findRasterizer(env);
  const written: string[] = [];
  const notices: string[] = [];
  if (found.includes('pdf')) {
    if (raster) written.push(...pdfToPngs(raster, join(options.out, 'publications.pdf'), join(options.dest, `${options.prefix}pdf`), options, env));
    else notices.push(`${RASTERIZER} is not installed: PDF not previewed`);
  }
  if (found.includes('docx')) {
    const soffice = findTool(env, 'soffice', 'libreoffice');
    if (!soffice) notices.push('soffice (LibreOffice) is not installed: DOCX not previewed');
    else if (!raster) notices.push(`${RASTERIZER} is not installed: DOCX not previewed`);
    else written.push(...previewDocx(soffice, raster, options, env));
  }
  if (found.includes('html')) {
    const chromium = findTool(env, 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable');
    if (!chromium) notices.push('chromium is not installed: HTML not previewed');
    else {
      written.push(...htmlScreenshots(chromium, options, env));
      // A first-page preview is the screenshot alone.
      if (!options.firstPage) {
        if (raster) written.push(...htmlPrint(chromium, raster, options, env));
        else notices.push(`${RASTERIZER} is not installed: the HTML's printed pages not previewed`);
      }
    }
  }
  return { written, notices, found };
}
