/**
 * Fingerprints of what shaped a cached result (an install, a vendor/): named inputs,
 * file contents by hash. Deciding reuse is pure: a comparison of two fingerprints.
 * Shared by the Node.js install and PHP's vendor/ reuse, so it lives apart from either
 * (PHP builds then load none of the Node.js code).
 */
import { createHash } from 'node:crypto';

export type Fingerprint = Readonly<Record<string, string>>;

export const hashText = (text: string | undefined): string =>
  text === undefined ? 'absent' : `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;

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
