import { writeFileSync } from 'node:fs';
import type { FloorResults } from './floors.js';
import type { Summary } from './measure.js';
import { floorsSection, speedFloors } from './report-floors.js';

/** One CV size in one style. */
export interface SizeResult {
  readonly n: number;
  /** `pubcv build`, PDF + DOCX + HTML, empty output folder (no cache). */
  readonly cold: Summary;
  /** The same with `--year-suffix`; not run at every size. */
  readonly yearSuffix?: Summary;
  /** Entries that got a year suffix ("2019a") with `--year-suffix`. */
  readonly suffixedEntries?: number;
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
const ratio = (a: Summary | undefined, b: Summary | undefined): string => (a && b ? `${(a.seconds / b.seconds).toFixed(2)}×` : 'n/a');
const yes = (ok: boolean | undefined): string => (ok === undefined ? 'not checked' : ok ? 'identical' : '**DIFFERENT**');
const met = (ok: boolean | undefined): string => (ok === undefined ? 'not run' : ok ? 'met' : '**not met**');
const runs = (x: Summary | undefined): string => (x ? String(x.runs) : '0');

function sizeOf(style: StyleResults, n: number): SizeResult | undefined {
  return style.sizes.find((r) => r.n === n);
}

function styleTable(style: StyleResults): string[] {
  const lines = [
    `### ${style.style.toUpperCase()}`,
    '',
    '| entries | pubcv build, PDF+DOCX+HTML, cold | peak memory | pandoc HTML | pandoc DOCX | pubcv ÷ pandoc HTML | runs | output vs plain path |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of style.sizes) {
    lines.push(
      `| ${r.n.toLocaleString('en-US')} | ${s(r.cold)} | ${mb(r.cold)} | ${s(r.pandocHtml)} | ${s(r.pandocDocx)} | ${ratio(r.cold, r.pandocHtml)} | ${runs(r.cold)} | ${yes(r.sameAsPlain)} |`,
    );
  }
  const base = sizeOf(style, 1000);
  lines.push(
    `| 1,000 + 1, rebuilt with the cache | ${s(style.rebuild)} | ${mb(style.rebuild)} | ${s(base?.pandocHtml)} | | ${ratio(style.rebuild, base?.pandocHtml)} | ${runs(style.rebuild)} | ${yes(style.sameAsPlain)} |`,
    '',
    '| entries | default | plain path (`--no-cache --threads 1`) | `--year-suffix` | entries given a suffix |',
    '| ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of style.sizes) {
    lines.push(
      `| ${r.n.toLocaleString('en-US')} | ${s(r.cold)} | ${s(r.plain)} | ${r.yearSuffix ? s(r.yearSuffix) : 'not run'} | ${r.suffixedEntries ?? ''} |`,
    );
  }
  lines.push('');
  return lines;
}

function targets(results: BenchResults): string[] {
  const apa = results.styles.find((x) => x.style === 'apa');
  const a1 = apa && sizeOf(apa, 1000);
  const floor = speedFloors(results);
  const lines = ['| target | measured | floor set by the required libraries | |', '| --- | --- | --- | --- |'];
  const half = a1?.pandocHtml ? a1.cold.seconds <= a1.pandocHtml.seconds / 2 : undefined;
  lines.push(
    `| 1,000 APA entries, all three formats, cold: at most ½ of pandoc's HTML time | ${s(a1?.cold)} vs ${s(a1?.pandocHtml)} (${ratio(a1?.cold, a1?.pandocHtml)}) | ${floor.cold} | ${met(half)} |`,
  );
  const tenth = apa && a1?.pandocHtml ? apa.rebuild.seconds < a1.pandocHtml.seconds / 10 : undefined;
  lines.push(
    `| the same after adding one entry: under ⅒ of pandoc's HTML time | ${s(apa?.rebuild)} (${ratio(apa?.rebuild, a1?.pandocHtml)}) | ${floor.rebuild} | ${met(tenth)} |`,
  );
  for (const style of results.styles) {
    const one = sizeOf(style, 1000);
    const five = sizeOf(style, 5000);
    const growth = one && five ? five.cold.seconds / one.cold.seconds : undefined;
    lines.push(
      `| ${style.style.toUpperCase()} 5,000 entries: at most 5.5× the 1,000-entry time | ${growth === undefined ? 'not run' : `${growth.toFixed(2)}×`} | | ${met(growth === undefined ? undefined : growth <= 5.5)} |`,
    );
    const peak = five?.cold.peakMb;
    lines.push(
      `| ${style.style.toUpperCase()} 5,000 entries: peak memory under 300 MB | ${mb(five?.cold)} | | ${met(peak === undefined ? undefined : peak < 300)} |`,
    );
  }
  const extra = (results.startup.help.seconds - results.startup.node.seconds) * 1000;
  lines.push(
    `| \`pubcv --help\` within 150 ms of \`node -e 0\` | ${(results.startup.help.seconds * 1000).toFixed(0)} ms vs ${(results.startup.node.seconds * 1000).toFixed(0)} ms (+${extra.toFixed(0)} ms) | | ${met(extra <= 150)} |`,
    '',
    'The floor column: what the libraries pubcv is required to use (citeproc-js through citation-js, pdfkit) need on their own for the same 1,000 entries, each in a fresh `node` process (see Floors).',
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
    'formats with) and `nocite: @*`. Times are medians of alternating runs, wall clock; peak memory is the largest resident set of any run.',
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
