import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { BuildOptions } from '../api/build-files.js';
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

/**
 * What to hand chokidar for `paths`. A file watched by its own path is lost for good once it is
 * deleted and recreated (an editor's save, `git checkout`) while other missing paths of the same
 * folder are watched (chokidar 4: measured), so files, present or not, are found through their
 * folder (depth 0) and only folders given as such are watched whole.
 */
function watchTargets(paths: readonly string[]): { folders: string[]; files: Set<string>; trees: string[] } {
  const files = new Set<string>();
  const trees: string[] = [];
  for (const path of paths) {
    const full = resolve(path);
    let folder = false;
    try {
      folder = statSync(full).isDirectory();
    } catch {
      // Not there yet (a config file the user may create): watched through its folder.
    }
    if (folder) trees.push(full);
    else files.add(full);
  }
  return { folders: [...new Set([...files].map((f) => dirname(f)))], files, trees };
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
 * A bad edit prints its diagnostics and the watch goes on; so does an internal error. An input in
 * `inputs` that is deleted is reported missing and watched until it is back, then rebuilt.
 */
export async function watchBuild(
  io: Io,
  resolveOptions: () => Promise<BuildOptions>,
  flags: BuildFlags,
  paths: readonly string[],
  inputs: readonly string[] = [],
): Promise<number> {
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
  const targets = watchTargets(paths);
  const required = new Set(inputs.map((p) => resolve(p)));
  const missing = new Set<string>();
  const queue = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), DEBOUNCE_MS);
  };
  const onEvent = (event: string, path: string) => {
    const full = resolve(path);
    if (event === 'unlink' && required.has(full)) {
      // The last outputs stay; a build now would only say the file is missing.
      missing.add(full);
      say(`[${clock()}] pubcv: ${shown(path)} is missing; still watching it, rebuilding when it is back`);
      return;
    }
    if (missing.delete(full)) say(`[${clock()}] pubcv: ${shown(path)} is back`);
    if (missing.size === 0) queue(path);
  };
  const watchers = [
    watch(targets.folders, { ignoreInitial: true, atomic: true, depth: 0 }).on('all', (event, path) => {
      if (targets.files.has(resolve(path))) onEvent(event, path);
    }),
    ...(targets.trees.length > 0 ? [watch(targets.trees, { ignoreInitial: true, atomic: true }).on('all', onEvent)] : []),
  ];
  for (const watcher of watchers) watcher.on('error', (error) => io.stderr(`pubcv: watching failed: ${String(error)}\n`));
  await Promise.all(watchers.map((watcher) => new Promise<void>((ready) => watcher.once('ready', () => ready()))));
  say(`pubcv: watching ${paths.map(shown).join(', ')} (Ctrl+C stops)`);

  await stopped;
  clearTimeout(timer);
  await running;
  await Promise.all(watchers.map((watcher) => watcher.close()));
  say('pubcv: stopped watching');
  return 0;
}
