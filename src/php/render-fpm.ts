/**
 * php-fpm.conf (php.md §6): one pool, `app`, on a unix socket nginx connects to.
 *
 * extra.paas.php-fpm-config lines go to the pool, except directives FPM only accepts in
 * [global] (log_level, the upstream docs' own example, would otherwise make FPM refuse
 * the file with "unknown entry"). php-fpm-includes come last. FPM's `include` reads the
 * file as if pasted in place, and a section header inside it stays in effect after it
 * (checked with php-fpm 8.2 -t): so the pool section is re-opened before every include.
 * An include thus starts in the app pool (php_value[…], pm.*) and may switch to [global]
 * itself, without leaking that switch into the next include. Re-opening a pool's section
 * adds to the same pool.
 */
import { iniAppPath } from '../config-text/escape.js';
import { PLACEHOLDERS, ROOT_ONLY_MARKER } from '../config-text/placeholders.js';
import type { IniPair, PhpRuntimeSettings } from './settings.js';

export const FPM_POOL = 'app';
export const FPM_SOCKET = `${PLACEHOLDERS.runDir}/php-fpm.sock`;
export const FPM_PID = `${PLACEHOLDERS.runDir}/php-fpm.pid`;

/** Directives of php-fpm 8.2's [global] section that a pool does not accept. */
export const FPM_GLOBAL_ONLY: ReadonlySet<string> = new Set([
  'pid', 'error_log', 'syslog.ident', 'syslog.facility', 'log_buffering', 'log_level', 'log_limit',
  'emergency_restart_threshold', 'emergency_restart_interval', 'process_control_timeout', 'process.max',
  'daemonize', 'events.mechanism', 'systemd_interval',
]);

const pair = ({ key, value }: IniPair) => (value === '' ? `${key} =` : `${key} = ${value}`);

export function renderFpmConf(s: PhpRuntimeSettings): string {
  const globals = s.phpFpmConfig.filter((p) => FPM_GLOBAL_ONLY.has(p.key));
  const pool = s.phpFpmConfig.filter((p) => !FPM_GLOBAL_ONLY.has(p.key));
  const lines = [
    '; Generated at build time (php.md §6); @…@ placeholders are filled in at boot.',
    '[global]',
    'daemonize = no',
    // The master's stderr. FPM open()s the path: fine for a pipe, a file or a tty, but
    // ENXIO for a socket, so the process that starts FPM must not hand it a socket.
    'error_log = /proc/self/fd/2',
    'log_level = warning',
    // Worker output (PHP errors) is relayed line by line; 1024 (the default) cuts stack traces.
    'log_limit = 8192',
    `pid = ${FPM_PID}`,
    ...(globals.length ? ['; extra.paas.php-fpm-config ([global] directives)', ...globals.map(pair)] : []),
    '',
    `[${FPM_POOL}]`,
    // Only honoured (and only needed) when FPM starts as root: the boot script strips the marker then.
    `;${ROOT_ONLY_MARKER}user = root`,
    `;${ROOT_ONLY_MARKER}group = root`,
    `listen = ${FPM_SOCKET}`,
    // nginx's workers may run as another user than FPM's; the run dir is private to the container.
    'listen.mode = 0666',
    'pm = dynamic',
    `pm.max_children = ${PLACEHOLDERS.webConcurrency}`,
    'pm.start_servers = 1',
    'pm.min_spare_servers = 1',
    `pm.max_spare_servers = ${PLACEHOLDERS.pmMaxSpareServers}`,
    `pm.max_requests = ${PLACEHOLDERS.phpFpmMaxRequests}`,
    'ping.path = /ping',
    // Workers' stderr (php.ini's error_log) goes to the master's error_log, undecorated.
    'catch_workers_output = yes',
    'decorate_workers_output = no',
    // The app's config vars are its environment: keep them visible to PHP (getenv, $_SERVER).
    'clear_env = no',
    ...(pool.length ? ['; extra.paas.php-fpm-config (later lines win)', ...pool.map(pair)] : []),
  ];
  s.phpFpmIncludes.forEach((rel, i) => {
    lines.push('', `; extra.paas.php-fpm-includes[${i}]`, `[${FPM_POOL}]`, `include = ${iniAppPath(`extra.paas.php-fpm-includes[${i}]`, rel)}`);
  });
  return `${lines.join('\n')}\n`;
}
