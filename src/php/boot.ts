/**
 * The runtime scripts of a PHP app (php.md §10, common.md §7), rendered at build time:
 *
 * - `.scalingo/php-app/boot.sh`, the web process: bin/release's `web:` entry runs
 *   `sh .scalingo/php-app/boot.sh` from the app dir;
 * - `.profile.d/php.sh`, sourced by the platform before any process of the app (the web
 *   boot and one-off commands such as `php artisan migrate`);
 * - `.scalingo/php-app/bin/composer`, a wrapper so `composer` works in one-off commands.
 *
 * All of it is POSIX sh: the runtime image is not guaranteed to have bash or Node, and
 * the tests run it under dash. Rendering is pure text generation; what depends on the
 * container (PORT, memory, the app's absolute path) is decided by the script at boot.
 * Values coming from the build (memory_limit source, log file paths) are single-quoted
 * here, in one place (`shQuote`).
 */
import { fillBuildValues, shQuote } from '../env/sh-quote.js';
import { renderMemoryDetectionFunctions, renderMemoryDetectionStatements } from '../runtime-env/memory-sh.js';
import { PHP_CONCURRENCY_POLICY } from './concurrency.js';
import { formatIniSize, type MemoryLimitValue } from './memory-limit.js';
import { PLACEHOLDERS, ROOT_ONLY_MARKER } from './placeholders.js';
import { PHP_LAYOUT } from './settings.js';
import composerWrapperSh from './composer-wrapper.sh';

/** Where the rendered scripts go, relative to the app dir (the composer wrapper must be executable). */
export const BOOT_SCRIPT_PATH = `${PHP_LAYOUT.config}/boot.sh`;
export const PHP_PROFILE_PATH = '.profile.d/php.sh';
export const COMPOSER_WRAPPER_PATH = `${PHP_LAYOUT.config}/bin/composer`;

/** The scratch dir the boot script renders into (the value of @RUN_DIR@), relative to the app. */
export const PHP_RUN_DIR = `${PHP_LAYOUT.config}/run`;
/** Extra ini files, loaded by every PHP process through PHP_INI_SCAN_DIR; not rendered at boot, so token-free. */
export const PHP_CONF_D_DIR = `${PHP_LAYOUT.config}/conf.d`;

/** Templates of PHP_LAYOUT.config that the boot script renders into the run dir, under the same names. */
export const BOOT_TEMPLATES = Object.freeze(['php.ini', 'php-fpm.conf', 'nginx.conf'] as const);

/**
 * Names in the run dir the generated configs must agree with: the FPM pool listens on
 * `fpmSocket` (nginx's FastCGI upstream too); pid files are removed at boot so a stale
 * one from a previous start of the container is never mistaken for a live server.
 */
export const RUN_DIR_FILES = Object.freeze({
  fpmSocket: 'php-fpm.sock',
  fpmPid: 'php-fpm.pid',
  nginxPid: 'nginx.pid',
  /** php.ini rendered by `.profile.d/php.sh` for CLI processes. */
  cliIni: 'php-cli.ini',
});

export const BOOT_TIMING = Object.freeze({
  /** How long PHP-FPM gets to create its socket. */
  fpmSocketTimeoutS: 10,
});

export interface BootScriptInput {
  /** The memory_limit in effect: `determineMemoryLimit(...).value`. */
  readonly memoryLimit: MemoryLimitValue;
  /** Where it comes from, printed at boot: 'php.ini defaults', 'public/.user.ini'. */
  readonly memoryLimitSource: string;
  /** Paths relative to the app, streamed to stdout (extra.paas.log-files + framework logs). */
  readonly logFiles: readonly string[];
}

/**
 * Characters an app path cannot contain: the configs quote paths with "…" (so no `"`
 * or `\`), nginx expands `$` in some of them, and a line break ends a directive. The
 * boot script refuses such a path at run time (the case below); the build refuses its
 * own directory with the same rule, before anything runs (php/app-path-unsupported).
 */
