/**
 * COMPOSER_AUTH and COMPOSER_GITHUB_TOKEN config vars (php.md §3) → the one
 * COMPOSER_AUTH value Composer reads. Validated here so a typo fails the build with a
 * clear error instead of an anonymous 401 deep in the install. Values never reach the
 * log: errors describe the shape, not the content.
 */
import type { ConfigVars } from '../env/config-vars.js';
import { phpErrors } from './errors.js';

export function composerAuthEnv(vars: ConfigVars): { COMPOSER_AUTH?: string } {
  const raw = vars.COMPOSER_AUTH;
  const token = vars.COMPOSER_GITHUB_TOKEN?.trim();
  if ((raw === undefined || raw.trim() === '') && !token) return {};
  let auth: Record<string, unknown> = {};
  if (raw !== undefined && raw.trim() !== '') {
    let doc: unknown;
    try {
      doc = JSON.parse(raw);
    } catch {
      throw phpErrors.composerAuthInvalid('is not valid JSON');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      throw phpErrors.composerAuthInvalid(`is ${Array.isArray(doc) ? 'a JSON array' : `a JSON ${doc === null ? 'null' : typeof doc}`}, not an object`);
    }
    for (const [key, value] of Object.entries(doc)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw phpErrors.composerAuthInvalid(`has "${key}" set to something other than an object of hosts`);
      }
    }
    auth = doc as Record<string, unknown>;
  }
  if (token) {
    const github = (auth['github-oauth'] ?? {}) as Record<string, unknown>;
    // An explicit COMPOSER_AUTH entry for github.com wins over the shorthand.
    auth = { ...auth, 'github-oauth': { 'github.com': token, ...github } };
  }
  return { COMPOSER_AUTH: JSON.stringify(auth) };
}
