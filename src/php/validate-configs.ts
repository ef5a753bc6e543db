/**
 * The generated configs, checked at build time by the binaries that will load them
 * (`nginx -t`, `php-fpm -t`, `php`) on copies with the placeholders filled for the build dir.
 * A user include nginx refuses, a php-fpm-config line FPM rejects: the build fails here,
 * naming the validator's message, instead of the app failing at every boot.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { BuildError } from '../errors/build-error.js';
import { runTool } from '../exec/run.js';
import type { BuildLog } from '../log/build-log.js';
import { fillPlaceholders } from '../config-text/placeholders.js';
import type { PhpConfigFiles } from './plan.js';
import { PHP_LAYOUT } from './settings.js';
import viaPipeSh from './via-pipe.sh';

export interface FilledConfigs {
  readonly phpIni: string;
  readonly fpmConf: string;
  readonly nginxConf: string;
  /** The app's conf.d (extension inis and php-include links), as written by the build. */
  readonly confD: string;
}

/**
 * Writes copies of the configs with the placeholders filled for the build dir into
 * `runDir` (standing in for the boot-time run dir): what the validators check, and the
 * php.ini the build's own PHP (Composer, compile commands) reads.
 */
export async function writeFilledConfigs(
  files: PhpConfigFiles,
  opts: { readonly appDir: string; readonly runDir: string; readonly root: boolean },
): Promise<FilledConfigs> {
  await fs.mkdir(opts.runDir, { recursive: true });
  const values = { appDir: opts.appDir, runDir: opts.runDir, port: '8080', webConcurrency: '2', phpFpmMaxRequests: '0', pmMaxSpareServers: '2' };
  const out = {
    phpIni: path.join(opts.runDir, 'php.ini'),
    fpmConf: path.join(opts.runDir, 'php-fpm.conf'),
    nginxConf: path.join(opts.runDir, 'nginx.conf'),
    confD: path.join(opts.appDir, PHP_LAYOUT.config, 'conf.d'),
  };
  await fs.writeFile(out.phpIni, fillPlaceholders(files.phpIni, values, { root: opts.root }));
  await fs.writeFile(out.fpmConf, fillPlaceholders(files.fpmConf, values, { root: opts.root }));
  await fs.writeFile(out.nginxConf, fillPlaceholders(files.nginxConf, values, { root: opts.root }));
  return out;
}

export const configErrors = {
  rejected: (what: string, file: string, output: string) =>
    new BuildError(
      'php/config-rejected',
      `${what} rejects the generated configuration`,
      `${what === 'php' ? 'Starting php' : `\`${what} -t\``} on ${file} (with your extra.paas settings and includes) failed:\n` +
        `${output.trim().split('\n').slice(-10).map((l) => `  ${l}`).join('\n')}\n` +
        'The app would not boot with it. Fix the include or the setting named above (extra.paas nginx-includes, ' +
        'nginx-http-includes, access-log-format or ACCESS_LOG_FORMAT, php-config, php-includes, php-fpm-config, ' +
        'php-fpm-includes), commit, and deploy again.',
    ),
};

/**
 * nginx opens `/dev/stdout` and FPM `/proc/self/fd/2` by path, which fails (ENXIO) when
 * they are sockets, as Node's child stdio is: a command substitution gives them a pipe.
 */
function viaPipe(argv: readonly string[]): string[] {
  return ['sh', '-c', viaPipeSh, 'validate', ...argv];
}

export async function validateGeneratedConfigs(
  filled: FilledConfigs,
  opts: { readonly appDir: string; readonly root: boolean; readonly log: BuildLog },
): Promise<void> {
  const { appDir, log } = opts;
  const scanDir = { env: { PHP_INI_SCAN_DIR: filled.confD } };
  const nginx = path.join(appDir, PHP_LAYOUT.nginx, 'sbin/nginx');
  const fpm = path.join(appDir, PHP_LAYOUT.php, 'sbin/php-fpm');
  const php = path.join(appDir, PHP_LAYOUT.php, 'bin/php');
  // Independent checks, run side by side; reported in a fixed order.
  const [n, f, p] = await Promise.all([
    runTool(viaPipe([nginx, '-t', '-q', '-p', `${path.dirname(filled.nginxConf)}/`, '-e', 'stderr', '-c', filled.nginxConf])),
    runTool(viaPipe([fpm, '-t', ...(opts.root ? ['-R'] : []), '-y', filled.fpmConf, '-c', filled.phpIni]), scanDir),
    // PHP has no -t: a php.ini or php-include it cannot parse only prints a warning (and
    // the rest of that file is ignored), so any startup output is the failure.
    runTool(viaPipe([php, '-c', filled.phpIni, '-r', 'exit(0);']), scanDir),
  ]);
  if (!n?.ok) throw configErrors.rejected('nginx', `${PHP_LAYOUT.config}/nginx.conf`, n?.output ?? 'nginx could not be started');
  if (!f?.ok) throw configErrors.rejected('php-fpm', `${PHP_LAYOUT.config}/php-fpm.conf`, f?.output ?? 'php-fpm could not be started');
  if (!p?.ok || p.output.trim() !== '') {
    throw configErrors.rejected('php', `${PHP_LAYOUT.config}/php.ini`, p?.output ?? 'php could not be started');
  }
  log.info('nginx -t, php-fpm -t and php accept the generated configuration');
}
