/**
 * Warm rebuilds that skip the dependency install: when nothing that affects the
 * install changed since the previous build, its result (node_modules) is restored
 * instead of running the package manager. Deciding is pure: a comparison of two
 * fingerprints (src/cache/fingerprint.ts), each a set of named inputs.
 */
import type { ConfigVars } from '../env/config-vars.js';
import { hashText } from '../cache/fingerprint.js';
import { isInstallRelevantVar } from './managers.js';

export { decideInstallReuse, hashText, type Fingerprint, type ReuseDecision } from '../cache/fingerprint.js';

/** Config vars that change what an install produces (NODE_ENV, and each manager row's vars). */
export function installRelevantVars(vars: ConfigVars): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) {
    if (isInstallRelevantVar(k)) {
      // Secrets are fingerprinted by hash only, like files.
      out[`config var ${k}`] = hashText(v);
    }
  }
  return out;
}
