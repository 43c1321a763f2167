import { writeFileSync } from 'node:fs';
import type { FloorResults } from './floors.js';
import type { Summary } from './measure.js';
import { floorsSection, speedFloors } from './report-floors.js';

/** The edit-loop target's list length (issue 18): one entry of 300 edited under `--watch`. */
export const EDIT_TARGET_SIZE = 300;

/** One CV size in one style. */
export interface SizeResult {
  readonly n: number;
  /** `pubcv build`, PDF + DOCX + HTML, empty output folder (no cache). */
  readonly cold: Summary;
  /** The same build again into the same folder, nothing changed. */
  readonly warm?: Summary;
  /** One entry edited and rebuilt in a process that stays (bench/edit-loop.ts, as `--watch` does). */
  readonly edit?: Summary;
  /** The plain path: `--no-cache --threads 1`. */
  readonly plain?: Summary;
  readonly pandocHtml?: Summary;
  readonly pandocDocx?: Summary;
  /** Optimised output byte-identical to a one-thread, no-cache build; undefined when not checked. */
  readonly sameAsPlain?: boolean;
}

export interface StyleResults {
  readonly style: string;
  readonly sizes: readonly SizeResult[];
  readonly rebuild: Summary;
  readonly sameAsPlain: boolean;
  /** The edit loop at the target's list length (EDIT_TARGET_SIZE entries). */
  readonly editTarget?: Summary;
  readonly writers: Record<string, Summary> | undefined;
}

export interface BenchResults {
  readonly quick: boolean;
  readonly machine: { cores: number; cpu: string; node: string; pandoc: string | undefined };
  readonly styles: readonly StyleResults[];
  readonly startup: { node: Summary; help: Summary };
  /** What the required libraries alone need for 1,000 entries; undefined when not run. */
  readonly floors?: FloorResults;
  readonly minutes: number;
}

const s = (x: Summary | undefined): string => (x ? `${x.seconds.toFixed(2)} s` : 'n/a');
const mb = (x: Summary | undefined): string => (x?.peakMb !== undefined ? `${Math.round(x.peakMb)} MB` : 'n/a');
const yes = (ok: boolean | undefined): string => (ok === undefined ? 'not checked' : ok ? 'identical' : '**DIFFERENT**');
const met = (ok: boolean | undefined): string => (ok === undefined ? 'not run' : ok ? 'met' : '**not met**');
const runs = (x: Summary | undefined): string => (x ? String(x.runs) : '0');
const cpu = (x: Summary | undefined): string => (x?.cpu !== undefined ? `${x.cpu.toFixed(2)} s` : 'n/a');
/** CPU and wall clock in one cell: "2.10 s CPU / 1.50 s". */
const both = (x: Summary | undefined): string => (x ? `${cpu(x)} / ${s(x)}` : 'n/a');
const cpuRatio = (a: Summary | undefined, b: Summary | undefined): number | undefined => (a?.cpu !== undefined && b?.cpu ? a.cpu / b.cpu : undefined);
const times = (r: number | undefined): string => (r === undefined ? 'n/a' : `${r.toFixed(2)}×`);

function sizeOf(style: StyleResults, n: number): SizeResult | undefined {
  return style.sizes.find((r) => r.n === n);
}

function styleTable(style: StyleResults): string[] {
  const lines = [
    `### ${style.style.toUpperCase()}`,
    '',
    'CPU seconds / wall-clock seconds, medians. Cold: an empty output folder. Warm: the same build again, nothing changed. Edit: one entry edited and rebuilt in a process that stays (as `--watch` does).',
    '',
    '| entries | pubcv cold | peak memory | pubcv warm | pubcv edit | pandoc HTML | pandoc DOCX | cold ÷ pandoc HTML, CPU | runs | output vs plain path |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of style.sizes) {
    lines.push(
      `| ${r.n.toLocaleString('en-US')} | ${both(r.cold)} | ${mb(r.cold)} | ${both(r.warm)} | ${both(r.edit)} | ${both(r.pandocHtml)} | ${both(r.pandocDocx)} | ${times(cpuRatio(r.cold, r.pandocHtml))} | ${runs(r.cold)} | ${yes(r.sameAsPlain)} |`,
    );
  }
  const base = sizeOf(style, 1000);
  lines.push(
    `| 1,000 + 1, rebuilt with the cache | ${both(style.rebuild)} | ${mb(style.rebuild)} | | | ${both(base?.pandocHtml)} | | ${times(cpuRatio(style.rebuild, base?.pandocHtml))} | ${runs(style.rebuild)} | ${yes(style.sameAsPlain)} |`,
    `| ${EDIT_TARGET_SIZE}, one entry edited | | | | ${both(style.editTarget)} | | | | ${runs(style.editTarget)} | |`,
    '',
  );
  return lines;
}

/** One row of the Targets table. */
function targetRow(target: string, measured: string, floor: string, ok: boolean | undefined): string {
  return `| ${target} | ${measured} | ${floor} | ${met(ok)} |`;
}

