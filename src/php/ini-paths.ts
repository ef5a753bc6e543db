/**
 * php.ini directives whose value PHP opens on its own — runs, loads, reads or writes as a
 * file or directory, in every PHP process, without the app's code asking for it. The
 * engine's own PHP processes (`composer install`, Symfony's warmup) run with the app's
 * php-config and php-includes on the build machine, as root: `auto_prepend_file=/etc/passwd`
 * printed that file into the build log, `error_log=/etc/cron.d/x` would write to it. So a
 * path in such a directive must lead inside the app (php.md §5: "paths stay inside the app").
 *
 * How values are read: relative to the app (`config/prepend.php`; written into php.ini as
 * the app's absolute path, filled in at build and at boot, so it works from any directory
 * PHP runs in); `/app/…` and `${HOME}/…` mean the app too (where the platform runs it, and
 * the usual way to write it upstream). Anything else absolute, `..` out of the app, or
 * another `${VAR}` (unknowable at build) is refused. Bare extension names (`redis.so`) stay
 * as they are, and so do the few values that are not paths (`error_log=syslog`, a session
 * save_path that is a server address).
 *
 * Pure: `checkIniPath` decides on the text; symbolic links are checked by the caller with
 * the app's file system (plan.ts), since only it can resolve them.
 */
import { PLACEHOLDERS } from '../config-text/placeholders.js';
import { phpErrors } from './errors.js';
import { normalizeAppPath } from './paas.js';

type Access = 'runs' | 'loads' | 'reads' | 'writes';

interface PathDirective {
  readonly access: Access;
  /** Values that are not paths and are kept as written. */
  readonly special?: readonly string[];
  /** A value without "/" names a file of the extension directory, not a path. */
  readonly bareNameOk?: boolean;
  /** Only a value starting with "/" (or ${…}) is a path (session handlers take host:port). */
  readonly onlyAbsoluteIsPath?: boolean;
}

const STD_STREAMS = ['/dev/stderr', '/dev/stdout'];

export const INI_PATH_DIRECTIVES: Readonly<Record<string, PathDirective>> = Object.freeze({
  auto_prepend_file: { access: 'runs' },
  auto_append_file: { access: 'runs' },
  'opcache.preload': { access: 'runs' },
  'ffi.preload': { access: 'loads' },
  extension: { access: 'loads', bareNameOk: true },
  zend_extension: { access: 'loads', bareNameOk: true },
  extension_dir: { access: 'loads' },
  browscap: { access: 'reads' },
  'opcache.blacklist_filename': { access: 'reads' },
  'openssl.cafile': { access: 'reads' },
  'openssl.capath': { access: 'reads' },
  'curl.cainfo': { access: 'reads' },
  'apc.preload_path': { access: 'reads' },
  error_log: { access: 'writes', special: ['syslog', ...STD_STREAMS] },
  'mail.log': { access: 'writes', special: ['syslog', ...STD_STREAMS] },
  'opcache.error_log': { access: 'writes', special: STD_STREAMS },
  'opcache.file_cache': { access: 'writes' },
  'opcache.lockfile_path': { access: 'writes' },
  'session.save_path': { access: 'writes', onlyAbsoluteIsPath: true },
  upload_tmp_dir: { access: 'writes' },
  sys_temp_dir: { access: 'writes' },
  'soap.wsdl_cache_dir': { access: 'writes' },
  'xdebug.log': { access: 'writes', special: STD_STREAMS },
  'xdebug.output_dir': { access: 'writes' },
});

/** The php.ini directive a key sets: itself, or X of PHP-FPM's php_value[X] / php_admin_value[X]. */
export function iniDirectiveOf(key: string): string {
  return /^php(?:_admin)?_(?:value|flag)\[(.+)\]$/.exec(key)?.[1] ?? key;
}

export type IniPathCheck =
  /** Not a path directive, empty, or a value kept as written. */
  | { readonly kind: 'keep' }
  /** A path inside the app: `rel` is relative to the app root ('' for the root itself). */
  | { readonly kind: 'app'; readonly rel: string; readonly prefix: string };

/**
 * `value` is what PHP reads (quotes removed). `where` names the entry for errors
 * (`extra.paas.php-config[2]`, `config/php.ini:4`).
 */
export function checkIniPath(key: string, value: string, where: string): IniPathCheck {
  const directive = iniDirectiveOf(key);
  const spec = INI_PATH_DIRECTIVES[directive];
  if (!spec) return { kind: 'keep' };
  const v = value.trim();
  if (v === '' || spec.special?.includes(v)) return { kind: 'keep' };
  const refuse = (reason: string) => phpErrors.iniPathOutsideApp(where, directive, v, spec.access, reason);
  // session.save_path: "N;/path" and "N;MODE;/path" keep the directory last.
  const prefixEnd = directive === 'session.save_path' ? v.lastIndexOf(';') + 1 : 0;
  const prefix = v.slice(0, prefixEnd);
  const p = v.slice(prefixEnd);
  if (spec.onlyAbsoluteIsPath && !p.startsWith('/') && !p.startsWith('${')) return { kind: 'keep' };
  if (spec.bareNameOk && !p.includes('/') && !p.includes('${')) return { kind: 'keep' };
  let rel: string;
  const appPrefix = /^(?:\/app|\$\{HOME\})(?:\/|$)/.exec(p);
  if (appPrefix) rel = p.slice(appPrefix[0].length);
  else if (p.includes('${')) throw refuse('uses an environment variable other than ${HOME}, so where it leads cannot be known at build time');
  else if (p.startsWith('/')) throw refuse('is an absolute path outside the app');
  else rel = p;
  let normal: string;
  try {
    normal = normalizeAppPath(where, rel, true);
  } catch {
    throw refuse('leads outside the app');
  }
  return { kind: 'app', rel: normal, prefix };
}

/** The ini value to write for a path inside the app: the app's absolute path, filled in at build and at boot. */
export function appPathIniValue(check: Extract<IniPathCheck, { kind: 'app' }>): string {
  const full = check.rel === '' ? PLACEHOLDERS.appDir : `${PLACEHOLDERS.appDir}/${check.rel}`;
  return `"${(check.prefix + full).replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
}
