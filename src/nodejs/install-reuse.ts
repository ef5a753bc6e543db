/**
 * Warm rebuilds that skip the dependency install: when nothing that affects the
 * install changed since the previous build, its result (node_modules) is restored
 * instead of running the package manager. Deciding is pure: a comparison of two
 * fingerprints, each a set of named inputs.
 */
import { createHash } from 'node:crypto';
import type { ConfigVars } from '../env/config-vars.js';
import { isInstallRelevantVar } from './managers.js';

export type Fingerprint = Readonly<Record<string, string>>;

export const hashText = (text: string | undefined): string =>
  text === undefined ? 'absent' : `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;

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

export type ReuseDecision = { readonly reuse: true } | { readonly reuse: false; readonly reason: string };

export function decideInstallReuse(previous: Fingerprint | undefined, current: Fingerprint): ReuseDecision {
  if (!previous) return { reuse: false, reason: 'no install from a previous build to reuse' };
  const names = new Set([...Object.keys(previous), ...Object.keys(current)]);
  const changes: string[] = [];
  for (const name of [...names].sort()) {
    const before = previous[name];
    const now = current[name];
    if (before === now) continue;
    if (before === undefined) changes.push(`${name} is new`);
    else if (now === undefined) changes.push(`${name} was removed`);
    else if (before.startsWith('sha256:') || now.startsWith('sha256:') || before === 'absent' || now === 'absent') changes.push(`${name} changed`);
    else changes.push(`${name} changed (${before} → ${now})`);
  }
  if (changes.length > 0) return { reuse: false, reason: changes.join(', ') };
  return { reuse: true };
}
