import type { BuildReport } from './build-files.js';
import { checkInputs } from './pipeline.js';
import { exampleInputPath, readSources } from './build-files.js';

export interface CheckOptions {
  readonly inputs?: readonly string[];
  readonly stdin?: string;
  readonly names?: readonly string[];
}

/** Reads and validates the inputs without formatting or writing anything. */
export async function check(options: CheckOptions = {}): Promise<BuildReport> {
  const paths = options.inputs && options.inputs.length > 0 ? options.inputs : [exampleInputPath()];
  const result = checkInputs(await readSources(paths, options.stdin), options.names);
  return { entries: result.entries, diagnostics: result.diagnostics, outputs: [] };
}
