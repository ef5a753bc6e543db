/**
 * Executes a PhpPlan: the Node build first when there is one (php.md §9), then PHP,
 * nginx and Composer from the artifact store (verified, cached in CACHE_DIR), the
 * configs and the boot script, `composer install`, the compile commands. Every decision
 * was made by the plan; this module only logs and applies it.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Problem } from '../errors/build-error.js';
import { logConfigVars, type BuildLog } from '../log/build-log.js';
import type { ConfigVars } from '../env/config-vars.js';
import { passthroughEnv } from '../env/passthrough.js';
import { fillBuildValues } from '../env/sh-quote.js';
import frameworkEnvSh from './framework-env.sh';
import { readIfExists, writeAtomic } from '../fs/small-files.js';
import { ensureEngineDir, writeEngineFile } from '../fs/app-tree.js';
import { runCommand, type RunCommand } from '../exec/run.js';
import { ArtifactCache } from '../runtime/artifact-cache.js';
import { TreeCache } from '../cache/tree-cache.js';
import { writeCacheFile, type CacheWrites } from '../cache/cache-writes.js';
import { CACHE_LAYOUT_VERSION, compareSignatures, parseSignature, type CacheSignature } from '../cache/signature.js';
import { extractTarSafely } from '../runtime/extract.js';
import {
  BOOT_SCRIPT_PATH, COMPOSER_WRAPPER_PATH, PHP_PROFILE_PATH, herokuBootShimPaths, renderBootScript, renderComposerWrapper, renderHerokuBootShim, renderPhpProfile,
  unsafeAppPathChar,
} from './boot.js';
import { formatIniSize } from './memory-limit.js';
import { composerAuthEnv } from './composer-auth.js';
import { composerProblemExcerpt, phpErrors } from './errors.js';
import { checkAppPath, type PhpConfigFiles, type PhpPlan } from './plan.js';
import { realAppFs } from '../fs/app-fs.js';
import { PHP_LAYOUT } from './settings.js';
import { CACHE, COMPOSER_CACHE, SLUG } from '../layout/layout.js';
import type { PhpStores } from './stores.js';
import { validateGeneratedConfigs, writeFilledConfigs } from './validate-configs.js';
import { installVendor } from './vendor-cache.js';
import { COMPONENT_LABEL as LABEL, type Component } from './versions.js';
import { describeSource } from '../env/sourced.js';

export interface PhpCompileContext {
  readonly buildDir: string;
  readonly cacheDir: string;
  readonly tmpDir: string;
  readonly stores: PhpStores;
  readonly configVars: ConfigVars;
  readonly platformEnv: Readonly<Record<string, string | undefined>>;
  readonly log: BuildLog;
  /** The build's writes into CACHE_DIR (best-effort; a full cache disk said once). */
  readonly cacheWrites: CacheWrites;
  /** The build runs as root (process.getuid() === 0), read by the CLI edge. */
  readonly root: boolean;
  /** Runs the build's commands (composer, the framework's and compile commands, the Node build's): runCommand unless a test records them. */
  readonly run?: RunCommand;
}

/**
 * The error_reporting Composer starts with: everything but deprecations. Composer raises it
 * again itself (and turns display_errors on), so PHP's notices of its code still come,
 * "PHP Deprecated:  … in phar://…/composer/… on line N" on stderr and "Deprecated: …" on
 * stdout, and its error handler prints "Deprecation Notice: … in phar://…/composer/…:N":
 * COMPOSER_OWN_DEPRECATIONS leaves all three out of the log.
 */
const COMPOSER_ERROR_REPORTING = 'error_reporting=E_ALL & ~E_DEPRECATED & ~E_USER_DEPRECATED';
const COMPOSER_OWN_DEPRECATIONS = {
  pattern: /^(?:Deprecation Notice: .* in phar:\/\/\S*\/composer\/bin\/composer\/\S+:\d+|(?:PHP Deprecated: {2}|Deprecated: ).* in phar:\/\/\S*\/composer\/bin\/composer\/\S+ on line \d+)\r?\n?$/,
  what: "deprecation notices of Composer's own code (a Composer older than this PHP)",
};

const TARGET: Record<Component, string> = { php: PHP_LAYOUT.php, nginx: PHP_LAYOUT.nginx, composer: PHP_LAYOUT.composer };

