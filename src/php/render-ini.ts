/**
 * php.ini and the conf.d files that load shared extensions (php.md §6). Load order at
 * run time: php.ini (defaults, then extra.paas.php-config, later lines win), then the
 * scan dir conf.d/ in file-name order: extensions (05-, 10-, 20-), then php-includes
 * (90-include-NN-*.ini symlinks, written by the executor), so an include overrides both.
 */
import { PHP_LAYOUT, type PhpRuntimeSettings } from './settings.js';
import { PLACEHOLDERS } from '../config-text/placeholders.js';

/**
 * The defaults as ini source text. Other modules read values from here (memory_limit for
 * WEB_CONCURRENCY, post_max_size for nginx's client_max_body_size): keep the keys.
 */
export const PHP_INI_DEFAULTS = Object.freeze({
  display_errors: 'Off',
  log_errors: 'On',
  error_reporting: 'E_ALL & ~E_NOTICE',
  // Errors go to the process's stderr: the boot script streams it (php-fpm relays worker
  // stderr with catch_workers_output). If stderr cannot be opened (a socket), PHP falls
  // back to the SAPI's own logger.
  error_log: '/dev/stderr',
  'date.timezone': 'UTC',
  expose_php: 'Off',
  'cgi.fix_pathinfo': '0',
  memory_limit: '196M',
  upload_max_filesize: '75M',
  post_max_size: '75M',
  'opcache.enable': '1',
  'opcache.enable_cli': '1',
  'opcache.memory_consumption': '128',
  'opcache.interned_strings_buffer': '8',
  'opcache.max_accelerated_files': '4000',
  // The slug is immutable at run time: never stat scripts for changes.
  'opcache.validate_timestamps': 'Off',
});

export function renderPhpIni(s: PhpRuntimeSettings): string {
  const lines = [
    '; Generated at build time (php.md §6); @APP_DIR@ is filled in at boot.',
    '; Add settings with extra.paas.php-config or php-includes in composer.json.',
    ...Object.entries(PHP_INI_DEFAULTS).map(([k, v]) => `${k} = ${v}`),
    `extension_dir = "${PLACEHOLDERS.appDir}/${PHP_LAYOUT.php}/lib/php/extensions"`,
  ];
  if (s.phpConfig.length) {
    lines.push('', '; extra.paas.php-config (validated by parseIniDirective; later lines win)');
    for (const { key, value } of s.phpConfig) lines.push(value === '' ? `${key} =` : `${key} = ${value}`);
  }
  // Last: a section runs to the end of its file (conf.d files are not affected).
  if (s.uploadDirs?.length) {
    lines.push('', '; Upload directories: no .user.ini is read for scripts there (an uploaded one could set auto_prepend_file).');
    for (const dir of s.uploadDirs) {
      // Paths come from the framework table and the app's directory names, checked by the plan.
      if (!/^[A-Za-z0-9._\/-]+$/.test(dir) || dir.split('/').includes('..')) throw new Error(`renderPhpIni: unexpected upload directory ${JSON.stringify(dir)}`);
      lines.push(`[PATH=${PLACEHOLDERS.appDir}/${dir}]`, 'user_ini.filename =');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Extensions PHP loads as zend_extension (they hook the engine, not just add functions). */
const ZEND_EXTENSIONS: Readonly<Record<string, string>> = { opcache: '10', xdebug: '20' /* Xdebug must load after OPcache */ };

/**
 * Extensions that others link against. dlopen resolves data symbols at load time, so a
 * dependant loaded first fails with "undefined symbol" (checked with php 8.2: pdo_sqlite
 * before pdo, xsl or xmlreader before dom, redis before igbinary). They load from 05-.
 */
const LOAD_FIRST: ReadonlySet<string> = new Set([
  'pdo', // pdo_mysql, pdo_pgsql, pdo_sqlite, …
  'dom', // xsl, xmlreader
  'igbinary', // redis, memcached, apcu serializers
  'msgpack', // redis, memcached
  'mysqlnd', // mysqli, pdo_mysql
  'sockets', // event
  'raphf', // http
]);

export function renderExtensionInis(shared: readonly string[]): Array<{ file: string; text: string }> {
  const out = [...new Set(shared)].map((name) => {
    // Names come from the artifact's own listing; anything else is an engine bug.
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`renderExtensionInis: unexpected extension name ${JSON.stringify(name)}`);
    const zend = ZEND_EXTENSIONS[name];
    const prefix = zend ?? (LOAD_FIRST.has(name) ? '05' : '10');
    return { file: `${prefix}-ext-${name}.ini`, text: `${zend ? 'zend_extension' : 'extension'}=${name}.so\n` };
  });
  // PHP reads the scan dir in file-name order.
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * The conf.d name of the index-th php-include. PHP's scan dir only reads *.ini files, so
 * the name always ends in .ini whatever the include is called; two digits keep the
 * includes in their composer.json order after every extension file.
 */
export function includeIniName(index: number, path: string): string {
  if (!Number.isInteger(index) || index < 0 || index > 99) throw new RangeError(`includeIniName: index ${index} is not in 0..99`);
  const base = (path.split('/').pop() ?? '').replace(/\.ini$/, '').replace(/[^A-Za-z0-9._-]/g, '_') || 'include';
  return `90-include-${String(index).padStart(2, '0')}-${base}.ini`;
}
