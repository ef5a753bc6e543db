/**
 * The generated configs, checked at build time by the binaries that will load them
 * (`nginx -t`, `php-fpm -t`, `php`) on copies with the placeholders filled for the build dir.
 * A user include nginx refuses, a php-fpm-config line FPM rejects: the build fails here,
 * naming the validator's message, instead of the app failing at every boot.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { BuildError } from '../errors/build-error.js';
import { runTool } from '../exec/run.js';
import type { BuildLog } from '../log/build-log.js';
import { fillPlaceholders } from '../config-text/placeholders.js';
import type { PhpConfigFiles } from './plan.js';
import { PHP_LAYOUT, type PhpRuntimeSettings } from './settings.js';
import { readIfExists, writeAtomic } from '../fs/small-files.js';
import { realAppFs } from '../fs/app-fs.js';
import {
  mustRun, parsePassRecord, renderPassRecord, tokenizePaths, uncacheableBecause, validationKey, type Validator,
} from './validation-cache.js';
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
  const values = placeholderValues(opts.appDir, opts.runDir);
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

/** What the build fills the templates with: the boot script's values for a small container. */
export function placeholderValues(appDir: string, runDir: string) {
  return { appDir, runDir, port: '8080', webConcurrency: '2', phpFpmMaxRequests: '0', pmMaxSpareServers: '2' };
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

/**
 * What lets a validator be skipped (validation-cache.ts): absent when the build ran
 * commands before validating (deferred path checks: they could have changed the
 * binaries or the includes), so every validator runs.
 */
export interface ValidationCacheInputs {
  /** The record file in CACHE_DIR. */
  readonly recordFile: string;
  readonly stack: string;
  /** Checksums of the PHP and nginx artifacts the binaries come from. */
  readonly artifacts: { readonly php: string; readonly nginx: string };
  readonly files: PhpConfigFiles;
  readonly settings: PhpRuntimeSettings;
}

interface Check {
  readonly validator: Validator;
  /** As logged: `nginx -t`, `php-fpm -t`, `php`. */
  readonly label: string;
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly binary: 'php' | 'nginx';
  /** The config texts it reads (templates). */
  readonly texts: (files: PhpConfigFiles) => Record<string, string>;
  /** The app's files it includes. */
  readonly includes: (settings: PhpRuntimeSettings) => readonly string[];
  /** Its output is the verdict: ok and, for php (no -t), no output at all. */
  readonly accepts: (r: { ok: boolean; output: string }) => boolean;
  readonly file: string;
}

function checks(filled: FilledConfigs, appDir: string, root: boolean): Check[] {
  const scanDir = { PHP_INI_SCAN_DIR: filled.confD };
  const phpTexts = (f: PhpConfigFiles) => ({
    'php.ini': f.phpIni,
    ...Object.fromEntries(f.extensionInis.map((e) => [`conf.d/${e.file}`, e.text])),
    ...Object.fromEntries(f.includeLinks.map((l) => [`conf.d/${l.file}`, `-> ${l.target}`])),
  });
  return [
    {
      validator: 'nginx', label: 'nginx -t', binary: 'nginx', env: {},
      argv: [path.join(appDir, PHP_LAYOUT.nginx, 'sbin/nginx'), '-t', '-q', '-p', `${path.dirname(filled.nginxConf)}/`, '-e', 'stderr', '-c', filled.nginxConf],
      texts: (f) => ({ 'nginx.conf': f.nginxConf }), includes: (s) => [...s.nginxHttpIncludes, ...s.nginxIncludes], accepts: (r) => r.ok, file: `${PHP_LAYOUT.config}/nginx.conf`,
    },
    {
      validator: 'php-fpm', label: 'php-fpm -t', binary: 'php', env: scanDir,
      argv: [path.join(appDir, PHP_LAYOUT.php, 'sbin/php-fpm'), '-t', ...(root ? ['-R'] : []), '-y', filled.fpmConf, '-c', filled.phpIni],
      texts: (f) => ({ 'php-fpm.conf': f.fpmConf, ...phpTexts(f) }), includes: (s) => s.phpIncludes, accepts: (r) => r.ok, file: `${PHP_LAYOUT.config}/php-fpm.conf`,
    },
    {
      // PHP has no -t: a php.ini or php-include it cannot parse only prints a warning (and
      // the rest of that file is ignored), so any startup output is the failure.
      validator: 'php', label: 'php', binary: 'php', env: scanDir,
      argv: [path.join(appDir, PHP_LAYOUT.php, 'bin/php'), '-c', filled.phpIni, '-r', 'exit(0);'],
      texts: phpTexts, includes: (s) => s.phpIncludes, accepts: (r) => r.ok && r.output.trim() === '', file: `${PHP_LAYOUT.config}/php.ini`,
    },
  ];
}

/** Each check's key, or undefined when it cannot be skipped (logged with the reason). */
async function checkKeys(
  all: readonly Check[],
  filled: FilledConfigs,
  appDir: string,
  root: boolean,
  cache: ValidationCacheInputs,
): Promise<{ keys: Partial<Record<Validator, string>>; why: Partial<Record<Validator, string>> }> {
  const s = cache.settings;
  const appFs = realAppFs(appDir);
  const rels = [...new Set([...s.nginxIncludes, ...s.nginxHttpIncludes, ...s.phpIncludes])];
  // Text that did not decode cleanly could hide a byte change: treated as unreadable.
  const texts = await Promise.all(rels.map(async (r) => {
    const t = await appFs.readText(r).catch(() => undefined);
    return t?.includes('\uFFFD') ? undefined : t;
  }));
  const includeTexts = Object.fromEntries(rels.map((r, i) => [r, texts[i]]));
  const why = uncacheableBecause({ ...s, includeTexts });
  const sha256 = Object.fromEntries(rels.map((r, i) => [r, createHash('sha256').update(texts[i] ?? '').digest('hex')]));
  const runDir = path.dirname(filled.nginxConf);
  const paths = { APP_DIR: appDir, RUN_DIR: runDir, CONF_D: filled.confD };
  const keys: Partial<Record<Validator, string>> = {};
  for (const c of all) {
    if (why[c.validator] !== undefined) continue;
    keys[c.validator] = validationKey({
      validator: c.validator,
      argv: viaPipe(c.argv).map((a) => tokenizePaths(a, paths)),
      env: Object.fromEntries(Object.entries(c.env).map(([k, v]) => [k, tokenizePaths(v, paths)])),
      binary: cache.artifacts[c.binary],
      stack: cache.stack,
      texts: c.texts(cache.files),
      values: { ...placeholderValues('', ''), appDirLength: appDir.length, runDirLength: runDir.length, root },
      includes: Object.fromEntries(c.includes(s).map((r) => [r, sha256[r]!])),
    });
  }
  return { keys, why };
}

export async function validateGeneratedConfigs(
  filled: FilledConfigs,
  opts: { readonly appDir: string; readonly root: boolean; readonly log: BuildLog; readonly cache?: ValidationCacheInputs },
): Promise<void> {
  const { appDir, log, cache } = opts;
  const all = checks(filled, appDir, opts.root);
  const record = cache ? parsePassRecord(await readIfExists(cache.recordFile)) : {};
  const { keys, why } = cache ? await checkKeys(all, filled, appDir, opts.root, cache) : { keys: {}, why: {} };
  const toRun = all.filter((c) => mustRun(record, c.validator, keys[c.validator]));
  // Independent checks, run side by side; reported in a fixed order.
  const results = await Promise.all(toRun.map((c) => runTool(viaPipe(c.argv), Object.keys(c.env).length ? { env: c.env } : {})));
  toRun.forEach((c, i) => {
    const r = results[i];
    if (!r || !c.accepts(r)) throw configErrors.rejected(c.validator, c.file, r?.output ?? `${c.validator} could not be started`);
  });
  // The record only saves validations of later builds: one not written (a full cache
  // disk) costs them a validation, never this build.
  if (cache && toRun.length) await writeAtomic(cache.recordFile, renderPassRecord(record, keys, toRun.map((c) => c.validator))).catch(() => undefined);
  const skipped = all.filter((c) => !toRun.includes(c));
  if (toRun.length) log.info(`${joinLabels(toRun)} ${toRun.length === 1 ? 'accepts' : 'accept'} the generated configuration`);
  if (skipped.length) log.info(`${joinLabels(skipped)}: configuration unchanged since the last build, validated then`);
  for (const c of toRun) if (cache && why[c.validator]) log.info(`${c.label} always runs for this app: ${why[c.validator]}`);
}

function joinLabels(cs: readonly Check[]): string {
  const labels = cs.map((c) => c.label);
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