export async function compilePhp(plan: PhpPlan, ctx: PhpCompileContext): Promise<void> {
  const { log, buildDir } = ctx;
  const run = ctx.run ?? runCommand;
  const warn = (w: Problem) => log.warn(w);
  /** Writes an engine file of the app: its directory made real, the file replaced by rename. */
  const writeAppFile = async (rel: string, text: string, mode?: number) =>
    writeEngineFile(await ensureEngineDir(buildDir, path.posix.dirname(rel), warn), path.posix.basename(rel), text, mode);
  // Before anything runs: the configs (and so nginx -t) cannot hold such a path.
  for (const [what, dir] of [['The build directory', buildDir], ['The temporary directory (TMPDIR)', ctx.tmpDir]] as const) {
    const bad = unsafeAppPathChar(dir);
    if (bad !== undefined) throw phpErrors.appPathUnsupported(what, dir, bad);
  }
  for (const w of plan.warnings) log.warn(w);
  logConfigVars(log, ctx.configVars);
  describePlan(plan, ctx);

  const tool = plan.assetBuild;
  if (tool) {
    log.header(`Building front-end assets with ${tool.name} (package.json found)`);
    log.info(`The ${tool.name} build runs first, as for a ${tool.name} app (the steps below); PHP, nginx and Composer are installed after it`);
    await tool.compile({
      buildDir, cacheDir: ctx.cacheDir, tmpDir: ctx.tmpDir, configVars: ctx.configVars,
      platformEnv: ctx.platformEnv, log, cacheWrites: ctx.cacheWrites, ...(ctx.run ? { run: ctx.run } : {}),
    });
  } else if (plan.nodeSkipped) {
    log.info(`package.json found, Node.js build skipped: ${plan.nodeSkipped}`);
  }

  const artifacts = new ArtifactCache(path.join(ctx.cacheDir, CACHE.artifacts), { writes: ctx.cacheWrites, spillDir: path.join(ctx.tmpDir, 'artifacts') });
  const components: Component[] = ['php', 'nginx', ...(plan.versions.composer ? (['composer'] as const) : [])];
  for (const c of components) {
    const version = plan.versions[c]!;
    await log.step(`Installing ${LABEL[c]} ${version}`, async () => {
      const a = ctx.stores.artifact(c, version);
      const target = path.join(buildDir, TARGET[c]);
      // .scalingo a real directory first: the rm and the extraction never go through a link.
      await ensureEngineDir(buildDir, path.posix.dirname(TARGET[c]), warn);
      await fs.rm(target, { recursive: true, force: true });
      // The extracted tree of the previous build with the same artifact (keyed by its
      // checksum), hard-linked back after a manifest check: no hashing, no extraction.
      const trees = new TreeCache(path.join(ctx.cacheDir, CACHE.phpRuntimes, c), ctx.cacheWrites);
      const key = `${c}-${version}-${a.sha256.slice(0, 16)}`;
      await trees.sweep();
      const kept = await trees.restore(key, path.dirname(target));
      if (kept.status === 'restored') {
        log.info(`Restored ${c} ${version} from the build cache (${kept.linked ? 'hard-linked' : 'copied'}, manifest checked)`);
        return;
      }
      if (kept.status === 'damaged') log.info(`The cached ${c} tree was not reused: ${kept.why}`);
      const got = await artifacts.fetch(
        { name: c, version, url: a.url, checksum: `sha256:${a.sha256}` },
        { progress: (l) => log.info(l) },
      );
      log.info(got.fromCache ? `Using cached ${c} ${version} (verified)` : `Downloaded ${a.url} (verified, sha256 ${a.sha256.slice(0, 12)}…)`);
      await extractTarSafely(got.path, target, { what: `${LABEL[c]} ${version}` });
      await trees.save(key, path.dirname(target), [path.basename(target)], { url: a.url }, { label: `${LABEL[c]} ${version} (${TARGET[c]})` });
      await trees.retainOnly(key);
    });
  }

  const configDir = path.join(await ensureEngineDir(buildDir, path.posix.dirname(PHP_LAYOUT.config), warn), path.posix.basename(PHP_LAYOUT.config));
  const filledConfigs = await log.step('Writing PHP, PHP-FPM and nginx configuration', async () => {
    await writeConfigs(plan.configFiles, buildDir, configDir);
    if (plan.versions.composer) {
      // Debian-style Composer scripts start with #!/usr/bin/php, which the app image may lack.
      await writeAppFile(COMPOSER_WRAPPER_PATH, renderComposerWrapper(), 0o755);
    }
    for (const e of plan.extensions.filter((x) => x.source.kind !== 'default')) {
      const how = e.how === 'builtin' ? 'embedded in runtime'
        : e.how === 'shared' ? 'shared extension, enabled'
        : `not in this PHP; provided by ${describeSource(e.providedBy!)}, which stands in for it`;
      log.info(`ext-${e.name}: ${how} (required by ${describeSource(e.source)})`);
    }
    const byDefault = plan.extensions.filter((x) => x.source.kind === 'default').map((x) => x.name);
    if (byDefault.length) log.info(`Shared extensions enabled by default: ${byDefault.join(', ')}`);
    const filled = await writeFilledConfigs(plan.configFiles, { appDir: buildDir, runDir: path.join(ctx.tmpDir, 'run'), root: ctx.root });
    if (plan.deferredPathChecks.length === 0) {
      // Skipped per validator when its inputs are those of a previous build that passed.
      const cache = {
        recordFile: path.join(ctx.cacheDir, CACHE.phpValidated), stack: plan.stack, files: plan.configFiles, settings: plan.settings,
        artifacts: { php: ctx.stores.artifact('php', plan.versions.php).sha256, nginx: ctx.stores.artifact('nginx', plan.versions.nginx).sha256 },
      };
      await validateGeneratedConfigs(filled, { appDir: buildDir, root: ctx.root, log, cache });
    }
    else log.info(`Validating the configs after the build: ${plan.deferredPathChecks.map((c) => `${c.rel || '.'} (${c.keyPath})`).join(', ')} does not exist yet, the build may create it`);
    return filled;
  });
  const buildIni = filledConfigs.phpIni;

  const env = phpBuildEnv(plan, ctx, buildIni);
  if (plan.composer) {
    await log.step('Restoring the Composer cache', async () => {
      // Composer's cache holds dist archives, safe across versions; still, a cache built
      // for another stack, PHP or Composer is dropped (common.md §6), with the reason.
      const signature: CacheSignature = { layout: CACHE_LAYOUT_VERSION, stack: plan.stack, tools: { php: plan.versions.php, composer: plan.versions.composer! } };
      const file = path.join(ctx.cacheDir, COMPOSER_CACHE.signature);
      const decision = compareSignatures(parseSignature(await readIfExists(file)), signature);
      if (decision.action === 'invalidate') {
        log.info(`Composer cache: not reused (${decision.reason})`);
        await fs.rm(path.join(ctx.cacheDir, CACHE.composer), { recursive: true, force: true });
      } else {
        log.info('Composer cache: reused from the previous build');
      }
      if (ctx.cacheWrites.full) log.info("Composer cache: in the build's temp dir (the cache disk is full)");
      await writeCacheFile(ctx.cacheWrites, file, JSON.stringify(signature) + '\n', 'The Composer cache signature');
    });
    await log.step('Installing dependencies with Composer', async () => {
      log.info(`${plan.composer!.why}; ${plan.composer!.lockedPackages} locked package${plan.composer!.lockedPackages === 1 ? '' : 's'}`);
      // composer install, or the previous build's vendor/ (vendor-reuse.ts).
      await installVendor({
        buildDir, cacheDir: ctx.cacheDir, cacheWrites: ctx.cacheWrites, reuseVendor: plan.composer!.reuseVendor, configVars: ctx.configVars, log, stack: plan.stack,
        versions: { php: plan.versions.php, composer: plan.versions.composer! },
        phpArtifact: ctx.stores.artifact('php', plan.versions.php).sha256,
        extensions: plan.extensions.map((e) => e.name), installCommand: plan.composer!.command,
        lockedNames: plan.composer!.lockedNames,
        composer: async (command) => {
          const [, ...args] = command;
          // Composer's own deprecation notices are left out of the log: they are about
          // Composer's code on a newer PHP (2.5 on 8.4 prints ~90 lines, PHP's twice), never
          // about the app. The app's scripts run in PHP processes of their own.
          const argv = [
            path.join(buildDir, PHP_LAYOUT.php, 'bin/php'), '-d', COMPOSER_ERROR_REPORTING,
            path.join(buildDir, PHP_LAYOUT.composer, 'bin/composer'), ...args,
          ];
          const r = await run(argv, { cwd: buildDir, env, log, shown: command.join(' '), hideLines: COMPOSER_OWN_DEPRECATIONS });
          if (!r.ok) throw phpErrors.composerInstallFailed(command.join(' '), r.exit, r.tail, composerProblemExcerpt(r.output));
        },
      });
    });
  }

  for (const fc of plan.frameworkCommands) {
    await log.step(fc.step, async () => {
      const r = await run(fc.command, { cwd: buildDir, env, log });
      if (!r.ok) throw phpErrors.compileCommandFailed(fc.command.join(' '), fc.where, r.exit, r.tail);
    });
  }

  for (const [i, command] of plan.compileCommands.entries()) {
    await log.step(`Running compile command ${i + 1}/${plan.compileCommands.length}`, async () => {
      const r = await run(['sh', '-c', command], { cwd: buildDir, env, log, shown: command });
      if (!r.ok) throw phpErrors.compileCommandFailed(command, `compile command extra.paas.compile[${i}]`, r.exit, r.tail);
    });
  }

  if (plan.deferredPathChecks.length > 0) {
    await log.step('Checking the paths the build created, and the configs', async () => {
      const appFs = realAppFs(buildDir);
      for (const check of plan.deferredPathChecks) {
        await checkAppPath(appFs, check, 'after-build');
        log.info(`${check.rel || '.'} (${check.keyPath}): created by the build`);
      }
      await validateGeneratedConfigs(filledConfigs, { appDir: buildDir, root: ctx.root, log });
    });
  }

  await log.step('Writing the boot script and runtime environment', async () => {
    await writeAppFile(BOOT_SCRIPT_PATH, renderBootScript({
      memoryLimit: plan.memoryLimit.value, memoryLimitSource: plan.memoryLimit.source, logFiles: plan.settings.logFiles,
    }), 0o755);
    await writeAppFile(PHP_PROFILE_PATH, renderPhpProfile());
    const frameworkEnv = renderFrameworkEnvProfile(plan.framework.env);
    if (frameworkEnv) {
      await writeAppFile(FRAMEWORK_PROFILE_PATH, frameworkEnv);
      log.info(`${FRAMEWORK_PROFILE_PATH}: ${Object.entries(plan.framework.env).map(([k, v]) => `${k}=${v}`).join(', ')} unless set (${plan.framework.id})`);
    }
    log.info(`${BOOT_SCRIPT_PATH}: starts PHP-FPM then nginx on $PORT; WEB_CONCURRENCY from the container memory at boot`);
    log.info(`${PHP_PROFILE_PATH}: PATH (php, composer, vendor/bin), PHPRC`);
    if (plan.herokuBoot) {
      for (const rel of herokuBootShimPaths(plan.herokuBoot.script, plan.herokuBoot.invokedAs)) {
        await writeAppFile(rel, renderHerokuBootShim(plan.herokuBoot.script, rel), 0o755);
        log.info(`${rel}: stands in for Heroku's ${plan.herokuBoot.script}, starts ${BOOT_SCRIPT_PATH}`);
      }
    }
    log.info(`Process type web: ${plan.processTypes.web} (${plan.processSource})`);
  });
}

