/**
 * Tests whose condition a machine may lack (a second filesystem, a read-only sysfs, root).
 * On a developer's machine they are skipped, visibly; in CI (CI set, as CI services do)
 * they run and fail naming what is missing, so a CI machine that lost the condition
 * cannot pass them silently.
 *
 *   it.skipIf(skipHere(usable))('…', () => { needs(usable, 'a second filesystem at /dev/shm'); … })
 */
import { expect } from 'vitest';

export const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

/** For skipIf: skip only outside CI. */
export function skipHere(available: boolean): boolean {
  return !available && !IN_CI;
}

/** First line of such a test: in CI without the condition, the test fails saying so. */
export function needs(available: boolean, what: string): void {
  if (!available) expect.fail(`this test needs ${what}, which this machine lacks (CI must provide it)`);
}
