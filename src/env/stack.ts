import policyDoc from '../../data/node-policy.json' with { type: 'json' };
import { engineErrors } from '../errors/catalog.js';
import type { Problem } from '../errors/build-error.js';
import { defaultSource, type Sourced } from './sourced.js';

/**
 * `test` marks a stack that is no platform's: the machine the PHP store was built on
 * (scripts/build-store.mjs labels its artifacts with it), so a build on that machine
 * resolves against artifacts honestly labelled for it.
 */
const stacks: Record<string, { deprecated?: string; test?: string }> = policyDoc.stacks;

export const KNOWN_STACKS = Object.keys(stacks);

/** STACK selects the version tables; it comes from the platform, not from config vars. */
export function determineStack(stackEnv: string | undefined): { stack: Sourced<string>; problems: Problem[] } {
  if (stackEnv === undefined || stackEnv === '') {
    return { stack: { value: policyDoc.defaultStack, source: defaultSource('default stack') }, problems: [] };
  }
  const entry = stacks[stackEnv];
  if (!entry) throw engineErrors.unsupportedStack(stackEnv, KNOWN_STACKS);
  const problems = entry.deprecated ? [{ id: 'engine/deprecated-stack', message: entry.deprecated }] : [];
  return { stack: { value: stackEnv, source: { kind: 'platform-env', name: 'STACK' } }, problems };
}
