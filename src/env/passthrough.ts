/**
 * What a build subprocess inherits from the platform's environment: a short allowlist
 * (home, locale, proxies, certificates), never the engine's own environment. Pure.
 */
export const PLATFORM_PASSTHROUGH: readonly string[] = [
  'HOME', 'USER', 'LOGNAME', 'SHELL', 'TERM', 'TMPDIR', 'TZ', 'LC_ALL',
  'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy',
  'SSL_CERT_FILE', 'SSL_CERT_DIR', 'STACK',
];

export function passthroughEnv(
  platformEnv: Readonly<Record<string, string | undefined>>,
  extra: readonly string[] = [],
  /** Whole families, matched case-insensitively (`npm_config_` also takes `NPM_CONFIG_*`). */
  prefixes: readonly string[] = [],
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of [...PLATFORM_PASSTHROUGH, ...extra]) {
    const v = platformEnv[name];
    if (v !== undefined) env[name] = v;
  }
  const lower = prefixes.map((p) => p.toLowerCase());
  for (const [name, v] of Object.entries(platformEnv)) {
    if (v !== undefined && lower.some((p) => name.toLowerCase().startsWith(p))) env[name] = v;
  }
  return env;
}
