/**
 * The BuildError a call throws. Anything else it throws is rethrown (a TypeError is a
 * bug, not the user-facing error under test), and throwing nothing fails the test.
 */
import { BuildError } from '../../src/errors/build-error.js';

export function thrown(fn: () => unknown): BuildError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BuildError) return e;
    throw e;
  }
  throw new Error('expected a BuildError');
}

/** The BuildError a promise rejects with (same rules as `thrown`). */
export async function rejection(p: Promise<unknown>): Promise<BuildError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BuildError) return e;
    throw e;
  }
  throw new Error('expected a BuildError');
}
