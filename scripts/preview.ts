// npm run preview [-- --out DIR] [-- --dpi N] [-- --first-page] [-- --docs]
// Renders a build's outputs to PNG so a person can look at them: the PDF's pages (pdftoppm), the
// DOCX as LibreOffice lays it out (soffice -> PDF -> PNG), and the HTML in headless Chromium (a
// desktop, a phone and a dark-mode screenshot, and its printed pages). Writes OUT/preview/*.png;
// builds the bundled example into OUT first when OUT holds no outputs. Tools that are not
// installed are skipped with a notice. `--docs` renders a fresh build of the bundled example into
// docs/ at 80 dpi, first pages only: the pictures the README shows.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from '../src/api/build-files.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

interface Options {
  readonly out: string;
  readonly dest: string;
  readonly dpi: number;
  readonly firstPage: boolean;
  /** Put before every file name: "example-" for the README's pictures. */
  readonly prefix: string;
}

/** The path of the first of `names` found on PATH, or undefined. */
function findTool(...names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (dir !== '' && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Runs a tool, failing loudly with its stderr when it fails. */
function run(tool: string, args: readonly string[]): void {
  const result = spawnSync(tool, args, { encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`);
}

/** pdftoppm's page files for `prefix`, renamed to `prefix-N.png` whatever zero padding it chose. */
function pdfToPngs(pdftoppm: string, pdf: string, prefix: string, options: Options): string[] {
  run(pdftoppm, ['-r', String(options.dpi), '-png', ...(options.firstPage ? ['-f', '1', '-l', '1', '-singlefile'] : []), pdf, prefix]);
  if (options.firstPage) return [`${prefix}.png`];
  const dir = resolve(prefix, '..');
  const base = prefix.slice(dir.length + 1);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .map((f) => {
      const target = join(dir, `${base}-${Number(f.slice(base.length + 1, -4))}.png`);
      renameSync(join(dir, f), target);
      return target;
    });
}

/** The PDF's pages. */
function previewPdf(tools: Tools, options: Options): string[] {
  return pdfToPngs(tools.pdftoppm, join(options.out, 'publications.pdf'), join(options.dest, `${options.prefix}pdf`), options);
}

/** The DOCX as LibreOffice prints it, in a throwaway profile so a running LibreOffice is not disturbed. */
function previewDocx(tools: Tools, soffice: string, options: Options): string[] {
  const temp = mkdtempSync(join(tmpdir(), 'pubcv-preview-lo-'));
  try {
    run(soffice, [
      `-env:UserInstallation=${pathToFileURL(join(temp, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      temp,
      join(options.out, 'publications.docx'),
    ]);
    return pdfToPngs(tools.pdftoppm, join(temp, 'publications.pdf'), join(options.dest, `${options.prefix}docx`), options);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Chromium without network chatter, sandbox or first-run work, in a fresh profile each time. */
function chromiumArgs(profile: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
  ];
}

/** The HTML as a desktop and a phone show it, in dark mode, and as it prints (through pdftoppm). */
function previewHtml(tools: Tools, chromium: string, options: Options): string[] {
  const page = pathToFileURL(resolve(options.out, 'publications.html')).href;
  const shots: Array<[string, string, string[]]> = [
    ['html-desktop', '1100,1400', []],
    ['html-phone', '390,844', []],
    ['html-dark', '1100,1400', ['--force-dark-mode', '--blink-settings=preferredColorScheme=0']],
  ];
  const written: string[] = [];
  // First pages only (the README's pictures): one smaller desktop shot, about the size of a page.
  for (const [name, size, extra] of options.firstPage ? [['html', '900,1100', []] as const] : shots) {
    const temp = mkdtempSync(join(tmpdir(), 'pubcv-preview-chromium-'));
    try {
      const file = join(options.dest, `${options.prefix}${name}.png`);
      run(chromium, [...chromiumArgs(temp), ...extra, `--window-size=${size}`, `--screenshot=${file}`, page]);
      written.push(file);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }
  if (options.firstPage) return written;
  const temp = mkdtempSync(join(tmpdir(), 'pubcv-preview-chromium-'));
  try {
    const printed = join(temp, 'print.pdf');
    run(chromium, [...chromiumArgs(join(temp, 'profile')), '--no-pdf-header-footer', `--print-to-pdf=${printed}`, page]);
    return [...written, ...pdfToPngs(tools.pdftoppm, printed, join(options.dest, `${options.prefix}html-print`), options)];
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

interface Tools {
  readonly pdftoppm: string;
}

/** Renders every output the tools allow and says what it skipped. */
function renderPreviews(options: Options): void {
  const pdftoppm = findTool('pdftoppm');
  if (!pdftoppm) {
    console.log('notice: pdftoppm (poppler-utils) is not installed: no previews');
    return;
  }
  const tools = { pdftoppm };
  mkdirSync(options.dest, { recursive: true });
  const stale = /^(pdf|docx|html|html-[a-z]+)(-\d+)?\.png$/;
  for (const f of readdirSync(options.dest)) if (f.startsWith(options.prefix) && stale.test(f.slice(options.prefix.length))) rmSync(join(options.dest, f));
  const written = [...previewPdf(tools, options)];
  const soffice = findTool('soffice', 'libreoffice');
  if (soffice) written.push(...previewDocx(tools, soffice, options));
  else console.log('notice: soffice (LibreOffice) is not installed: DOCX not previewed');
  const chromium = findTool('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable');
  if (chromium) written.push(...previewHtml(tools, chromium, options));
  else console.log('notice: chromium is not installed: HTML not previewed');
  for (const file of written) console.log(file);
}

/** Parses the few flags the script takes. */
function parseOptions(argv: readonly string[]): Options & { docs: boolean } {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const docs = argv.includes('--docs');
  const out = resolve(value('--out') ?? 'output');
  const dpi = Number(value('--dpi') ?? (docs ? 80 : 100));
  if (!Number.isInteger(dpi) || dpi < 20 || dpi > 600) throw new Error('--dpi must be a whole number from 20 to 600');
  return {
    out,
    dest: docs ? join(REPO, 'docs') : join(out, 'preview'),
    dpi,
    firstPage: docs || argv.includes('--first-page'),
    prefix: docs ? 'example-' : '',
    docs,
  };
}

const options = parseOptions(process.argv.slice(2));
if (options.docs) {
  // The README's pictures come from a fresh build of the bundled example, dated as the tests date it.
  const out = mkdtempSync(join(tmpdir(), 'pubcv-preview-docs-'));
  try {
    await build({ output: out, cache: false, date: '2026-01-01' });
    renderPreviews({ ...options, out });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
} else {
  if (!['pdf', 'docx', 'html'].every((f) => existsSync(join(options.out, `publications.${f}`)))) {
    console.log(`building the bundled example into ${options.out}`);
    await build({ output: options.out });
  }
  renderPreviews(options);
}
