/**
 * The npm registry's base URL. Apart from the registry client (npm-registry.ts) so that
 * the plan, which decides it, does not load the download code.
 */
export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

/** Normalised to end in `/`, so package paths can simply be appended. */
export function registryBaseUrl(configured: string | undefined): string {
  const base = configured?.trim() || DEFAULT_REGISTRY;
  return base.endsWith('/') ? base : `${base}/`;
}
