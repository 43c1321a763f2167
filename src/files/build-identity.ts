import { readFileSync } from 'node:fs';

/**
 * What identifies the pubcv code that is running, beyond its version number: `npm run build`
 * writes a hash of the bundle it made (scripts/bundle.ts) beside the compiled modules. A build
 * whose inputs, settings and code are all unchanged may keep the outputs it wrote last time
 * (api/unchanged-build.ts); run from the TypeScript sources there is no such file, so an edited
 * source can never be mistaken for the code that wrote those outputs.
 */
let identity: string | null | undefined;

/** The running build's identity, or undefined when it has none (run from source). */
export function buildIdentity(): string | undefined {
  if (identity === undefined) {
    try {
      identity = readFileSync(new URL('./build-id.txt', import.meta.url), 'utf8').trim() || null;
    } catch {
      identity = null;
    }
  }
  return identity ?? undefined;
}
