/**
 * yargs (18.2, lib/command.js) renders the whole help text every time a command named on the
 * command line starts, and keeps it in case it prints help later in the run: about 40 ms of a
 * 10-entry build's 1.9 s of CPU. pubcv never has yargs print help once a command has started
 * (a failure goes to `.fail()`, which reports it without help), so the rendering is skipped.
 * `pubcv --help` and `pubcv build --help` render it fresh, as without a kept copy. A yargs
 * without these internals is left as it is (test/cli/skip-help-caching.test.ts fails then).
 */
export function skipHelpCaching(parser: unknown): void {
  const internals = parser as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: unknown } } };
  const usage = internals.getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}
