/**
 * The Composer commands a PHP build runs, argv and env, asserted in the fast tier: the
 * plan's install command, installVendor with a recording `composer` (it writes the files
 * composer would, so the vendor/ cache sees a real tree), and the environment every build
 * command gets. What only a real Composer shows (resolution, downloads, its own scripts)
 * is left to the e2e tier (e2e/php-apps, e2e/php-vendor-reuse).
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Volume } from 'memfs';
import { knobsFrom, type ConfigVars } from '../../src/env/config-vars.js';
import { appFsFrom, type FsPromisesLike } from '../../src/fs/app-fs.js';
import { buildToolPlanner } from '../support/build-tools.js';
import { planPhpBuild, type PhpCatalogs, type PhpPlan } from '../../src/php/plan.js';
import { embeddedCatalog, embeddedPhpExtensions } from '../../src/php/versions.js';
import { installVendor } from '../../src/php/vendor-cache.js';
import { phpBuildEnv } from '../../src/php/compile.js';
import { BuildLog } from '../../src/log/build-log.js';
import { CacheWrites } from '../../src/cache/cache-writes.js';

const catalogs: PhpCatalogs = {
  php: { ...embeddedCatalog('php'), extensionsOf: embeddedPhpExtensions },
  nginx: embeddedCatalog('nginx'),
  composer: embeddedCatalog('composer'),
};

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

const LOCK = JSON.stringify({ packages: [{ name: 'acme/lib', version: '1.0.0' }], 'packages-dev': [] });

async function planOf(files: Record<string, string>, vars: ConfigVars = {}): Promise<PhpPlan> {
  const vol = Volume.fromJSON(files, '/app');
  const app = appFsFrom(vol.promises as unknown as FsPromisesLike, '/app');
  const knobs = knobsFrom(vars, {});
  return planPhpBuild(app, { stack: 'scalingo-26', configVars: vars, knobs, catalogs, planBuildTool: buildToolPlanner(app, vars, knobs) });
}

/** One build's app dir (a fresh checkout of `files`) beside a CACHE_DIR the builds share. */
async function checkout(root: string, n: number, files: Record<string, string>): Promise<string> {
  const dir = path.join(root, `app-${n}`);
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
  return dir;
}

/** installVendor as compile runs it, with a composer that records its argv and writes what `install` would. */
async function vendorStep(plan: PhpPlan, buildDir: string, cacheDir: string) {
  const ran: string[][] = [];
  let out = '';
  const log = new BuildLog({ out: (t) => (out += t), err: (t) => (out += t) });
  await installVendor({
    buildDir, cacheDir, cacheWrites: new CacheWrites(cacheDir, log), reuseVendor: plan.composer!.reuseVendor, configVars: {}, log,
    stack: plan.stack, versions: { php: plan.versions.php, composer: plan.versions.composer! }, phpArtifact: 'a'.repeat(64),
    extensions: plan.extensions.map((e) => e.name), installCommand: plan.composer!.command, lockedNames: plan.composer!.lockedNames,
    composer: async (argv) => {
      ran.push([...argv]);
      if (argv[1] === 'install') {
        await fs.mkdir(path.join(buildDir, 'vendor/acme/lib'), { recursive: true });
        await fs.mkdir(path.join(buildDir, 'vendor/composer'), { recursive: true });
        await fs.writeFile(path.join(buildDir, 'vendor/autoload.php'), '<?php // autoload\n');
        await fs.writeFile(path.join(buildDir, 'vendor/composer/autoload_classmap.php'), '<?php return [];\n');
        await fs.writeFile(path.join(buildDir, 'vendor/acme/lib/Lib.php'), '<?php class Lib {}\n');
      }
    },
  });
  return { ran, out };
}

const INSTALL = ['composer', 'install', '--prefer-dist', '--optimize-autoloader', '--no-interaction', '--no-progress', '--no-dev'];

