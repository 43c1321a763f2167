/** Diagnostics are data: the library returns them, only the CLI prints them. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly severity: Severity;
  /** Stable kebab-case code, e.g. `bibtex-syntax`, `owner-not-found`. */
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Entry key or id the diagnostic is about. */
  readonly entry?: string;
}

/** A stage's result: its value plus what it had to say. */
export interface Result<T> {
  readonly value: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** A problem the user can fix (bad input, bad flag); printed without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly diagnostic: Diagnostic,
    /** Exit code the CLI should use: 1 input/config, 2 usage. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Builds a UserError from a diagnostic. */
export function userError(diagnostic: Omit<Diagnostic, 'severity'>, exitCode: 1 | 2 = 1): UserError {
  return new UserError(diagnostic.message, { severity: 'error', ...diagnostic }, exitCode);
}

/**
 * A state pubcv's own code should never reach (a bug, not a problem with the input): the CLI
 * exits 3 and asks for a report. Input and settings problems are diagnostics or a UserError.
 */
export class InternalError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'InternalError';
  }
}

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new InternalError(`Unhandled case: ${JSON.stringify(value)}`);
}
