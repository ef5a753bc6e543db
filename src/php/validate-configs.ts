/**
 * The generated configs, checked at build time by the binaries that will load them
 * (`nginx -t`, `php-fpm -t`) on copies with the placeholders filled for the build dir.
 * A user include nginx refuses, a php-fpm-config line FPM rejects: the build fails here,
 * naming the validator's message, instead of the app failing at every boot.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { BuildError } from '../errors/build-error.js';
import { runTool } from '../exec/run.js';
import type { BuildLog } from '../log/build-log.js';
import { fillPlaceholders } from './placeholders.js';
import { PHP_LAYOUT } from './settings.js';

export interface ValidateOptions {
  readonly appDir: string;
  /** A scratch dir standing in for the boot-time run dir. */
  readonly runDir: string;
  readonly log: BuildLog;
  /** Whether the validators run as root (then the root-only lines apply, as at boot). */
  readonly root: boolean;
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
  return ['sh', '-c', 'out=$("$@" 2>&1); rc=$?; printf "%s\\n" "$out"; exit $rc', 'validate', ...argv];
}

export async function validateGeneratedConfigs(opts: ValidateOptions): Promise<void> {
  const { appDir, runDir, log } = opts;
  const configDir = path.join(appDir, PHP_LAYOUT.config);
  await fs.mkdir(runDir, { recursive: true });
  const values = { appDir, runDir, port: '8080', webConcurrency: '2', phpFpmMaxRequests: '0', pmMaxSpareServers: '2' };
  for (const name of ['php.ini', 'php-fpm.conf', 'nginx.conf']) {
    const template = await fs.readFile(path.join(configDir, name), 'utf8');
    await fs.writeFile(path.join(runDir, name), fillPlaceholders(template, values, { root: opts.root }));
  }
  const scanDir = { env: { PHP_INI_SCAN_DIR: path.join(configDir, 'conf.d') } };
  const nginx = path.join(appDir, PHP_LAYOUT.nginx, 'sbin/nginx');
  const fpm = path.join(appDir, PHP_LAYOUT.php, 'sbin/php-fpm');
  const php = path.join(appDir, PHP_LAYOUT.php, 'bin/php');
  // Independent checks, run side by side; reported in a fixed order.
  const [n, f, p] = await Promise.all([
    runTool(viaPipe([nginx, '-t', '-q', '-p', `${runDir}/`, '-e', 'stderr', '-c', path.join(runDir, 'nginx.conf')])),
    runTool(viaPipe([fpm, '-t', ...(opts.root ? ['-R'] : []), '-y', path.join(runDir, 'php-fpm.conf'), '-c', path.join(runDir, 'php.ini')]), scanDir),
    // PHP has no -t: a php.ini or php-include it cannot parse only prints a warning (and
    // the rest of that file is ignored), so any startup output is the failure.
    runTool(viaPipe([php, '-c', path.join(runDir, 'php.ini'), '-r', 'exit(0);']), scanDir),
  ]);
  if (!n?.ok) throw configErrors.rejected('nginx', `${PHP_LAYOUT.config}/nginx.conf`, n?.output ?? 'nginx could not be started');
  if (!f?.ok) throw configErrors.rejected('php-fpm', `${PHP_LAYOUT.config}/php-fpm.conf`, f?.output ?? 'php-fpm could not be started');
  if (!p?.ok || p.output.trim() !== '') {
    throw configErrors.rejected('php', `${PHP_LAYOUT.config}/php.ini`, p?.output ?? 'php could not be started');
  }
  log.info('nginx -t, php-fpm -t and php accept the generated configuration');
}
