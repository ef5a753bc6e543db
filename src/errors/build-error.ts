/**
 * The one error type a user ever sees. Every failure the engine reports carries a
 * stable id (documented, snapshot-tested), a one-line title and a body that says what
 * happened, why the build stops and how to fix it.
 */
export type ErrorCategory = 'user' | 'network' | 'internal';

export class BuildError extends Error {
  constructor(
    readonly id: string,
    readonly title: string,
    readonly body: string,
    readonly category: ErrorCategory = 'user',
  ) {
    super(`${id}: ${title}`);
    this.name = 'BuildError';
  }
}

/** A policy finding (EOL version, wide range, …). The caller decides warn or fail. */
export interface Problem {
  readonly id: string;
  readonly message: string;
}

export function isBuildError(e: unknown): e is BuildError {
  return e instanceof BuildError;
}

/**
 * Anything that escapes as a non-BuildError is a bug in the engine: report it as an
 * internal error with the message, never a stack trace (the stack goes to the debug
 * output only when BUILDPACK_DEBUG is set by the caller).
 */
export function toBuildError(e: unknown): BuildError {
  if (isBuildError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new BuildError(
    'internal/unexpected',
    'The build engine hit an unexpected error',
    `${message}\n\nThis is a bug in the build engine, not in your app. Retry the build; if it ` +
      'fails again, report it with this build log.',
    'internal',
  );
}
