import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { tempDir } from '../helpers/temp-dir.js';
import { CORPUS, listIfPresent, skipWithout } from '../helpers/corpus.js';

// Every real bibliography of the shared corpus through the CLI's main() in this process: each
// entry is rendered, skipped with a diagnostic naming it, or merged into a duplicate.

const IRIDIA = ['abbrev', 'authors', 'journals', 'articles', 'biblio', 'crossref'].map((part) => join(CORPUS, 'large', `iridia-${part}.bib`));
// Built to HTML too, so citeproc sees them: a missing comma and @string macros; 341 authors.
// (Every file builds; two keep the test quick.)
const BUILT = new Set(['weyand-alfolio-papers.bib', 'lopezcoba-ads-publications.bib']);
const LARGE = 200;

interface Report {
  readonly entries: { read: number; rendered: number; skipped: number; merged: number };
  readonly diagnostics: Array<{ severity: string; code: string; entry?: string; file?: string; line?: number }>;
}

interface Run {
  readonly status: number | null;
  readonly report: Report;
  readonly stderr: string;
}

async function runCli(args: readonly string[]): Promise<Run> {
  const { status, stdout, stderr } = await runCliInProcess(args);
  try {
    return { status, report: JSON.parse(stdout) as Report, stderr };
  } catch {
    throw new Error(`no JSON report (exit ${status}):\n${stderr.slice(0, 2000)}`);
  }
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'large' ? [] : corpusFiles(path);
      return /\.(bib|ris|json)$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

/** The accounting every build and check must keep, and what each skipped or merged entry must carry. */
function assertAccounting(run: Run, label: string): void {
  const { entries, diagnostics } = run.report;
  assert.ok(run.status === 0 || run.status === 1, `${label}: exit ${run.status}`);
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at .+:\d+:\d+\)/, `${label}: a stack trace`);
  assert.equal(entries.read, entries.rendered + entries.skipped + entries.merged, `${label}: ${JSON.stringify(entries)}`);
  assert.ok(entries.read > 0, `${label}: nothing read`);
  const allowed = entries.read > LARGE ? Math.floor(entries.read * 0.02) : 1;
  assert.ok(entries.skipped <= allowed, `${label}: ${entries.skipped} of ${entries.read} skipped`);
  const merges = diagnostics.filter((d) => d.code === 'duplicate-merged');
  assert.equal(merges.length, entries.merged, `${label}: a merged entry without its diagnostic`);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  assert.ok(errors.length >= entries.skipped, `${label}: a skipped entry without its error`);
  assert.ok(
    errors.every((d) => d.file !== undefined && d.line !== undefined),
    `${label}: an error without its place`,
  );
}

const out = tempDir('corpus');

describe('the real-world corpus through the CLI', { skip: skipWithout(CORPUS), concurrency: 2 }, () => {
  const files = listIfPresent(CORPUS, () => corpusFiles(CORPUS));
  const counts: string[] = [];
  after(() => console.log(`corpus accounting (read = rendered + skipped + merged):\n${counts.sort().join('\n')}`));

  for (const path of files) {
    const name = relative(CORPUS, path);
    it(`checks ${name}`, async () => {
      const run = await runCli(['check', path, '--json', '--quiet']);
      assertAccounting(run, name);
      const { read, rendered, skipped, merged } = run.report.entries;
      counts.push(`  ${name}: ${read} = ${rendered} + ${skipped} + ${merged}`);
      if (!BUILT.has(name)) return;
      const built = await runCli(['build', path, '--format', 'html', '--out', join(out, name), '--no-cache', '--json', '--quiet']);
      assertAccounting(built, `${name} (build)`);
      assert.equal(built.report.entries.rendered, rendered, `${name}: build rendered what check found readable`);
    });
  }

  it('checks the six IRIDIA files as separate inputs, macros and crossref shared in order', async () => {
    const run = await runCli(['check', ...IRIDIA, '--json', '--quiet']);
    assertAccounting(run, 'IRIDIA');
    const { read, rendered, skipped, merged } = run.report.entries;
    counts.push(`  IRIDIA (6 files): ${read} = ${rendered} + ${skipped} + ${merged}`);
    assert.equal(read, 3305);
    const codes = new Set(run.report.diagnostics.map((d) => d.code));
    assert.ok(!codes.has('bibtex-undefined-macro') && !codes.has('bibtex-crossref-missing'), [...codes].join(', '));
  });
});