export function unsafeAppPathChar(path: string): string | undefined {
  return /["\\$\n]/.exec(path)?.[0];
}

/** Build-time text printed at boot stays on one line. */
function oneLine(s: string): string {
  return s.replace(/[\x00-\x1f\x7f]/g, '?');
}

function checkLogFile(path: string): string {
  // Paths are validated where they are read (extra.paas.log-files); this guards the
  // script against a caller that skipped it.
  if (path === '' || path.startsWith('/') || path.split('/').includes('..') || /[\x00\n\r]/.test(path)) {
    throw new Error(`log file path must be relative to the app and stay inside it: ${JSON.stringify(path)}`);
  }
  return path;
}

/** Shell code setting __boot_conc (and printing how) when WEB_CONCURRENCY is not set. */
function renderComputedConcurrency(input: BootScriptInput): string {
  const { extraWorkers, minimum } = PHP_CONCURRENCY_POLICY;
  const limit = input.memoryLimit;
  const bytes = limit === 'unlimited' ? undefined : limit.bytes;
  if (bytes !== undefined && (!Number.isSafeInteger(bytes) || bytes <= 0)) {
    throw new Error(`memory_limit must be a positive number of bytes, got ${bytes}`);
  }
  const source = oneLine(input.memoryLimitSource);
  const desc =
    bytes === undefined
      ? `memory_limit -1 (no limit) from ${source}`
      : `memory_limit ${formatIniSize({ bytes })} from ${source}`;
  const compute =
    bytes === undefined
      ? `  # No per-request limit: nothing to divide the memory by, so the minimum.
  __boot_conc=${minimum}
  __boot_say "WEB_CONCURRENCY=$__boot_conc ($__boot_limit_desc: the minimum; $__wc_mem MB available from $__wc_src)"`
    : `  # __wc_mem is at most 6 digits (capped), so the product fits any shell's integers.
  __boot_conc=$((__wc_mem * 1048576 / ${bytes} + ${extraWorkers}))
  if [ "$__boot_conc" -lt ${minimum} ]; then
    __boot_say "WEB_CONCURRENCY=${minimum} ($__wc_mem MB available from $__wc_src / $__boot_limit_desc, +${extraWorkers} = $__boot_conc, raised to the minimum of ${minimum})"
    __boot_conc=${minimum}
  else
    __boot_say "WEB_CONCURRENCY=$__boot_conc ($__wc_mem MB available from $__wc_src / $__boot_limit_desc, +${extraWorkers})"
  fi`;
  return `__boot_limit_desc=${shQuote(desc)}

# PHP-FPM workers from the container's memory (php.md §8): each request may use
# up to memory_limit; floor(memory / memory_limit) + ${extraWorkers}, at least ${minimum}.
__boot_concurrency() {
${renderMemoryDetectionStatements()}
${compute}
  return 0
}`;
}

function renderLogTails(logFiles: readonly string[]): string {
  if (logFiles.length === 0) return '# No log files to stream (extra.paas.log-files and framework logs).';
  const lines = logFiles.map((f) => `__boot_tail ${shQuote(checkLogFile(f))}`);
  return `# The app's own log files (extra.paas.log-files and framework logs), started
# before the servers so no line written at startup is missed.
${lines.join('\n')}
__boot_say ${shQuote(`streaming ${logFiles.map(oneLine).join(', ')}`)}`;
}

export interface BootScriptOptions {
  /** Overrides BOOT_TIMING.fpmSocketTimeoutS (tests). */
  readonly fpmSocketTimeoutS?: number;
}

/** `.scalingo/php-app/boot.sh`. */
export function renderBootScript(input: BootScriptInput, options: BootScriptOptions = {}): string {
  const P = PLACEHOLDERS;
  const timeoutS = options.fpmSocketTimeoutS ?? BOOT_TIMING.fpmSocketTimeoutS;
  if (!Number.isInteger(timeoutS) || timeoutS < 1) throw new Error(`fpmSocketTimeoutS must be a whole number of seconds, got ${timeoutS}`);
  const timeoutTenths = timeoutS * 10;
  return `#!/bin/sh
# Generated by the PHP buildpack: the web process of a PHP app (php.md §10).
# bin/release runs it from the app directory: sh ${BOOT_SCRIPT_PATH}
#
# It computes WEB_CONCURRENCY, renders the configs of ${PHP_LAYOUT.config}/ for this
# container (app path, PORT, worker counts) into ${PHP_RUN_DIR}/, starts PHP-FPM,
# waits for its socket, starts nginx and streams the app's log files. If either
# server exits, the other is stopped and the script fails, so the platform
# restarts the container. On SIGTERM (or SIGINT, SIGHUP) nginx, then PHP-FPM,
# stop gracefully: requests in progress complete, then the script exits 0.
# The servers run in sessions of their own, so a signal sent to the whole
# process group (as container runtimes and process managers do) reaches only
# this script, which stops them as above; and they are tied to it: if it is
# killed (SIGKILL), the kernel sends them SIGTERM.
#
# Read at boot: PORT (required), WEB_CONCURRENCY (PHP-FPM's pm.max_children;
# computed from the memory when unset), MEMORY_AVAILABLE and CONTAINER_SIZE (the
# memory; else cgroups, WEB_CONCURRENCY_CGROUP_ROOT to point elsewhere),
# PHP_FPM_MAX_REQUESTS (pm.max_requests, default 0). Everything else was fixed at
# build time.
#
# Plain POSIX sh, tested under dash: the runtime image may have neither bash nor
# Node. Helper names start with __boot_ (__wc_ for the shared memory detection).

__boot_say() {
  printf 'Boot: %s\\n' "$1"
}

__boot_warn() {
  printf 'Boot: %s\\n' "$1" >&2
}

# Messages of the shared memory detection.
__wc_warn() {
  __boot_warn "$1"
  return 0
}

${renderMemoryDetectionFunctions()}
${renderComputedConcurrency(input)}

# sed reads \\, & and its | delimiter specially in a replacement: escape them.
__boot_sed_escape() {
  printf '%s\\n' "$1" | sed -e 's/[\\\\&|]/\\\\&/g'
}

# Sleeps $1 seconds. In the background, because \`wait\` returns as soon as a
# trapped signal arrives, while a foreground sleep would delay the trap.
__boot_nap() {
  sleep "$1" &
  __boot_sleep_pid=$!
  wait "$__boot_sleep_pid" || kill "$__boot_sleep_pid" 2>/dev/null
  __boot_sleep_pid=
  return 0
}

# Sends signal $1 to the server of pid $2 and waits until it has exited.
__boot_signal_wait() {
  if [ -z "$2" ] || ! kill -"$1" "$2" 2>/dev/null; then
    return 0
  fi
  # A server starts with SIGINT and SIGQUIT ignored (the shell does that to
  # asynchronous commands) until it installs its own handlers, so a signal sent
  # in that window is lost. Repeating a stop signal to a server already stopping
  # is harmless (nginx and php-fpm ignore the duplicate): repeat it every second.
  __boot_sig_tenths=0
  while kill -0 "$2" 2>/dev/null; do
    __boot_nap "$__boot_tick"
    __boot_sig_tenths=$((__boot_sig_tenths + __boot_tick_tenths))
    if [ "$__boot_sig_tenths" -ge 10 ]; then
      kill -"$1" "$2" 2>/dev/null
      __boot_sig_tenths=0
    fi
  done
  return 0
}

# Runs "$@" (a server or a log tail) in place of the calling subshell, which
# is started with & so $! is its pid. With util-linux's setsid and setpriv:
# in a session of its own (a signal to this script's process group does not
# reach it; the subshell is no group leader, so setsid does not fork), and
# with a parent-death signal (SIGTERM when this script dies, even of SIGKILL:
# nothing is left running). Without them, in this script's process group.
__boot_spawn() {
  if [ -n "$__boot_detach" ]; then
    exec setsid setpriv --pdeathsig TERM -- "$@"
  fi
  exec "$@"
}

# $1: a log file relative to the app, created (with its directory) when missing
# so tail follows it from the start.
__boot_tail() {
  __boot_log=$APP_DIR/$1
  if ! { mkdir -p "\${__boot_log%/*}" && : >>"$__boot_log"; } 2>/dev/null; then
    __boot_warn "cannot create the log file $1; it is streamed once it appears"
  fi
  # -F: keep following across rotation; -n 0: only lines written from now on.
  __boot_spawn tail -F -n 0 -- "$__boot_log" &
  __boot_tails="$__boot_tails $!"
}

# Whatever the way out, nothing started here outlives the script: a tail left
# behind would hold the platform's log pipe open, a server the port.
__boot_cleanup() {
  if [ -n "$__boot_tails" ]; then
    kill $__boot_tails 2>/dev/null
  fi
  for __boot_pid in $__boot_nginx_pid $__boot_fpm_pid $__boot_sleep_pid; do
    kill -TERM "$__boot_pid" 2>/dev/null
  done
  return 0
}

# $1 $2: a server (name, pid) to check; $3 $4: the other one.
__boot_check() {
  if kill -0 "$2" 2>/dev/null; then
    return 0
  fi
  wait "$2"
  __boot_status=$?
  __boot_warn "$1 exited (status $__boot_status); stopping $3"
  # The app is down already: stop the other one fast (TERM), so the platform
  # restarts the container sooner.
  __boot_signal_wait TERM "$4"
  __boot_fpm_pid= __boot_nginx_pid=
  exit 1
}

__boot_shutdown() {
  __boot_say "received $__boot_stop: stopping nginx gracefully (requests in progress complete), then php-fpm"
  # nginx first: the requests it accepted still need php-fpm to complete.
  # SIGQUIT is the graceful stop of both servers.
  __boot_signal_wait QUIT "$__boot_nginx_pid"
  __boot_nginx_pid=
  __boot_signal_wait QUIT "$__boot_fpm_pid"
  __boot_fpm_pid=
  __boot_say 'stopped'
  exit 0
}

# Fractional seconds are not POSIX: whole seconds where sleep refuses them.
if sleep 0.01 2>/dev/null; then
  __boot_tick=0.1 __boot_tick_tenths=1 __boot_poll=0.5
else
  __boot_tick=1 __boot_tick_tenths=10 __boot_poll=1
fi

__boot_tails=
__boot_fpm_pid=
__boot_nginx_pid=
__boot_sleep_pid=
trap __boot_cleanup EXIT
# A signal only sets a flag: the script acts on it between steps.
__boot_stop=
trap '__boot_stop=SIGTERM' TERM
trap '__boot_stop=SIGINT' INT
trap '__boot_stop=SIGHUP' HUP

# A group signal must reach this script alone, and the servers must not outlive
# it: both need setsid and setpriv --pdeathsig (util-linux, in Debian and Ubuntu
# images). Checked by running them, as setpriv before util-linux 2.33 lacks it.
__boot_detach=
if { setsid true && setpriv --pdeathsig TERM -- true; } >/dev/null 2>&1; then
  __boot_detach=1
else
  __boot_warn "setsid or setpriv --pdeathsig (util-linux) is missing: nginx and php-fpm stay in this script's process group, so a signal sent to the whole group stops them at once (requests in progress may fail)"
fi

# --- The app's location ---------------------------------------------------

# This script is in <app>/${PHP_LAYOUT.config}/: the app is two levels up,
# wherever the platform put it (the build ran in another directory).
case $0 in
  */*) __boot_dir=\${0%/*} ;;
  *) __boot_dir=. ;;
esac
if ! APP_DIR=$(CDPATH='' cd -- "$__boot_dir/../.." && pwd); then
  __boot_warn "cannot find the app directory from $0"
  exit 1
fi
case $APP_DIR in
  *'
'*)
    __boot_warn "the app directory path contains a line break, which the configs cannot hold"
    exit 1
    ;;
  *\\"* | *\\\\* | *\\$*)
    # The configs quote paths with "…", and nginx expands $ in some of them.
    __boot_warn "the app directory path ($APP_DIR) contains a double quote, a backslash or a dollar sign, which the configs cannot hold: run the app from another directory"
    exit 1
    ;;
esac
cd "$APP_DIR" || exit 1
CONF_DIR=$APP_DIR/${PHP_LAYOUT.config}
RUN_DIR=$APP_DIR/${PHP_RUN_DIR}
__boot_sock=$RUN_DIR/${RUN_DIR_FILES.fpmSocket}
__boot_fpm_bin=$APP_DIR/${PHP_LAYOUT.php}/sbin/php-fpm
__boot_nginx_bin=$APP_DIR/${PHP_LAYOUT.nginx}/sbin/nginx

# --- Settings read at boot --------------------------------------------------

if ! __wc_uint "\${PORT:-}" || [ "\${#__wc_num}" -gt 5 ] || [ "$__wc_num" -lt 1 ] || [ "$__wc_num" -gt 65535 ]; then
  if [ -z "\${PORT:-}" ]; then
    __boot_warn "PORT must be set to the port to listen on (1-65535), and it is not set. The platform sets it; to run the app by hand: PORT=8080 sh ${BOOT_SCRIPT_PATH}"
  else
    __boot_warn "PORT must be set to the port to listen on (1-65535), not '$PORT'"
  fi
  exit 1
fi
__boot_port=$__wc_num

# A user-set WEB_CONCURRENCY wins. A value PHP-FPM cannot use stops the boot
# with a message rather than being replaced by a computed one the user did not ask for.
if [ -n "\${WEB_CONCURRENCY:-}" ]; then
  if ! __wc_count "$WEB_CONCURRENCY"; then
    __boot_warn "WEB_CONCURRENCY='$WEB_CONCURRENCY' is not a number of PHP-FPM workers: set it to a whole number greater than 0, such as 4, or unset it to compute it from the container's memory"
    exit 1
  fi
  __boot_conc=$__wc_num
  __boot_say "WEB_CONCURRENCY=$__boot_conc (set in the environment)"
else
  __boot_concurrency
fi
export WEB_CONCURRENCY="$__boot_conc"

__boot_max_requests=0
if [ -n "\${PHP_FPM_MAX_REQUESTS:-}" ]; then
  if ! __wc_uint "$PHP_FPM_MAX_REQUESTS" || [ "\${#__wc_num}" -gt 9 ]; then
    __boot_warn "PHP_FPM_MAX_REQUESTS='$PHP_FPM_MAX_REQUESTS' is not a number of requests: set it to a whole number (0: PHP-FPM workers are never recycled), or unset it"
    exit 1
  fi
  __boot_max_requests=$__wc_num
fi

# --- Configs for this container ---------------------------------------------

# The kernel limits a unix socket path to 108 bytes; FPM's own error would not say why.
if [ "\${#__boot_sock}" -gt 107 ]; then
  __boot_warn "the PHP-FPM socket path $__boot_sock is longer than a unix socket path can be (107 bytes): run the app from a shorter directory"
  exit 1
fi
if ! mkdir -p "$RUN_DIR"; then
  __boot_warn "cannot create $RUN_DIR"
  exit 1
fi
# Left over from a previous start of this container, they would pass for live servers.
rm -f "$__boot_sock" "$RUN_DIR/${RUN_DIR_FILES.fpmPid}" "$RUN_DIR/${RUN_DIR_FILES.nginxPid}"

__boot_max_spare=2
if [ "$__boot_conc" -lt 2 ]; then
  __boot_max_spare=1
fi

__boot_root=
if [ "$(id -u 2>/dev/null)" = 0 ]; then
  __boot_root=1
fi

set -- \\
  -e "s|${P.appDir}|$(__boot_sed_escape "$APP_DIR")|g" \\
  -e "s|${P.runDir}|$(__boot_sed_escape "$RUN_DIR")|g" \\
  -e "s|${P.port}|$__boot_port|g" \\
  -e "s|${P.webConcurrency}|$__boot_conc|g" \\
  -e "s|${P.phpFpmMaxRequests}|$__boot_max_requests|g" \\
  -e "s|${P.pmMaxSpareServers}|$__boot_max_spare|g"
if [ -n "$__boot_root" ]; then
  # Lines only valid for root (nginx "user root;", the FPM pool's user/group)
  # are written commented out behind a marker: enable them.
  set -- "$@" -e 's/^[;#]${ROOT_ONLY_MARKER}//'
fi
for __boot_f in ${BOOT_TEMPLATES.join(' ')}; do
  if [ ! -f "$CONF_DIR/$__boot_f" ]; then
    __boot_warn "${PHP_LAYOUT.config}/$__boot_f is missing: the build did not complete; deploy again"
    exit 1
  fi
  if ! sed "$@" <"$CONF_DIR/$__boot_f" >"$RUN_DIR/$__boot_f"; then
    __boot_warn "cannot write $RUN_DIR/$__boot_f"
    exit 1
  fi
done

# PHP processes started by the app (exec, proc_open) read the same config.
export PHPRC="$RUN_DIR/php.ini"
export PHP_INI_SCAN_DIR="$APP_DIR/${PHP_CONF_D_DIR}"

for __boot_bin in "$__boot_fpm_bin" "$__boot_nginx_bin"; do
  if [ ! -x "$__boot_bin" ]; then
    __boot_warn "$__boot_bin is missing: the build did not complete; deploy again"
    exit 1
  fi
done

# --- Output -----------------------------------------------------------------

# nginx opens /dev/stdout and PHP-FPM /proc/self/fd/2 by path, which fails (ENXIO)
# when they are sockets, as some supervisors (and Node's child processes) make them.
# Then a FIFO per stream, forwarded by cat, gives every child a pipe instead; sh has
# no process substitution to do it otherwise.
for __boot_fd in 1 2; do
  if [ -S "/dev/fd/$__boot_fd" ] || [ -S "/proc/self/fd/$__boot_fd" ]; then
    __boot_fifo=$RUN_DIR/output-$__boot_fd.fifo
    rm -f "$__boot_fifo"
    if mkfifo "$__boot_fifo" 2>/dev/null; then
      # The forwarders ignore the stop signals (a platform may signal the whole
      # process group): they end at EOF, once the servers and this script are gone,
      # so the shutdown messages still get through.
      if [ "$__boot_fd" = 1 ]; then
        (trap '' TERM INT HUP QUIT; exec cat "$__boot_fifo") &
        exec >"$__boot_fifo"
      else
        (trap '' TERM INT HUP QUIT; exec cat "$__boot_fifo" >&2) &
        exec 2>"$__boot_fifo"
      fi
    fi
  fi
done

# --- Start ------------------------------------------------------------------

${renderLogTails(input.logFiles)}

if [ -n "$__boot_stop" ]; then
  __boot_say "received $__boot_stop before starting"
  exit 0
fi

set -- --nodaemonize -y "$RUN_DIR/php-fpm.conf" -c "$RUN_DIR/php.ini"
if [ -n "$__boot_root" ]; then
  set -- "$@" -R
fi
__boot_say "starting php-fpm (pm.max_children=$__boot_conc, pm.max_requests=$__boot_max_requests)"
__boot_spawn "$__boot_fpm_bin" "$@" &
__boot_fpm_pid=$!

# nginx only once FPM listens: requests before that would get 502s.
__boot_waited=0
while [ ! -S "$__boot_sock" ]; do
  if [ -n "$__boot_stop" ]; then
    __boot_say "received $__boot_stop while php-fpm was starting; stopping it"
    __boot_signal_wait QUIT "$__boot_fpm_pid"
    __boot_fpm_pid=
    exit 0
  fi
  if ! kill -0 "$__boot_fpm_pid" 2>/dev/null; then
    wait "$__boot_fpm_pid"
    __boot_status=$?
    __boot_fpm_pid=
    __boot_warn "php-fpm exited (status $__boot_status) before creating its socket; stopping (its messages above say why)"
    exit 1
  fi
  if [ "$__boot_waited" -ge ${timeoutTenths} ]; then
    __boot_warn "php-fpm did not create its socket ($__boot_sock) within ${timeoutS} s; stopping"
    __boot_signal_wait TERM "$__boot_fpm_pid"
    __boot_fpm_pid=
    exit 1
  fi
  __boot_nap "$__boot_tick"
  __boot_waited=$((__boot_waited + __boot_tick_tenths))
done

__boot_say "php-fpm is ready; starting nginx on port $__boot_port"
__boot_spawn "$__boot_nginx_bin" -p "$RUN_DIR/" -e stderr -c "$RUN_DIR/nginx.conf" &
__boot_nginx_pid=$!

# --- Supervise ----------------------------------------------------------------

# dash has no \`wait -n\`: poll both servers. kill -0 only says the pid exists; a
# server that exited is reaped by the shell during the nap's wait, after which
# kill -0 fails and wait gives its status.
while :; do
  if [ -n "$__boot_stop" ]; then
    __boot_shutdown
  fi
  __boot_check php-fpm "$__boot_fpm_pid" nginx "$__boot_nginx_pid"
  __boot_check nginx "$__boot_nginx_pid" php-fpm "$__boot_fpm_pid"
  __boot_nap "$__boot_poll"
done
`;
}

/**
 * `.profile.d/php.sh`. Same invariants as the Node profiles (src/nodejs/profile.ts): no
 * `exit`, no leaked helper names, safe under `set -u` and `set -e`.
 */
export function renderPhpProfile(): string {
  const P = PLACEHOLDERS;
  return `# Generated by the PHP buildpack; sourced before any process of the app starts
# (the web boot, one-off commands such as \`php artisan migrate\`).
# shellcheck shell=sh
#
# Puts PHP, Composer and the app's vendor/bin on PATH, and points PHP at the
# app's configuration: PHPRC (php.ini, rendered for this container below) and
# PHP_INI_SCAN_DIR (the generated conf.d). The web boot (${BOOT_SCRIPT_PATH})
# renders its own php.ini and overrides PHPRC.
#
# This file is sourced: it never exits, works under set -u and set -e, and
# unsets its __php_* helpers when done.

export PATH="\${HOME:-}/${PHP_LAYOUT.config}/bin:\${HOME:-}/${PHP_LAYOUT.php}/bin:\${HOME:-}/${PHP_LAYOUT.composer}/bin:\${HOME:-}/vendor/bin\${PATH:+:\$PATH}"
export PHP_INI_SCAN_DIR="\${HOME:-}/${PHP_CONF_D_DIR}"

__php_warn() {
  printf 'php.sh: %s\\n' "\${1:-}" >&2
  return 0
}

# php.ini is written at build time with ${P.appDir} and ${P.runDir} where the app's
# path goes (the build ran elsewhere): render it for $HOME, the app at run time.
# Written to a temp file and renamed, so a process starting meanwhile never reads
# half a file; PHPRC is only set once the file is complete.
__php_cli_ini() {
  __php_conf="\${HOME:-}/${PHP_LAYOUT.config}"
  __php_run="\${HOME:-}/${PHP_RUN_DIR}"
  __php_tmp="$__php_run/${RUN_DIR_FILES.cliIni}.$$"
  if [ -z "\${HOME:-}" ] || [ ! -f "$__php_conf/php.ini" ]; then
    __php_warn "no php.ini in \${HOME:-(HOME unset)}/${PHP_LAYOUT.config}: PHP runs without the app's configuration"
    return 0
  fi
  case $HOME in
    *'
'*)
      __php_warn "HOME contains a line break: PHP runs without the app's configuration"
      return 0
      ;;
  esac
  # sed reads \\, & and its | delimiter specially in a replacement: escape them,
  # only when present (this runs before every process: keep it to two forks).
  __php_app_re=$HOME
  __php_run_re=$__php_run
  case $HOME in
    *['\\&|']*)
      __php_app_re=$(printf '%s\\n' "$HOME" | sed -e 's/[\\\\&|]/\\\\&/g') || return 0
      __php_run_re=$(printf '%s\\n' "$__php_run" | sed -e 's/[\\\\&|]/\\\\&/g') || return 0
      ;;
  esac
  if { [ -d "$__php_run" ] || mkdir -p "$__php_run"; } 2>/dev/null &&
    sed -e "s|${P.appDir}|$__php_app_re|g" -e "s|${P.runDir}|$__php_run_re|g" <"$__php_conf/php.ini" >"$__php_tmp" 2>/dev/null &&
    mv -f "$__php_tmp" "$__php_run/${RUN_DIR_FILES.cliIni}" 2>/dev/null; then
    export PHPRC="$__php_run/${RUN_DIR_FILES.cliIni}"
  else
    rm -f "$__php_tmp" 2>/dev/null || :
    __php_warn "cannot write $__php_run/${RUN_DIR_FILES.cliIni}: PHP runs without the app's configuration"
  fi
  return 0
}

__php_cli_ini
unset -f __php_warn __php_cli_ini
unset __php_conf __php_run __php_tmp __php_app_re __php_run_re
`;
}

/**
 * `.scalingo/php-app/bin/composer` (must be written executable; `.profile.d/php.sh` puts
 * its directory first on PATH). The Composer artifact's `bin/composer` is a PHP script
 * whose shebang may name an interpreter that is not in the container (Debian's says
 * `/usr/bin/php`), so the wrapper runs it with the app's PHP explicitly.
 */
export function renderComposerWrapper(): string {
  return fillBuildValues(composerWrapperSh, { __php_dir: PHP_LAYOUT.php, __composer_dir: PHP_LAYOUT.composer });
}
