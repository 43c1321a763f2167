/**
 * The floors: what the libraries pubcv must use need on their own for 1,000 entries, each timed
 * like a pubcv build (a fresh `node` process, wall clock from start to exit, so start-up and
 * module loading count). A target below its floor cannot be met by changing pubcv's own code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { writeCitationJob, writePdfLines } from './floor-jobs.js';
import { summarize, timeCommand, timeCommandsTogether, type Sample, type Summary } from './measure.js';

/** citeproc-js alone on one style's entries. */
export interface CiteprocFloor {
  readonly style: string;
  readonly entries: number;
  /** Every entry, one by one, in one process. */
  readonly oneThread: Summary;
  /** The first and second half in two processes started together, until both have finished. */
  readonly twoCores: Summary;
}

export interface FloorResults {
  /** `node` loading pubcv's library and its PDF, DOCX and HTML writers, doing nothing. */
  readonly load: Summary;
  readonly citeproc: readonly CiteprocFloor[];
  /** pdfkit writing the entries' text of one style's build. */
  readonly pdfkit: { readonly style: string; readonly lines: number; readonly summary: Summary };
}

/** What the floors are run on. */
export interface FloorSetup {
  /** The repository, with a built dist/. */
  readonly root: string;
  /** A folder to write the children and their inputs in. */
  readonly work: string;
  readonly bib: string;
  readonly owner: string;
  readonly styles: readonly string[];
  /** A pubcv HTML build of `bib`, whose entries' text pdfkit writes. */
  readonly html: { readonly style: string; readonly file: string };
  readonly reps: number;
  readonly env: NodeJS.ProcessEnv;
}

const CHILDREN = ['floor-citeproc', 'floor-pdfkit', 'floor-load'] as const;

/**
 * A bench child (bench/NAME.ts) as plain JavaScript beside the work files: run through a
 * TypeScript loader, it would time the loader too. It finds pubcv's packages from the root it is given.
 */
export function writeChild(work: string, name: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, ts.transpileModule(readFileSync(join(here, `${name}.ts`), 'utf8'), { compilerOptions }).outputText);
  return file;
}

function writeChildren(work: string): Record<(typeof CHILDREN)[number], string> {
  return Object.fromEntries(CHILDREN.map((name) => [name, writeChild(work, name)])) as Record<(typeof CHILDREN)[number], string>;
}

/** Runs every floor `setup.reps` times, alternating them, and returns their medians. */
export async function benchFloors(setup: FloorSetup): Promise<FloorResults> {
  const { root, work, env } = setup;
  const children = writeChildren(work);
  const jobs = await Promise.all(
    setup.styles.map(async (style) => {
      const file = join(work, `floor-${style}.json`);
      return { style, file, entries: await writeCitationJob(root, setup.bib, style, setup.owner, file) };
    }),
  );
  const linesFile = join(work, 'floor-lines.json');
  const lines = writePdfLines(readFileSync(setup.html.file, 'utf8'), linesFile);
  const run = (script: string, args: readonly string[]): Sample => timeCommand('node', [script, root, ...args], { cwd: work, env });
  const samples = { load: [] as Sample[], pdfkit: [] as Sample[], one: jobs.map((): Sample[] => []), two: jobs.map((): Sample[] => []) };
  for (let rep = 0; rep < setup.reps; rep += 1) {
    samples.load.push(run(children['floor-load'], []));
    for (const [index, job] of jobs.entries()) {
      samples.one[index]?.push(run(children['floor-citeproc'], [job.file, '0', String(job.entries)]));
      const half = String(Math.ceil(job.entries / 2));
      const halves = [
        [job.file, '0', half],
        [job.file, half, String(job.entries)],
      ].map((args) => ({ command: 'node', args: [children['floor-citeproc'], root, ...args] }));
      samples.two[index]?.push(await timeCommandsTogether(halves, { cwd: work, env }));
    }
    samples.pdfkit.push(run(children['floor-pdfkit'], [linesFile]));
  }
  return {
    load: summarize(samples.load),
    citeproc: jobs.map((job, index) => ({
      style: job.style,
      entries: job.entries,
      oneThread: summarize(samples.one[index] ?? []),
      twoCores: summarize(samples.two[index] ?? []),
    })),
    pdfkit: { style: setup.html.style, lines, summary: summarize(samples.pdfkit) },
  };
}
