/**
 * Bench child: the edit loop. One `node` process builds a CV through pubcv's library (dist/index.js,
 * the `build()` that `pubcv build --watch` calls on every change), then edits one entry's title
 * EDITS times, rebuilding after each, as a user saving in an editor under `--watch` would. Prints
 * each rebuild's wall-clock and CPU time (every thread of the process) as JSON.
 *
 *   node edit-loop.js ROOT BIB STYLE OWNER OUT EDITS
 *
 * Transpiled to plain JavaScript by bench/run.ts, like the floor children.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Library {
  build(options: Record<string, unknown>): Promise<{ outputs: string[] }>;
}

const [root, bib, style, owner, out, editsText] = process.argv.slice(2);
if (!root || !bib || !style || !owner || !out || !editsText) throw new Error('usage: edit-loop ROOT BIB STYLE OWNER OUT EDITS');
const { build } = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Library;
const original = readFileSync(bib, 'utf8');
const options = { inputs: [bib], names: [owner], style, output: out };

const first = await build(options);
if (first.outputs.length !== 3) throw new Error('the first build wrote no files');
const samples: Array<{ seconds: number; cpu: number }> = [];
for (let edit = 1; edit <= Number(editsText); edit += 1) {
  // The fifth entry's title, a different word each time: one entry to format, new words to shape.
  writeFileSync(bib, original.replace('Synthetic study 5 of', `Synthetic study 5 (revision ${edit}) of`));
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await build(options);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  if (report.outputs.length !== 3) throw new Error(`rebuild ${edit} wrote no files`);
  samples.push({ seconds, cpu: (used.user + used.system) / 1e6 });
}
writeFileSync(bib, original);
process.stdout.write(`${JSON.stringify(samples)}\n`);
