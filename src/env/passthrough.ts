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
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of [...PLATFORM_PASSTHROUGH, ...extra]) {
    const v = platformEnv[name];
    if (v !== undefined) env[name] = v;
  }
  return env;
}
