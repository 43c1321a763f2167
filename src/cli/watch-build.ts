import { isAbsolute, relative } from 'node:path';
import type { BuildOptions } from '../build-files.js';
import { reportFailure } from './report-failure.js';
import { runBuild, type BuildFlags } from './run-build.js';
import type { Io } from './terminal.js';

/** Editors save in bursts (write, rename, chmod): one rebuild per burst. */
const DEBOUNCE_MS = 150;

function shown(path: string): string {
  return isAbsolute(path) ? relative(process.cwd(), path) || path : path;
}

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

/** Resolves on the first SIGINT or SIGTERM: the only way a watch ends. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Builds, then rebuilds whenever one of `paths` (inputs, config, templates, style) changes, until
 * interrupted. `resolveOptions` runs before every build, so an edited config file takes effect.
 * A bad edit prints its diagnostics and the watch goes on; so does an internal error.
 */
export async function watchBuild(io: Io, resolveOptions: () => Promise<BuildOptions>, flags: BuildFlags, paths: readonly string[]): Promise<number> {
  const stopped = untilStopped();
  const say = (line: string) => {
    if (!flags.quiet) io.stderr(`${line}\n`);
  };
  const { watch } = await import('chokidar');
  const buildSafely = async () => {
    try {
      await runBuild(io, await resolveOptions(), flags);
    } catch (error) {
      reportFailure(io, error);
    }
  };
  await buildSafely();

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    if (running || pending.size === 0) return;
    const changed = [...pending].map(shown);
    pending.clear();
    say(`[${clock()}] pubcv: ${changed.join(', ')} changed, rebuilding`);
    running = buildSafely();
    await running;
    running = undefined;
    await flush();
  };
  const watcher = watch([...paths], { ignoreInitial: true, atomic: true });
  watcher.on('all', (_event, path) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), DEBOUNCE_MS);
  });
  watcher.on('error', (error) => io.stderr(`pubcv: watching failed: ${String(error)}\n`));
  watcher.once('ready', () => say(`pubcv: watching ${paths.map(shown).join(', ')} (Ctrl+C stops)`));

  await stopped;
  clearTimeout(timer);
  await running;
  await watcher.close();
  say('pubcv: stopped watching');
  return 0;
}