const FRAMEWORK_PROFILE_PATH = SLUG.phpFrameworkProfile;

/**
 * The framework's runtime defaults (Symfony's APP_ENV=prod); a config var still wins:
 * framework-env.sh exports each one the environment does not set, from `NAME=value` lines.
 */
export function renderFrameworkEnvProfile(env: Readonly<Record<string, string>>): string | undefined {
  const entries = Object.entries(env).filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
  if (!entries.length) return undefined;
  // One default a line: a line break inside a value (data/php-frameworks.json) would split it.
  for (const [k, v] of entries) if (/[\r\n]/.test(v)) throw new Error(`framework default ${k} has a line break`);
  return fillBuildValues(frameworkEnvSh, { __fw_defaults: entries.map(([k, v]) => `${k}=${v}`).join('\n') });
}

function describePlan(plan: PhpPlan, ctx: PhpCompileContext): void {
  const { log } = ctx;
  log.header('Versions');
  for (const c of ['php', 'nginx', 'composer'] as const) {
    const r = plan.resolved[c];
    if (r) log.info(`${LABEL[c]} ${r.version}: ${r.why}; from ${ctx.stores.sources[c]}`);
  }
  log.info(`Framework: ${plan.framework.id} (${plan.framework.source})`);
  log.info(`Document root: ${plan.documentRoot.value === '' ? 'the app root' : plan.documentRoot.value} (${describeSource(plan.documentRoot.source)})`);
  const ml = plan.memoryLimit.value;
  log.info(`memory_limit: ${formatIniSize(ml)} (${plan.memoryLimit.source}): PHP-FPM workers are sized from it at boot`);
}

