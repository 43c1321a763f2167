/**
 * The V8 flags the executable sets before loading the CLI, for the run its arguments ask for.
 *
 * A build is one short process, and two of V8's defaults suit long-lived ones:
 * - V8 lets the heap grow to several times what survived each collection before collecting
 *   again; a build's live data is small next to that slack (a 5,000-entry build: ~100 MB live,
 *   600 MB resident by default). Growing by a tenth keeps the peak down (5,000 entries: 282 MB,
 *   against 304 MB growing by a quarter) at no cost in time that runs could tell apart.
 * - V8 optimizes a function once it has run through a budget of bytecode; a build of a few
 *   seconds spends much of its CPU optimizing code that never runs long enough to pay it back.
 *   Sixteen times the default budget (67,584) optimizes only the code that runs longest: in
 *   paired runs, 17-28 % less CPU at 10, 100 and 1,000 entries, the same wall time or less, and
 *   byte-identical outputs; at 5,000 entries about the same.
 *
 * `--watch` is the long-lived process those defaults are made for: each rebuild runs the same
 * code again (so optimizing it pays), over caches kept for the next rebuild (so a heap held close
 * to them collects over and over). A 300-entry rebuild after a one-entry edit took a median of
 * 0.28 s with both flags and 0.23 s with V8's defaults (three watches each, alternated, rebuilds
 * 4 to 12), so a watch keeps the defaults.
 */
const ONE_OFF_BUILD_FLAGS = ['--heap-growing-percent=10', '--interrupt-budget=1081344'] as const;

/**
 * True when the arguments turn `--watch` on, as yargs reads them (the last one given wins; short
 * flags may be grouped, as in `-qw`); nothing after `--` is an option.
 */
export function watchRequested(args: readonly string[]): boolean {
  let watch = false;
  for (const arg of args) {
    if (arg === '--') break;
    if (arg === '--watch' || arg === '--watch=true' || /^-[a-zA-Z]*w[a-zA-Z]*$/.test(arg)) watch = true;
    else if (arg === '--no-watch' || arg === '--watch=false') watch = false;
  }
  return watch;
}

/** The V8 flags to set for a run with these arguments: a one-off run's, none for a watch. */
export function v8FlagsFor(args: readonly string[]): readonly string[] {
  return watchRequested(args) ? [] : ONE_OFF_BUILD_FLAGS;
}
