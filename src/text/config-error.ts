import { UserError, type Diagnostic } from '../model/errors.js';

/** A config file that cannot be used: every problem found in it, and its text to quote them from. */
export class ConfigError extends UserError {
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    readonly source: { readonly path: string; readonly text: string },
  ) {
    const first = diagnostics[0] ?? { severity: 'error' as const, code: 'config-invalid', message: `${source.path} is not a valid config`, file: source.path };
    super(first.message, first, 1);
    this.name = 'ConfigError';
  }
}
