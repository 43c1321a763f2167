/**
 * The URL to start a worker thread on for the module `file` beside `moduleUrl` (pass the
 * caller's `import.meta.url` and the compiled name, `./format-worker.js`). Compiled, that is the
 * module itself; run from TypeScript sources (the tests, under tsx) a worker does not inherit
 * tsx's loader, so a one-line module registers tsx first and then imports the worker.
 */
export function workerModuleUrl(file: string, moduleUrl: string): URL {
  if (!moduleUrl.endsWith('.ts')) return new URL(file, moduleUrl);
  const source = new URL(file.replace(/\.js$/, '.ts'), moduleUrl).href;
  const code = `const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
