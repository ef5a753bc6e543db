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
 * the tests run it under dash. The scripts are files next to this module (boot.sh,
 * php-profile.sh, composer-wrapper.sh, and sed-escape.sh, which the first two include);
 * what depends on the container (PORT, memory, the app's absolute path) is decided by
 * the script at boot. Rendering is pure text generation: it fills each script's block
 * of build-time values (the layout, the policy, memory_limit and its source, the log
 * files), quoted by `shQuote` alone, and inlines what the script includes
 * (src/runtime-env/memory.sh, sed-escape.sh).
 */
import * as path from 'node:path';
import { fillBuildValues, inlineInclude } from '../env/sh-quote.js';
import { inlineMemoryDetection } from '../runtime-env/memory-sh.js';
import { PHP_CONCURRENCY_POLICY } from './concurrency.js';
import { formatIniSize, type MemoryLimitValue } from './memory-limit.js';
import { PLACEHOLDERS, ROOT_ONLY_MARKER } from './placeholders.js';
import { PHP_LAYOUT } from './settings.js';
import bootSh from './boot.sh';
import composerWrapperSh from './composer-wrapper.sh';
import herokuBootShimSh from './heroku-boot-shim.sh';
import phpProfileSh from './php-profile.sh';
import sedEscapeSh from './sed-escape.sh';
import { SLUG } from '../layout/layout.js';
import { NGINX_CAPACITY } from '../nginx-config/render.js';

/** Where the rendered scripts go, relative to the app dir (the composer wrapper must be executable). */
export const BOOT_SCRIPT_PATH = `${PHP_LAYOUT.config}/boot.sh`;
export const PHP_PROFILE_PATH = SLUG.phpProfile;
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

/** `memory_limit 196M from php.ini defaults`: how the boot names the limit it divides by. */
function describeLimit(input: BootScriptInput): { bytes: string; desc: string } {
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
  return { bytes: bytes === undefined ? '' : String(bytes), desc };
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
  const { extraWorkers, minimum, maximum } = PHP_CONCURRENCY_POLICY;
  const limit = describeLimit(input);
  const logFiles = input.logFiles.map(checkLogFile);
  const script = fillBuildValues(bootSh, {
    __boot_script_rel: BOOT_SCRIPT_PATH,
    __boot_conf_rel: PHP_LAYOUT.config,
    __boot_run_rel: PHP_RUN_DIR,
    __boot_conf_d_rel: PHP_CONF_D_DIR,
    __boot_fpm_rel: `${PHP_LAYOUT.php}/sbin/php-fpm`,
    __boot_nginx_rel: `${PHP_LAYOUT.nginx}/sbin/nginx`,
    __boot_sock_name: RUN_DIR_FILES.fpmSocket,
    __boot_fpm_pid_name: RUN_DIR_FILES.fpmPid,
    __boot_nginx_pid_name: RUN_DIR_FILES.nginxPid,
    __boot_templates: BOOT_TEMPLATES.join(' '),
    __boot_ph_app_dir: P.appDir,
    __boot_ph_run_dir: P.runDir,
    __boot_ph_port: P.port,
    __boot_ph_web_concurrency: P.webConcurrency,
    __boot_ph_max_requests: P.phpFpmMaxRequests,
    __boot_ph_max_spare: P.pmMaxSpareServers,
    __boot_root_marker: ROOT_ONLY_MARKER,
    __boot_fpm_timeout_s: timeoutS,
    __boot_extra_workers: extraWorkers,
    __boot_min_workers: minimum,
    __boot_max_workers: maximum,
    __boot_nofile_want: NGINX_CAPACITY.openFilesPerWorker,
    __boot_limit_bytes: limit.bytes,
    __boot_limit_desc: limit.desc,
    // One a line (checkLogFile refuses line breaks); the script reads them with `read -r`.
    __boot_log_files: logFiles.join('\n'),
    __boot_log_desc: logFiles.length === 0 ? '' : `streaming ${logFiles.map(oneLine).join(', ')}`,
  });
  return inlineInclude(inlineMemoryDetection(script), 'sed-escape.sh', sedEscapeText());
}

/** sed-escape.sh without its `# shellcheck shell=sh` line. */
function sedEscapeText(): string {
  return sedEscapeSh.slice(sedEscapeSh.indexOf('\n') + 1);
}

/**
 * `.profile.d/php.sh`. Same invariants as the Node profiles (src/nodejs/profile.ts): no
 * `exit`, no leaked helper names, safe under `set -u` and `set -e`.
 */
export function renderPhpProfile(): string {
  const script = fillBuildValues(phpProfileSh, {
    __php_conf_rel: PHP_LAYOUT.config,
    __php_run_rel: PHP_RUN_DIR,
    __php_conf_d_rel: PHP_CONF_D_DIR,
    __php_php_rel: PHP_LAYOUT.php,
    __php_nginx_rel: PHP_LAYOUT.nginx,
    __php_composer_rel: PHP_LAYOUT.composer,
    __php_cli_ini_name: RUN_DIR_FILES.cliIni,
    __php_ph_app_dir: PLACEHOLDERS.appDir,
    __php_ph_run_dir: PLACEHOLDERS.runDir,
  });
  return inlineInclude(script, 'sed-escape.sh', sedEscapeText());
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

/**
 * Where the stand-ins for Heroku's boot script go, relative to the app: always on PATH
 * (the config dir's bin, first on PATH at run time), and where the Procfile names it by
 * path (vendor/bin/heroku-php-apache2, when inside the app).
 */
export function herokuBootShimPaths(script: string, invokedAs: string): string[] {
  const out = [`${PHP_LAYOUT.config}/bin/${script}`];
  if (invokedAs.includes('/')) {
    const rel = path.posix.normalize(invokedAs.replace(/^(?:\/app|\$\{?HOME\}?)\//, '').replace(/^\.\//, ''));
    if (!rel.startsWith('/') && rel !== '..' && !rel.startsWith('../') && path.posix.basename(rel) === script) out.push(rel);
  }
  return out;
}

/** The stand-in at `rel` (relative to the app) for Heroku's `script`: it starts the boot script. */
export function renderHerokuBootShim(script: string, rel: string): string {
  return fillBuildValues(herokuBootShimSh, { __shim_name: script, __shim_boot_rel: path.posix.relative(path.posix.dirname(rel), BOOT_SCRIPT_PATH) });
}