describe('composer install, or the previous vendor/', () => {
  it('runs composer install with the documented flags; an unchanged rebuild runs no composer at all, a changed lock runs install again', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'composer-commands-'));
    dirs.push(root);
    const cacheDir = path.join(root, 'cache');
    await fs.mkdir(cacheDir);
    const files = { 'composer.json': JSON.stringify({ require: { 'acme/lib': '^1' } }), 'composer.lock': LOCK, 'index.php': '<?php' };
    const plan = await planOf(files);
    expect(plan.composer!.command).toEqual(INSTALL);

    const cold = await vendorStep(plan, await checkout(root, 1, files), cacheDir);
    expect(cold.ran).toEqual([INSTALL]);

    const warmDir = await checkout(root, 2, files);
    const warm = await vendorStep(plan, warmDir, cacheDir);
    expect(warm.ran, warm.out).toEqual([]);
    expect(warm.out).toContain(`Skipping ${INSTALL.join(' ')}: nothing that affects installation changed since the previous build (composer.json, composer.lock, PHP and Composer versions, extensions, stack, COMPOSER_* config vars).`);
    expect(await fs.readFile(path.join(warmDir, 'vendor/acme/lib/Lib.php'), 'utf8')).toBe('<?php class Lib {}\n');

    const changed = { ...files, 'composer.lock': LOCK.replace('1.0.0', '1.0.1') };
    const third = await vendorStep(await planOf(changed), await checkout(root, 3, changed), cacheDir);
    expect(third.ran).toEqual([INSTALL]);
    expect(third.out).toContain('composer.lock');
  });

  it('COMPOSER_DEV=true installs with dev packages; a reused vendor/ runs the install scripts and dumps the autoloader again when autoloaded code changed, in the same mode', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'composer-commands-'));
    dirs.push(root);
    const cacheDir = path.join(root, 'cache');
    await fs.mkdir(cacheDir);
    const json = JSON.stringify({
      require: { 'acme/lib': '^1' }, autoload: { 'psr-4': { 'App\\': 'src/' } },
      scripts: { 'post-install-cmd': ['@php -r "echo 1;"'] },
    });
    const files = { 'composer.json': json, 'composer.lock': LOCK, 'src/App.php': '<?php class App {}' };
    const plan = await planOf(files, { COMPOSER_DEV: 'true' });
    const install = INSTALL.filter((a) => a !== '--no-dev');
    expect(plan.composer!.command).toEqual(install);
    expect((await vendorStep(plan, await checkout(root, 1, files), cacheDir)).ran).toEqual([install]);

    const edited = { ...files, 'src/App.php': '<?php class App { const V = 2; }' };
    const warm = await vendorStep(plan, await checkout(root, 2, edited), cacheDir);
    expect(warm.ran).toEqual([
      ['composer', 'dump-autoload', '--optimize', '--no-interaction'],
      ['composer', 'run-script', 'post-install-cmd', '--no-interaction'],
    ]);
  });
});

describe('the environment of the build commands', () => {
  const ctxFor = async (root: string, configVars: ConfigVars, full = false) => ({
    buildDir: path.join(root, 'app'), cacheDir: path.join(root, 'cache'), tmpDir: path.join(root, 'tmp'),
    platformEnv: { PATH: '/usr/bin:/bin', HOME: '/root' }, configVars,
    // A cache disk with 4 KiB free is full from the start (CACHE_MIN_FREE_BYTES).
    cacheWrites: await CacheWrites.open(path.join(root, 'cache'), { warn: () => undefined, info: () => undefined },
      async () => ({ bavail: full ? 1 : 1e9, bsize: 4096 })),
  });

  it('PHP and Composer from the slug first on PATH, the app\'s php.ini, Composer\'s home and cache in CACHE_DIR, no prompt; the config vars passed, the GitHub token turned into COMPOSER_AUTH', async () => {
    const plan = await planOf({ 'composer.json': JSON.stringify({ require: { 'symfony/framework-bundle': '^7' } }), 'composer.lock': JSON.stringify({ packages: [{ name: 'symfony/framework-bundle', version: '7.1.0' }] }) });
    const vars = { COMPOSER_GITHUB_TOKEN: 'ghp_123', APP_ENV: 'staging' };
    const env = phpBuildEnv(plan, await ctxFor('/r', vars), '/tmp/run/php.ini');
    expect(env.PATH).toBe('/r/app/.scalingo/php/bin:/r/app/.scalingo/php-app/bin:/r/app/vendor/bin:/usr/bin:/bin');
    expect(env).toMatchObject({
      PHPRC: '/tmp/run/php.ini', PHP_INI_SCAN_DIR: '/r/app/.scalingo/php-app/conf.d',
      COMPOSER_HOME: expect.stringMatching(/^\/r\/cache\//), COMPOSER_CACHE_DIR: expect.stringMatching(/^\/r\/cache\//),
      COMPOSER_NO_INTERACTION: '1', COMPOSER_ALLOW_SUPERUSER: '1', APP_ENV: 'staging',
    });
    expect(JSON.parse(env.COMPOSER_AUTH!)).toEqual({ 'github-oauth': { 'github.com': 'ghp_123' } });
    expect(env.COMPOSER_GITHUB_TOKEN).toBeUndefined();
  });

  it('with the cache disk full, Composer\'s home and cache are in the build\'s temp dir', async () => {
    const plan = await planOf({ 'composer.json': '{}' });
    const env = phpBuildEnv(plan, await ctxFor('/r', {}, true), '/tmp/run/php.ini');
    expect(env.COMPOSER_HOME).toMatch(/^\/r\/tmp\/composer-cache\//);
    expect(env.COMPOSER_CACHE_DIR).toMatch(/^\/r\/tmp\/composer-cache\//);
  });
});