async function writeConfigs(files: PhpConfigFiles, buildDir: string, configDir: string): Promise<void> {
  await fs.rm(configDir, { recursive: true, force: true });
  const confD = path.join(configDir, 'conf.d');
  await fs.mkdir(confD, { recursive: true });
  await fs.writeFile(path.join(configDir, 'php.ini'), files.phpIni);
  await fs.writeFile(path.join(configDir, 'php-fpm.conf'), files.fpmConf);
  await fs.writeFile(path.join(configDir, 'nginx.conf'), files.nginxConf);
  for (const { file, text } of files.extensionInis) await fs.writeFile(path.join(confD, file), text);
  // php-includes load after php.ini through the scan dir; relative symlinks keep the
  // app's own file authoritative and survive the slug moving to another path.
  for (const { file, target } of files.includeLinks) {
    await fs.symlink(path.relative(confD, path.join(buildDir, target)), path.join(confD, file));
  }
}

/** The environment of composer and compile commands: php, composer, vendor/bin (and node) on PATH. */
/** The environment of every command the PHP build runs (composer, the framework's and the app's compile commands). */
export function phpBuildEnv(plan: PhpPlan, ctx: Pick<PhpCompileContext, 'buildDir' | 'cacheDir' | 'tmpDir' | 'platformEnv' | 'configVars' | 'cacheWrites'>, phpIni: string): Record<string, string> {
  const { buildDir, cacheDir, platformEnv } = ctx;
  const env = passthroughEnv(platformEnv);
  // Framework defaults (Symfony's APP_ENV=prod) first: a config var of the same name wins,
  // as it does at run time (.profile.d/php-framework.sh).
  Object.assign(env, plan.framework.env);
  Object.assign(env, ctx.configVars);
  Object.assign(env, composerAuthEnv(ctx.configVars));
  delete env.COMPOSER_GITHUB_TOKEN;
  const bins = [
    path.join(buildDir, PHP_LAYOUT.php, 'bin'),
    path.dirname(path.join(buildDir, COMPOSER_WRAPPER_PATH)),
    path.join(buildDir, 'vendor/bin'),
    ...(plan.assetBuild?.pathEntries ?? []).map((rel) => path.join(buildDir, rel)),
  ];
  env.PATH = [...bins, platformEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin'].join(':');
  // PHP reads the app's php.ini (placeholders filled for this build dir) and conf.d, never
  // the machine's /etc/php: the build sees the same PHP configuration as the app.
  env.PHPRC = phpIni;
  env.PHP_INI_SCAN_DIR = path.join(buildDir, PHP_LAYOUT.config, 'conf.d');
  // Composer's home and cache in the build's temp dir when the cache disk is full: a
  // download filling it would fail the install.
  const composerRoot = ctx.cacheWrites.full ? path.join(ctx.tmpDir, 'composer-cache') : cacheDir;
  env.COMPOSER_HOME = path.join(composerRoot, COMPOSER_CACHE.home);
  env.COMPOSER_CACHE_DIR = path.join(composerRoot, COMPOSER_CACHE.cache);
  env.COMPOSER_NO_INTERACTION = '1';
  // Build containers often run as root; Composer's warning about it is noise there.
  env.COMPOSER_ALLOW_SUPERUSER = '1';
  return env;
}
