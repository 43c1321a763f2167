/**
 * Floor child: citeproc-js alone. A fresh `node` process that loads citation-js (and citeproc-js
 * through it), builds one engine per style and formats entries START up to END of a job file
 * (bench/floor-jobs.ts) to HTML one by one, exactly as pubcv's formatting step calls citeproc
 * (src/format/csl-engine.ts renderEntriesAlone), and nothing else.
 *
 *   node floor-citeproc.js ROOT JOB START END [OUT.json]
 *
 * Transpiled to plain JavaScript by bench/floors.ts, so no TypeScript loader is timed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CitationJob } from './floor-jobs.js';

interface CiteprocEngine {
  opt: { development_extensions: { wrap_url_and_doi: boolean } };
  updateItems(ids: string[], nosort?: boolean): string[];
  makeBibliography(slug?: string): false | [unknown, string[]];
}

interface CslConfig {
  styles: { add(id: string, style: unknown): void };
  engine(items: unknown[], style: string, lang: string | undefined, format: string): CiteprocEngine;
}

const [root, jobFile, startText, endText, outFile] = process.argv.slice(2);
if (!root || !jobFile || !startText || !endText) throw new Error('usage: floor-citeproc ROOT JOB START END [OUT]');
const fromRoot = createRequire(join(root, 'package.json'));
const load = async (specifier: string): Promise<unknown> => import(pathToFileURL(fromRoot.resolve(specifier)).href);

const core = (await load('@citation-js/core')) as { plugins: { config: { get(name: string): CslConfig } } };
await load('@citation-js/plugin-csl');
// pubcv runs citeproc with its shortcuts installed (same results, a third less time): the
// floor does too, or it would time a slower citeproc than the one pubcv runs.
const fastPaths = (await import(pathToFileURL(join(root, 'dist', 'format', 'citeproc-fast-paths.js')).href)) as { installCiteprocFastPaths(): void };
fastPaths.installCiteprocFastPaths();
const csl = core.plugins.config.get('@csl');

const job = JSON.parse(readFileSync(jobFile, 'utf8')) as CitationJob;
const entries = job.entries.slice(Number(startText), Number(endText));
const engines = job.styles.map((style, index) => {
  const id = `floor-${index}`;
  csl.styles.add(id, style);
  const items = entries.filter((e) => e.style === index).map((e) => e.item);
  if (items.length === 0) return undefined;
  const engine = csl.engine(items, id, undefined, 'html');
  engine.opt.development_extensions.wrap_url_and_doi = true;
  return engine;
});

const htmls = entries.map((entry) => {
  const engine = engines[entry.style];
  if (!engine) throw new Error(`no engine for style ${entry.style}`);
  engine.updateItems([entry.item.id], true);
  const result = engine.makeBibliography('\uE000');
  const html = result ? (result[1][0] ?? '') : '';
  if (html === '') throw new Error(`citeproc formatted ${entry.item.id} as nothing`);
  return html;
});
if (outFile) writeFileSync(outFile, JSON.stringify(htmls));
