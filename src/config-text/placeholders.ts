/**
 * Generated PHP/nginx configs are written at build time as templates, because some
 * values are only known at boot: the app's absolute path (the build dir is not where the
 * app runs), PORT, WEB_CONCURRENCY, PHP_FPM_MAX_REQUESTS. The boot script substitutes
 * these tokens with sed; `fillPlaceholders` does the same in TypeScript (build-time
 * validation with `nginx -t` / `php-fpm -t`, tests). Tokens are plain `@NAME@` words so
 * sed needs no escaping of the pattern, and they never appear in user-supplied values
 * (the validators of extra.paas values reject '@' sequences that look like them).
 */
export const PLACEHOLDERS = Object.freeze({
  /** Absolute path of the app at run time (the slug root). */
  appDir: '@APP_DIR@',
  /** Absolute path of the runtime scratch dir: rendered configs, FPM socket, pid files, nginx temp dirs. */
  runDir: '@RUN_DIR@',
  port: '@PORT@',
  webConcurrency: '@WEB_CONCURRENCY@',
  phpFpmMaxRequests: '@PHP_FPM_MAX_REQUESTS@',
  /**
   * pm.max_spare_servers: 2, or 1 when WEB_CONCURRENCY is 1 (FPM refuses spare
   * servers above max_children, and a user-set WEB_CONCURRENCY=1 must still boot).
   */
  pmMaxSpareServers: '@PM_MAX_SPARE_SERVERS@',
});

/**
 * Lines that only make sense when the processes start as root (local runs, CI in a
 * container): nginx `user root;`, the FPM pool's `user`/`group`. They are written
 * commented out behind this marker (`#@ROOT_ONLY@…` in nginx, `;@ROOT_ONLY@…` in FPM
 * ini syntax); the boot script strips the marker when `id -u` is 0.
 */
export const ROOT_ONLY_MARKER = '@ROOT_ONLY@';

export interface PlaceholderValues {
  readonly appDir: string;
  readonly runDir: string;
  readonly port: string;
  readonly webConcurrency: string;
  readonly phpFpmMaxRequests: string;
  readonly pmMaxSpareServers: string;
}

export function fillPlaceholders(template: string, values: PlaceholderValues, opts: { root: boolean }): string {
  let text = template;
  for (const [key, token] of Object.entries(PLACEHOLDERS) as Array<[keyof PlaceholderValues, string]>) {
    text = text.split(token).join(values[key]);
  }
  if (opts.root) text = text.replace(new RegExp(`^([;#])${ROOT_ONLY_MARKER}`, 'gm'), '');
  return text;
}

/** True when a user value contains something the boot-time substitution would rewrite. */
export function containsPlaceholderToken(value: string): boolean {
  return Object.values(PLACEHOLDERS).some((t) => value.includes(t)) || value.includes(ROOT_ONLY_MARKER);
}
