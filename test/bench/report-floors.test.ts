import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FloorResults } from '../../bench/floors.js';
import type { Summary } from '../../bench/measure.js';
import { floorsSection, speedFloors } from '../../bench/report-floors.js';
import type { BenchResults, StyleResults } from '../../bench/report.js';

const time = (seconds: number, runs = 3): Summary => ({ seconds, peakMb: 100, runs });

function style(name: string, cold: number, pandocHtml: number): StyleResults {
  return {
    style: name,
    sizes: [
      { n: 100, cold: time(1) },
      { n: 1000, cold: time(cold), pandocHtml: time(pandocHtml), pandocDocx: time(pandocHtml + 0.1) },
    ],
    rebuild: time(cold - 4),
    sameAsPlain: true,
    writers: undefined,
  };
}

const FLOORS: FloorResults = {
  load: time(0.45),
  citeproc: [
    { style: 'apa', entries: 1000, oneThread: time(3.9), twoCores: time(2.9) },
    { style: 'ieee', entries: 1000, oneThread: time(2.8), twoCores: time(2.1) },
  ],
  pdfkit: { style: 'apa', lines: 3951, summary: time(2.05) },
};

function results(floors: FloorResults | undefined): BenchResults {
  return {
    quick: false,
    machine: { cores: 2, cpu: 'test', node: 'v20', pandoc: 'pandoc 2' },
    styles: [style('apa', 12.84, 4.8), style('ieee', 10.36, 3.06)],
    startup: { node: time(0.146, 11), help: time(0.175, 11) },
    ...(floors ? { floors } : {}),
    minutes: 9,
  };
}

test('speedFloors gives each speed target as a time where it is one, then what the required libraries alone need', () => {
  assert.deepEqual(speedFloors(results(FLOORS)), {
    start: '`node -e 0`: 146 ms; `node` loading pubcv and its writers: 0.45 s',
    cold: 'target ≤ 9.60 s wall; citeproc-js alone on both cores: 2.90 s (one thread: 3.90 s); pdfkit alone: 2.05 s',
    edit: "pdfkit alone writing 1,000 entries' plain text: 2.05 s, so about 0.61 s for 300",
  });
});

test('speedFloors says "not run" when the floors were not measured', () => {
  assert.deepEqual(speedFloors(results(undefined)), { start: 'not run', cold: 'not run', edit: 'not run' });
  assert.deepEqual(floorsSection(results(undefined)), []);
});

test('floorsSection puts each floor beside pandoc and pubcv, one column per style', () => {
  const lines = floorsSection(results(FLOORS));
  const row = (start: string): string | undefined => lines.find((line) => line.startsWith(`| ${start}`));
  assert.equal(lines[0], '## Floors');
  assert.equal(row('1,000 entries'), '| 1,000 entries | APA | IEEE | runs |');
  assert.equal(row('citeproc-js alone, one thread'), '| citeproc-js alone, one thread | 3.90 s | 2.80 s | 3 |');
  assert.equal(row('citeproc-js alone, two halves'), '| citeproc-js alone, two halves on two cores at once | 2.90 s | 2.10 s | 3 |');
  assert.equal(row('pdfkit alone'), '| pdfkit alone, 3,951 lines of Times-Roman text | 2.05 s |  | 3 |');
  assert.equal(row('pandoc HTML'), '| pandoc HTML | 4.80 s | 3.06 s | 3 |');
  assert.equal(row('pubcv build'), '| pubcv build, PDF+DOCX+HTML, cold | 12.84 s | 10.36 s | 3 |');
  assert.match(row('`node` loading') ?? '', /\| 0\.45 s \| {2}\| 3 \|$/);
});
