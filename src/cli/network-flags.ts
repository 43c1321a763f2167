import type { EnrichConfig } from '../config/config-schema.js';
import type { NetworkSettings } from '../enrich/open-sources.js';
import { parseSourceList } from '../enrich/source-list.js';
import type { SourceName } from '../enrich/work-source.js';
import { packageVersion } from './package-version.js';
import { UsageError } from './report-failure.js';

/** The flags `enrich` and `import` share for reaching the APIs. */
export interface NetworkFlags {
  readonly contact?: string | undefined;
  /** Seconds per request. */
  readonly timeout?: number | undefined;
}

/** `--source crossref,dblp` as source names, in the order given; an unknown name is a usage error. */
export function parseSources(list: string): SourceName[] {
  const parsed = parseSourceList(list);
  const error = parsed.diagnostics[0];
  if (error) throw new UsageError(error.message);
  return parsed.value;
}

/** How to reach the APIs: flags over the config's `enrich:` (the environment's PUBCV_*_URL win over both for base URLs). */
export async function networkSettings(flags: NetworkFlags, enrich: EnrichConfig | undefined, env: NodeJS.ProcessEnv): Promise<NetworkSettings> {
  if (flags.timeout !== undefined && !(flags.timeout > 0 && flags.timeout <= 300)) throw new UsageError('--timeout must be a number of seconds from 0 to 300');
  const contact = flags.contact ?? enrich?.contact;
  const timeout = flags.timeout ?? enrich?.timeout;
  return {
    version: await packageVersion(),
    env,
    ...(contact ? { contact } : {}),
    ...(enrich?.endpoints ? { endpoints: enrich.endpoints } : {}),
    ...(timeout !== undefined ? { timeoutMs: Math.round(timeout * 1000) } : {}),
  };
}