function targets(results: BenchResults): string[] {
  const lines = ['| target (issue 18; CPU unless it says wall) | measured | floor set by the required libraries | |', '| --- | --- | --- | --- |'];
  const floor = speedFloors(results);
  for (const style of results.styles) {
    const name = style.style.toUpperCase();
    const ten = sizeOf(style, 10);
    const hundred = sizeOf(style, 100);
    const thousand = sizeOf(style, 1000);
    const five = sizeOf(style, 5000);
    const r10 = cpuRatio(ten?.cold, ten?.pandocHtml);
    const under = ten?.cold.cpu === undefined ? undefined : ten.cold.cpu < 1 && r10 !== undefined && r10 <= 2;
    lines.push(
      targetRow(
        `${name} 10 entries cold: under 1.0 s and within 2× of pandoc's HTML`,
        `${cpu(ten?.cold)} vs ${cpu(ten?.pandocHtml)} (${times(r10)})`,
        floor.start,
        under,
      ),
    );
    const r100 = cpuRatio(hundred?.cold, hundred?.pandocHtml);
    lines.push(
      targetRow(
        `${name} 100 entries cold: within 2.5× of pandoc`,
        `${cpu(hundred?.cold)} vs ${cpu(hundred?.pandocHtml)} (${times(r100)})`,
        '',
        r100 === undefined ? undefined : r100 <= 2.5,
      ),
    );
    const r1000 = cpuRatio(thousand?.cold, thousand?.pandocHtml);
    lines.push(
      targetRow(
        `${name} 1,000 entries cold: within 2× of pandoc`,
        `${cpu(thousand?.cold)} vs ${cpu(thousand?.pandocHtml)} (${times(r1000)})`,
        style.style === 'apa' ? floor.cold : '',
        r1000 === undefined ? undefined : r1000 <= 2,
      ),
    );
    const growth = thousand && five ? five.cold.seconds / thousand.cold.seconds : undefined;
    const peak = five?.cold.peakMb;
    lines.push(
      targetRow(
        `${name} 5,000 entries: linear (at most 5.5× the 1,000-entry wall time) and under 300 MB`,
        growth === undefined ? 'not run' : `${growth.toFixed(2)}×, ${mb(five?.cold)}`,
        '',
        growth === undefined || peak === undefined ? undefined : growth <= 5.5 && peak < 300,
      ),
    );
    const edit = style.editTarget;
    lines.push(
      targetRow(
        `${name} edit loop: one entry of ${EDIT_TARGET_SIZE} edited, all three files rewritten in under 0.3 s wall`,
        edit ? `${s(edit)} wall (${cpu(edit)} CPU)` : 'not run',
        style.style === 'apa' ? floor.edit : '',
        edit === undefined ? undefined : edit.seconds < 0.3,
      ),
    );
    const warm = cpuRatio(hundred?.warm, hundred?.cold);
    lines.push(
      targetRow(
        `${name} warm CLI rebuild at 100 entries, nothing changed: under 0.5× of cold`,
        `${cpu(hundred?.warm)} vs ${cpu(hundred?.cold)} (${times(warm)})`,
        '',
        warm === undefined ? undefined : warm < 0.5,
      ),
    );
  }
  const extra = (results.startup.help.seconds - results.startup.node.seconds) * 1000;
  lines.push(
    targetRow(
      '`pubcv --help` within 150 ms of `node -e 0` (wall)',
      `${(results.startup.help.seconds * 1000).toFixed(0)} ms vs ${(results.startup.node.seconds * 1000).toFixed(0)} ms (+${extra.toFixed(0)} ms)`,
      '',
      extra <= 150,
    ),
    '',
    'The floor column: what the libraries pubcv is required to use (citeproc-js through citation-js, pdfkit) and `node` itself need on their own, each in a fresh `node` process (see Floors).',
  );
  return lines;
}

/** Writes the results as Markdown tables. */
export function writeResults(file: string, results: BenchResults): void {
  const { machine } = results;
  const lines = [
    '# Benchmark: pubcv against pandoc --citeproc',
    '',
    `Written by \`npm run bench${results.quick ? ' -- --quick' : ''}\` (${results.minutes.toFixed(1)} minutes). Machine: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.pandoc ?? 'no pandoc'}.`,
    '',
    'Synthetic BibTeX CVs (bench/generate-bib.ts: 3–25 authors, accents as UTF-8 and as LaTeX, protected case, DOIs, the owner anywhere in the list, some papers',
    'sharing authors and year). pubcv runs as a user runs it (`node bin/pubcv.js build cv.bib -n … -s STYLE -o DIR`, all three formats), in an empty',
    'output folder unless it says "rebuilt"; pandoc runs `pandoc --citeproc --csl STYLE.csl` with the same style (written out from the tree pubcv',
    'formats with) and `nocite: @*`. Times are medians of alternating runs, CPU (user + system, every thread; /usr/bin/time) and wall clock; the',
    'machine is shared, so CPU is what the comparisons use. Peak memory is the largest resident set of any run.',
    '"Output vs plain path" compares the PDF, DOCX and HTML files byte for byte with a `--no-cache --threads 1` build of the same input.',
    '',
    '## Targets',
    '',
    ...targets(results),
    '',
    ...floorsSection(results),
    '## Results',
    '',
    ...results.styles.flatMap(styleTable),
  ];
  const apa = results.styles.find((x) => x.style === 'apa');
  if (apa?.writers) {
    lines.push('### One format at a time (APA, 1,000 entries, cold, formatting included)', '', '| formats | time | peak memory |', '| --- | ---: | ---: |');
    for (const [format, summary] of Object.entries(apa.writers)) lines.push(`| ${format} | ${s(summary)} | ${mb(summary)} |`);
    lines.push('');
  }
  lines.push(
    '### Start-up',
    '',
    `\`node -e 0\`: ${(results.startup.node.seconds * 1000).toFixed(0)} ms; \`pubcv --help\`: ${(results.startup.help.seconds * 1000).toFixed(0)} ms (medians of ${results.startup.help.runs}).`,
    '',
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
}
