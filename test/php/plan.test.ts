/**
 * planPhpBuild on in-memory apps (php.md §1, §2, §4, §5, §7, §8, §9): given these files
 * and config vars, expect this plan — or this error id.
 */
import { describe, expect, it } from 'vitest';
import { Volume } from 'memfs';
import { BuildError } from '../../src/errors/build-error.js';
import { knobsFrom, type ConfigVars } from '../../src/env/config-vars.js';
import { appFsFrom, type AppFs, type FsPromisesLike } from '../../src/fs/app-fs.js';
import { DEFAULT_WEB_COMMAND, planPhpBuild, type PhpCatalogs, type PhpPlan, type PhpPlanContext } from '../../src/php/plan.js';
import { formatIniSize } from '../../src/php/memory-limit.js';
import { embeddedCatalog, embeddedPhpExtensions } from '../../src/php/versions.js';
import { said } from '../support/said.js';
import { buildToolPlanner } from '../support/build-tools.js';
import { describeSource } from '../../src/env/sourced.js';

type Vol = InstanceType<typeof Volume>;
/** File contents; `null` makes an empty directory; objects are written as JSON. */
type Files = Record<string, string | null | object>;

const catalogs: PhpCatalogs = {
  php: { ...embeddedCatalog('php'), extensionsOf: embeddedPhpExtensions },
  nginx: embeddedCatalog('nginx'),
  composer: embeddedCatalog('composer'),
};
function ctx(fs: AppFs, vars: ConfigVars = {}, platformEnv: Record<string, string> = {}): PhpPlanContext {
  const knobs = knobsFrom(vars, platformEnv);
  return { stack: 'scalingo-26', configVars: vars, knobs, catalogs, planBuildTool: buildToolPlanner(fs, vars, knobs) };
}

/**
 * The app lives in /app; /outside is a directory of the same volume outside it, for
 * symlink-escape cases (`setup` adds the links).
 */
function memApp(files: Files, setup?: (vol: Vol) => void) {
  const json: Record<string, string | null> = {};
  for (const [p, v] of Object.entries(files)) json[p] = v === null || typeof v === 'string' ? v : JSON.stringify(v);
  const vol = Volume.fromJSON({ ...json, '/outside/secret.conf': 'location / { }\n', '/outside/php.ini': 'memory_limit=1M\n' }, '/app');
  vol.mkdirSync('/app', { recursive: true });
  setup?.(vol);
  return appFsFrom(vol.promises as unknown as FsPromisesLike, '/app');
}

const plan = (files: Files, vars: ConfigVars = {}, setup?: (vol: Vol) => void, platformEnv: Record<string, string> = {}) => {
  const fs = memApp(files, setup);
  return planPhpBuild(fs, ctx(fs, vars, platformEnv));
};

async function planError(files: Files, vars: ConfigVars = {}, setup?: (vol: Vol) => void): Promise<BuildError> {
  try {
    await plan(files, vars, setup);
  } catch (e) {
    if (e instanceof BuildError) return e;
    throw e;
  }
  throw new Error('expected the plan to fail with a BuildError');
}

interface LockPkg {
  name: string;
  version?: string;
  require?: Record<string, string>;
  dev?: boolean;
}
const lock = (pkgs: LockPkg[]) => ({
  packages: pkgs.filter((p) => !p.dev).map((p) => ({ name: p.name, version: p.version ?? '1.0.0', require: p.require ?? {} })),
  'packages-dev': pkgs.filter((p) => p.dev).map((p) => ({ name: p.name, version: p.version ?? '1.0.0', require: p.require ?? {} })),
});
/** A composer.json with `extra.paas` and a lock that matches it. */
const paasApp = (paas: unknown, extra: Files = {}): Files => ({
  'composer.json': { extra: { paas } },
  'index.php': '<?php',
  ...extra,
});

const PROD_INSTALL = ['composer', 'install', '--prefer-dist', '--optimize-autoloader', '--no-interaction', '--no-progress', '--no-dev'];

describe('classic app (index.php only)', () => {
  it('no composer step, default framework, app root served, boot script as web', async () => {
    const p = await plan({ 'index.php': '<?php echo "hi";' });
    expect(p.language).toBe('php');
    expect(p.stack).toBe('scalingo-26');
    expect(p.composer).toBeUndefined();
    expect(p.versions).toEqual({ php: '8.4.22', nginx: '1.30.3' });
    expect(p.resolved.composer).toBeUndefined();
    expect(describeSource(p.resolved.php.request.source)).toBe('the default');
    expect(p.framework.id).toBe('default');
    expect(p.documentRoot.value).toBe('');
    expect(p.settings.documentRoot).toBe('');
    expect(p.settings.indexDocument).toBe('index.php');
    expect(p.compileCommands).toEqual([]);
    expect(p.assetBuild).toBeUndefined();
    expect(p.nodeSkipped).toBeUndefined();
    expect(p.warnings).toEqual([]);
  });

  it.each([
    ['8.3', '8.3.31'],
    ['8.2', '8.2.31'],
    ['8.5', '8.5.7'],
    ['default', '8.4.22'],
    ['~8.3.0', '8.3.31'],
  ])('PHP_VERSION=%s → PHP %s', async (v, expected) => {
    const p = await plan({ 'index.php': '<?php' }, { PHP_VERSION: v });
    expect(p.versions.php).toBe(expected);
    expect(describeSource(p.resolved.php.request.source)).toBe('PHP_VERSION config var');
    // The config var is the classic app's only source: no "ignored" warning.
    expect(p.warnings.map((w) => w.id)).not.toContain('php/ignored-platform-version');
  });

  it('PHP_VERSION naming a line that does not exist → php/no-matching-version', async () => {
    expect((await planError({ 'index.php': '<?php' }, { PHP_VERSION: '7.4' })).id).toBe('php/no-matching-version');
  });

  it('NGINX_VERSION picks the mainline', async () => {
    expect((await plan({ 'index.php': '<?php' }, { NGINX_VERSION: '1.31' })).versions.nginx).toBe('1.31.2');
  });

  it('composer.json beats PHP_VERSION, with a warning', async () => {
    const p = await plan({ 'composer.json': { require: { php: '~8.3.0' } } }, { PHP_VERSION: '8.5' });
    expect(p.versions.php).toBe('8.3.31');
    expect(describeSource(p.resolved.php.request.source)).toBe('require.php in composer.json');
    expect(p.warnings.map((w) => w.id)).toContain('php/ignored-platform-version');
  });
});

describe('composer.json and composer.lock (php.md §1, §3)', () => {
  it('composer.json {} without a lock: composer install planned, nothing to install', async () => {
    const p = await plan({ 'composer.json': '{}' });
    expect(p.composer).toBeDefined();
    expect(p.composer!.command).toEqual(PROD_INSTALL);
    expect(p.composer!.dev).toBe(false);
    expect(p.composer!.lockedPackages).toBe(0);
    expect(p.versions.composer).toBe('2.10.1');
    expect(p.resolved.composer?.version).toBe('2.10.1');
  });

  it('requiring only platform packages (php, ext-*) needs no lock', async () => {
    const p = await plan({ 'composer.json': { require: { php: '^8.2', 'ext-intl': '*', 'ext-json': '*' } } });
    expect(p.composer?.command).toEqual(PROD_INSTALL);
  });

  it.each<[string, Files, ConfigVars, string, string?]>([
    ['a required package without composer.lock', { 'composer.json': { require: { 'monolog/monolog': '^3.0' } } }, {}, 'php/composer-lock-missing', 'monolog/monolog'],
    ['composer.lock without composer.json', { 'composer.lock': lock([]), 'index.php': '<?php' }, {}, 'php/composer-json-missing'],
    [
      'a required package missing from the lock',
      { 'composer.json': { require: { 'monolog/monolog': '^3.0', 'guzzlehttp/guzzle': '^7' } }, 'composer.lock': lock([{ name: 'monolog/monolog' }]) },
      {},
      'php/composer-lock-out-of-date',
      'guzzlehttp/guzzle',
    ],
    [
      'with COMPOSER_DEV=true, a require-dev package missing from the lock',
      { 'composer.json': { require: { 'a/a': '^1' }, 'require-dev': { 'phpunit/phpunit': '^11' } }, 'composer.lock': lock([{ name: 'a/a' }]) },
      { COMPOSER_DEV: 'true' },
      'php/composer-lock-out-of-date',
      'phpunit/phpunit',
    ],
    ['composer.json not JSON', { 'composer.json': '{"require": ' }, {}, 'php/composer-json-invalid', 'line 1'],
    ['composer.json empty', { 'composer.json': '' }, {}, 'php/composer-json-empty'],
    ['composer.lock not JSON', { 'composer.json': '{}', 'composer.lock': '{' }, {}, 'php/composer-lock-invalid'],
  ])('%s → %s', async (_name, files, vars, id, mention) => {
    const e = await planError(files, vars);
    expect(e.id).toBe(id);
    if (mention) expect(`${e.title}\n${e.body}`).toContain(mention);
  });

  it('require-dev missing from the lock is fine for a production install', async () => {
    const p = await plan({
      'composer.json': { require: { 'a/a': '^1' }, 'require-dev': { 'phpunit/phpunit': '^11' } },
      'composer.lock': lock([{ name: 'a/a' }]),
    });
    expect(p.composer?.dev).toBe(false);
  });

  it('the plan decides whether vendor/ may be reused: PHP_REUSE_VENDOR=false only turns it off', async () => {
    const files: Files = { 'composer.json': { require: { 'a/a': '^1' } }, 'composer.lock': lock([{ name: 'a/a' }]) };
    expect((await plan(files)).composer?.reuseVendor).toBe(true);
    expect((await plan(files, { PHP_REUSE_VENDOR: 'false' })).composer?.reuseVendor).toBe(false);
    expect((await plan(files, { PHP_REUSE_VENDOR: 'true' })).composer?.reuseVendor).toBe(true);
  });

  it('the install command, exactly; COMPOSER_DEV=true drops --no-dev and counts dev packages', async () => {
    const files: Files = {
      'composer.json': { require: { 'a/a': '^1', 'b/b': '^1' }, 'require-dev': { 'c/c': '^1' } },
      'composer.lock': lock([{ name: 'a/a' }, { name: 'b/b' }, { name: 'c/c', dev: true }]),
    };
    const prod = await plan(files);
    expect(prod.composer).toMatchObject({ command: PROD_INSTALL, dev: false, lockedPackages: 2 });

    const dev = await plan(files, { COMPOSER_DEV: 'true' });
    expect(dev.composer?.command).toEqual(PROD_INSTALL.filter((a) => a !== '--no-dev'));
    expect(dev.composer).toMatchObject({ dev: true, lockedPackages: 3 });
    expect(dev.composer?.why).toContain('COMPOSER_DEV=true');

    // Anything but "true" is a production install.
    expect((await plan(files, { COMPOSER_DEV: '1' })).composer?.dev).toBe(false);
    // The platform's build environment sets it too (a config var still wins).
    expect((await plan(files, {}, undefined, { COMPOSER_DEV: 'true' })).composer?.dev).toBe(true);
    expect((await plan(files, { COMPOSER_DEV: 'false' }, undefined, { COMPOSER_DEV: 'true' })).composer?.dev).toBe(false);
  });
});

describe('PHP version from the locked packages (php.md §2)', () => {
  const app = (pkgs: LockPkg[], rootPhp?: string): Files => ({
    'composer.json': { require: { ...(rootPhp ? { php: rootPhp } : {}), ...Object.fromEntries(pkgs.filter((p) => !p.dev).map((p) => [p.name, '*'])) } },
    'composer.lock': lock(pkgs),
  });

  it('a locked package requiring php <8.4 → 8.3.31', async () => {
    const p = await plan(app([{ name: 'old/lib', require: { php: '>=8.1 <8.4' } }]));
    expect(p.versions.php).toBe('8.3.31');
    expect(p.resolved.php.why).toContain('1 locked package');
  });

  it('the root request and the locked packages must all hold', async () => {
    expect((await plan(app([{ name: 'old/lib', require: { php: '<8.4' } }], '^8.2'))).versions.php).toBe('8.3.31');
    expect((await plan(app([{ name: 'old/lib', require: { php: '<8.3' } }], '^8.2'))).versions.php).toBe('8.2.31');
    expect((await plan(app([{ name: 'new/lib', require: { php: '>=8.5' } }]))).versions.php).toBe('8.5.7');
  });

  it('a dev package counts only when dev dependencies are installed', async () => {
    const files = app([{ name: 'a/a' }, { name: 'dev/tool', dev: true, require: { php: '<8.3' } }]);
    expect((await plan(files)).versions.php).toBe('8.4.22');
    expect((await plan(files, { COMPOSER_DEV: 'true' })).versions.php).toBe('8.2.31');
  });

  it('conflicting constraints → php/no-matching-version naming both', async () => {
    const e = await planError(app([{ name: 'old/lib', require: { php: '<8.3' } }], '>=8.4'));
    expect(e.id).toBe('php/no-matching-version');
    expect(e.body).toContain('old/lib');
    expect(e.body).toContain('require.php in composer.json');
  });
});

describe('extensions (php.md §4)', () => {
  it('built in, shared (enabled), from a locked package; unknown → error', async () => {
    const p = await plan({
      'composer.json': { require: { 'ext-intl': '*', 'ext-imagick': '*', 'x/y': '^1' } },
      'composer.lock': lock([{ name: 'x/y', require: { 'ext-amqp': '*' } }]),
    });
    const by = Object.fromEntries(p.extensions.map((e) => [e.name, e]));
    expect(by.intl?.how).toBe('builtin');
    expect(by.imagick?.how).toBe('shared');
    expect(said(by.amqp!)).toMatchObject({ how: 'shared', source: 'x/y 1.0.0 (composer.lock)' });
    expect(p.settings.sharedExtensions).toEqual(expect.arrayContaining(['imagick', 'amqp', 'apcu', 'redis', 'mongodb']));
    expect(p.settings.sharedExtensions).not.toContain('intl');
    expect((await planError({ 'composer.json': { require: { 'ext-nope': '*' } } })).id).toBe('php/unknown-extension');
  });

  it.each([
    // [php request, extension, how, or the unknown-extension error]
    ['~8.4', 'bz2', 'builtin'],
    ['~8.2', 'imap', 'shared'],
    ['~8.3', 'imap', 'shared'],
    ['~8.4', 'imap', 'php/unknown-extension'], // imap left PHP's source in 8.4 (PECL)
    ['~8.2', 'tidy', 'shared'],
    ['~8.5', 'tidy', 'shared'],
  ])('the table follows the platform: PHP %s, ext-%s → %s', async (php, ext, how) => {
    const files = { 'composer.json': { require: { php, [`ext-${ext}`]: '*' } } };
    if (how.startsWith('php/')) {
      const e = await planError(files);
      expect(e.id).toBe(how);
      expect(e.body).toContain('ext-imap exists for PHP 8.2.31, 8.3.31: require one of those lines in composer.json ("php": "~8.2.0")');
      return;
    }
    expect((await plan(files)).extensions.find((e) => e.name === ext)?.how).toBe(how);
  });

  it('a root ext-* that an installed package provides (a polyfill) is satisfied by it; the real extension wins when PHP has it', async () => {
    const p = await plan({
      'composer.json': { require: { 'ext-uuid': '*', 'ext-ctype': '*', 'ext-pq': '*', 'symfony/polyfill-uuid': '^1.24', 'symfony/polyfill-ctype': '^1.24', 'dummypak/ext-pq-polyfill': '^1.0' } },
      'composer.lock': {
        packages: [
          { name: 'symfony/polyfill-uuid', version: 'v1.31.0', provide: { 'ext-uuid': '*' } },
          { name: 'symfony/polyfill-ctype', version: 'v1.31.0', provide: { 'ext-ctype': '*' } },
          { name: 'dummypak/ext-pq-polyfill', version: '1.1.7', replace: { 'ext-pq': '*' } },
        ],
        'packages-dev': [],
      },
    });
    const by = Object.fromEntries(p.extensions.map((e) => [e.name, { ...said(e), providedBy: e.providedBy && describeSource(e.providedBy) }]));
    expect(by.uuid).toMatchObject({ how: 'provided', source: 'composer.json', providedBy: 'symfony/polyfill-uuid v1.31.0 (composer.lock)' });
    expect(by.pq).toMatchObject({ how: 'provided', providedBy: 'dummypak/ext-pq-polyfill 1.1.7 (composer.lock)' });
    expect(by.ctype).toMatchObject({ how: 'builtin' });
    expect(p.settings.sharedExtensions).not.toContain('uuid');
  });

  it('a polyfill among the dev packages does not count when they are not installed', async () => {
    const files = {
      'composer.json': { require: { 'ext-uuid': '*' }, 'require-dev': { 'symfony/polyfill-uuid': '^1.24' } },
      'composer.lock': { packages: [], 'packages-dev': [{ name: 'symfony/polyfill-uuid', version: 'v1.31.0', provide: { 'ext-uuid': '*' } }] },
    };
    expect((await planError(files)).id).toBe('php/unknown-extension');
    expect((await plan(files, { COMPOSER_DEV: 'true' })).extensions.find((e) => e.name === 'uuid')?.how).toBe('provided');
  });

  it('an extension the upstream compiles from PECL at build time: the error says this engine does not, and what to do', async () => {
    const e = await planError({ 'composer.json': { require: { 'ext-pcov': '*' } } });
    expect(e.id).toBe('php/unknown-extension');
    expect(e.body).toContain('the upstream buildpack builds a missing one from PECL');
    expect(e.body).toContain('Remove the requirement');
  });
});

describe('extra.paas: wrong types name the key path (php.md §5)', () => {
  it.each<[unknown, string]>([
    [[], 'extra.paas'],
    ['public', 'extra.paas'],
    [{ 'document-root': 1 }, 'extra.paas.document-root'],
    [{ 'document-root': ['public'] }, 'extra.paas.document-root'],
    [{ 'index-document': {} }, 'extra.paas.index-document'],
    [{ framework: true }, 'extra.paas.framework'],
    [{ engines: '8.3' }, 'extra.paas.engines'],
    [{ engines: ['8.3'] }, 'extra.paas.engines'],
    [{ engines: { php: 8.3 } }, 'extra.paas.engines.php'],
    [{ engines: { nginx: {} } }, 'extra.paas.engines.nginx'],
    [{ engines: { composer: 2 } }, 'extra.paas.engines.composer'],
    [{ 'php-config': 'memory_limit=256M' }, 'extra.paas.php-config'],
    [{ 'php-config': ['memory_limit=256M', 1] }, 'extra.paas.php-config[1]'],
    [{ 'php-includes': 'php.ini' }, 'extra.paas.php-includes'],
    [{ 'php-includes': [false] }, 'extra.paas.php-includes[0]'],
    [{ 'php-fpm-config': { 'pm.max_children': 5 } }, 'extra.paas.php-fpm-config'],
    [{ 'php-fpm-config': ['a=b', 'c=d', ['e=f']] }, 'extra.paas.php-fpm-config[2]'],
    [{ 'php-fpm-includes': 3 }, 'extra.paas.php-fpm-includes'],
    [{ 'php-fpm-includes': [{}] }, 'extra.paas.php-fpm-includes[0]'],
    [{ 'nginx-includes': true }, 'extra.paas.nginx-includes'],
    [{ 'nginx-includes': ['a.conf', 2] }, 'extra.paas.nginx-includes[1]'],
    [{ 'nginx-http-includes': 'http.conf' }, 'extra.paas.nginx-http-includes'],
    [{ 'nginx-http-includes': [null] }, 'extra.paas.nginx-http-includes[0]'],
    [{ 'log-files': 'app.log' }, 'extra.paas.log-files'],
    [{ 'log-files': [7] }, 'extra.paas.log-files[0]'],
    [{ compile: 'make' }, 'extra.paas.compile'],
    [{ compile: ['make', 2] }, 'extra.paas.compile[1]'],
    [{ 'access-log-format': 1 }, 'extra.paas.access-log-format'],
    [{ 'new-relic': 'true' }, 'extra.paas.new-relic'],
    [{ datadog: 1 }, 'extra.paas.datadog'],
    [{ scout: 'yes' }, 'extra.paas.scout'],
  ])('%j → %s', async (paas, keyPath) => {
    const e = await planError(paasApp(paas));
    expect(e.id).toBe('php/composer-json-field');
    // The exact path: `php-config[1]`, not `php-config`, and nothing longer either.
    expect(e.title).toContain(`composer.json: ${keyPath} must be `);
    expect(e.body).toContain(`${keyPath} is `);
  });
});

describe('extra.paas: unknown keys warn', () => {
  it('an unknown key and an unknown engine are warnings, and the rest still applies', async () => {
    const p = await plan(paasApp({ 'document-roots': 'public', engines: { php: '8.3', node: '22' }, 'index-document': 'app.php' }));
    const unknown = p.warnings.filter((w) => w.id === 'php/unknown-paas-key');
    expect(unknown).toHaveLength(2);
    expect(unknown[0]?.message).toContain('extra.paas.document-roots');
    expect(unknown[1]?.message).toContain('extra.paas.engines.node');
    expect(p.versions.php).toBe('8.3.31');
    expect(p.documentRoot.value).toBe('');
    expect(p.settings.indexDocument).toBe('app.php');
  });

  it('engines from extra.paas', async () => {
    const p = await plan(paasApp({ engines: { php: '8.2', nginx: '1.31', composer: '2.2' } }));
    expect(p.versions).toMatchObject({ php: '8.2.31', nginx: '1.31.2', composer: '2.2.28' });
    expect(describeSource(p.resolved.nginx.request.source)).toBe('extra.paas.engines.nginx in composer.json');
    expect(describeSource(p.resolved.composer!.request.source)).toBe('extra.paas.engines.composer in composer.json');
  });

  it('compile commands keep their order, blank ones dropped', async () => {
    const p = await plan(paasApp({ compile: ['php bin/console assets:install', '  ', 'echo done'] }));
    expect(p.compileCommands).toEqual(['php bin/console assets:install', 'echo done']);
  });
});

const linkOut = (target: string, link: string) => (vol: Vol) => vol.symlinkSync(target, link);

describe('extra.paas paths must exist and stay inside the app (php.md §5)', () => {
  it.each<[string, unknown, Files, ((vol: Vol) => void) | undefined, string, string]>([
    ['document-root ../x', { 'document-root': '../x' }, {}, undefined, 'extra.paas.document-root', 'outside'],
    ['document-root a/../../x', { 'document-root': 'a/../../x' }, {}, undefined, 'extra.paas.document-root', 'outside'],
    ['document-root /etc', { 'document-root': '/etc' }, {}, undefined, 'extra.paas.document-root', 'absolute'],
    ['document-root symlink to /outside', { 'document-root': 'public' }, {}, linkOut('/outside', '/app/public'), 'extra.paas.document-root', 'outside'],
    ['document-root symlink to ..', { 'document-root': 'up' }, {}, linkOut('..', '/app/up'), 'extra.paas.document-root', 'outside'],
    ['document-root inside a symlinked dir', { 'document-root': 'lnk/sub' }, {}, (vol) => { vol.mkdirSync('/outside/sub'); vol.symlinkSync('/outside', '/app/lnk'); }, 'extra.paas.document-root', 'outside'],
    ['document-root missing', { 'document-root': 'public' }, {}, undefined, 'extra.paas.document-root', 'does not exist'],
    ['document-root is a file', { 'document-root': 'index.php' }, {}, undefined, 'extra.paas.document-root', 'not a directory'],
    ['php-includes missing', { 'php-includes': ['conf/php.ini'] }, {}, undefined, 'extra.paas.php-includes[0]', 'does not exist'],
    ['php-includes second missing', { 'php-includes': ['a.ini', 'b.ini'] }, { 'a.ini': '' }, undefined, 'extra.paas.php-includes[1]', 'does not exist'],
    ['php-includes ../', { 'php-includes': ['../php.ini'] }, {}, undefined, 'extra.paas.php-includes[0]', 'outside'],
    ['php-includes symlink out', { 'php-includes': ['php.ini'] }, {}, linkOut('/outside/php.ini', '/app/php.ini'), 'extra.paas.php-includes[0]', 'outside'],
    ['php-includes a directory', { 'php-includes': ['conf'] }, { 'conf/x': '' }, undefined, 'extra.paas.php-includes[0]', 'directory'],
    ['php-fpm-includes missing', { 'php-fpm-includes': ['fpm.conf'] }, {}, undefined, 'extra.paas.php-fpm-includes[0]', 'does not exist'],
    ['nginx-includes missing', { 'nginx-includes': ['nginx/site.conf'] }, {}, undefined, 'extra.paas.nginx-includes[0]', 'does not exist'],
    ['nginx-includes absolute', { 'nginx-includes': ['/etc/nginx/nginx.conf'] }, {}, undefined, 'extra.paas.nginx-includes[0]', 'absolute'],
    ['nginx-includes symlink out', { 'nginx-includes': ['site.conf'] }, {}, linkOut('../outside/secret.conf', '/app/site.conf'), 'extra.paas.nginx-includes[0]', 'outside'],
    ['nginx-http-includes missing', { 'nginx-http-includes': ['http.conf'] }, {}, undefined, 'extra.paas.nginx-http-includes[0]', 'does not exist'],
    ['log-files ../', { 'log-files': ['../app.log'] }, {}, undefined, 'extra.paas.log-files[0]', 'outside'],
    ['log-files absolute', { 'log-files': ['/var/log/syslog'] }, {}, undefined, 'extra.paas.log-files[0]', 'absolute'],
    ['log-files symlink out', { 'log-files': ['app.log'] }, {}, linkOut('/outside/secret.conf', '/app/app.log'), 'extra.paas.log-files[0]', 'outside'],
    [
      'log-files not yet existing, under a directory symlinked outside',
      { 'log-files': ['logs/app.log'] },
      {},
      linkOut('/outside', '/app/logs'),
      'extra.paas.log-files[0]',
      'outside',
    ],
    ['log-files a dangling symlink to outside', { 'log-files': ['app.log'] }, {}, linkOut('/outside/later.log', '/app/app.log'), 'extra.paas.log-files[0]', 'outside'],
  ])('%s → php/path-invalid', async (_name, paas, extra, setup, keyPath, reason) => {
    const e = await planError(paasApp(paas, extra), {}, setup);
    expect(e.id).toBe('php/path-invalid');
    expect(e.title).toContain(keyPath);
    expect(e.title).toContain(reason);
  });

  it('log-files need not exist; existing includes and a symlink inside the app are fine', async () => {
    const p = await plan(
      paasApp(
        {
          'document-root': 'docroot',
          'log-files': ['./storage/logs/app.log', 'var/new.log'],
          'php-includes': ['conf/php.ini'],
          'php-fpm-includes': ['conf/fpm.conf'],
          'nginx-includes': ['conf/site.conf'],
          'nginx-http-includes': ['conf/http.conf'],
        },
        { 'web/index.php': '<?php', 'conf/php.ini': '', 'conf/fpm.conf': '', 'conf/site.conf': '', 'conf/http.conf': '' },
      ),
      {},
      linkOut('web', '/app/docroot'),
    );
    expect(said(p.documentRoot)).toEqual({ value: 'docroot', source: 'extra.paas.document-root in composer.json' });
    expect(p.settings.logFiles).toEqual(['storage/logs/app.log', 'var/new.log']);
    expect(p.settings.phpIncludes).toEqual(['conf/php.ini']);
    expect(p.settings.phpFpmIncludes).toEqual(['conf/fpm.conf']);
    expect(p.settings.nginxIncludes).toEqual(['conf/site.conf']);
    expect(p.settings.nginxHttpIncludes).toEqual(['conf/http.conf']);
  });

  it('document-root "./public/" is normalized and must be a directory', async () => {
    const p = await plan(paasApp({ 'document-root': './public/' }, { 'public/index.php': '<?php' }));
    expect(p.documentRoot.value).toBe('public');
    expect(p.settings.documentRoot).toBe('public');
  });

  it('DOCUMENT_ROOT config var overrides extra.paas.document-root, and is checked the same way', async () => {
    const files = paasApp({ 'document-root': 'web' }, { 'web/index.php': '<?php', 'public/index.php': '<?php' });
    expect((await plan(files)).documentRoot.value).toBe('web');
    const p = await plan(files, { DOCUMENT_ROOT: 'public/' });
    expect(said(p.documentRoot)).toEqual({ value: 'public', source: 'DOCUMENT_ROOT config var' });
    expect(p.settings.documentRoot).toBe('public');

    for (const [bad, reason] of [['../', 'outside'], ['/srv/www', 'absolute'], ['missing', 'does not exist']] as const) {
      const e = await planError(files, { DOCUMENT_ROOT: bad });
      expect(e.id).toBe('php/path-invalid');
      expect(e.title).toContain('DOCUMENT_ROOT config var');
      expect(e.title).toContain(reason);
    }
  });
});

describe('extra.paas.framework and agents', () => {
  it('an unknown framework → php/unknown-framework listing the known ones', async () => {
    const e = await planError(paasApp({ framework: 'nope' }));
    expect(e.id).toBe('php/unknown-framework');
    expect(e.body).toContain('laravel');
  });

  it.each(['none', 'default'])('framework %s is accepted as given', async (id) => {
    const p = await plan(paasApp({ framework: id }));
    expect(p.framework.id).toBe(id);
    expect(p.framework.source).toBe('extra.paas.framework in composer.json');
    expect(p.settings.framework).toBe(id);
    expect(p.documentRoot.value).toBe('');
  });

  it.each([
    ['new-relic', 'New Relic'],
    ['datadog', 'Datadog'],
    ['scout', 'Scout'],
  ])('%s: true → php/agent-unavailable; false is fine', async (key, name) => {
    const e = await planError(paasApp({ [key]: true }));
    expect(e.id).toBe('php/agent-unavailable');
    expect(e.title).toContain(`extra.paas.${key}`);
    expect(e.title).toContain(name);
    await expect(plan(paasApp({ [key]: false }))).resolves.toMatchObject({ language: 'php' });
  });
});

describe('framework detection through the plan (php.md §7)', () => {
  const laravel: Files = {
    'composer.json': { require: { php: '^8.2', 'laravel/framework': '^11.0' } },
    'composer.lock': lock([{ name: 'laravel/framework', version: 'v11.0.0' }]),
    'public/index.php': '<?php',
    artisan: '#!/usr/bin/env php',
  };
  const symfony: Files = {
    'composer.json': { require: { 'symfony/framework-bundle': '^7.0' } },
    'composer.lock': lock([{ name: 'symfony/framework-bundle', version: 'v7.0.0' }]),
    'public/index.php': '<?php',
  };

  it('laravel/framework → laravel, served from public, its log streamed', async () => {
    const p = await plan(laravel);
    expect(p.framework.id).toBe('laravel');
    expect(p.settings.framework).toBe('laravel');
    expect(said(p.documentRoot)).toEqual({ value: 'public', source: 'the laravel default' });
    expect(p.settings.logFiles).toContain('storage/logs/laravel.log');
  });

  it('laravel without a public/ directory and no build step → the framework default is named, with how to choose another', async () => {
    const { 'public/index.php': _, ...noPublic } = laravel;
    const e = await planError(noPublic);
    expect(e.id).toBe('php/framework-document-root-missing');
    expect(e.title).toBe('The laravel default document root public/ does not exist');
    expect((e as unknown as { body: string }).body).toContain('set the DOCUMENT_ROOT config var, or "extra": {"paas": {"document-root": "<dir>"}}');
  });

  it('a missing document root the build may create (a package.json, compile commands, Composer scripts) is checked after the build', async () => {
    const { 'public/index.php': _, ...noPublic } = laravel;
    const withNode = await plan({ ...noPublic, 'package.json': '{"scripts": {"build": "node build.js"}}' });
    expect(withNode.deferredPathChecks).toEqual([{ keyPath: 'the laravel default', rel: 'public', kind: 'dir', frameworkDefault: 'laravel' }]);
    const scripts = { ...noPublic, 'composer.json': { ...(noPublic['composer.json'] as object), scripts: { 'post-install-cmd': ['php build.php'] } } };
    expect((await plan(scripts)).deferredPathChecks).toHaveLength(1);
  });

  it('symfony/framework-bundle + public/index.php → symfony, APP_ENV=prod', async () => {
    const p = await plan(symfony);
    expect(p.framework.id).toBe('symfony');
    expect(p.framework.env).toMatchObject({ APP_ENV: 'prod' });
    expect(p.documentRoot.value).toBe('public');
  });

  it('symfony/framework-bundle without public/index.php is not Symfony 4+', async () => {
    const { 'public/index.php': _, ...files } = symfony;
    const p = await plan({ ...files, 'index.php': '<?php' });
    expect(p.framework.id).not.toBe('symfony');
    expect(p.framework.env.APP_ENV).toBeUndefined();
  });

  it('a locked package is a signal too', async () => {
    const p = await plan({
      'composer.json': { require: { 'acme/app-kit': '^1' } },
      'composer.lock': lock([{ name: 'acme/app-kit' }, { name: 'laravel/framework', version: 'v11.0.0' }]),
      'public/index.php': '<?php',
    });
    expect(p.framework.id).toBe('laravel');
  });

  it('explicit extra.paas.framework wins over detection, and its document root follows', async () => {
    const p = await plan({ ...laravel, 'composer.json': { require: { 'laravel/framework': '^11.0' }, extra: { paas: { framework: 'default' } } } });
    expect(p.framework).toMatchObject({ id: 'default', source: 'extra.paas.framework in composer.json' });
    expect(p.documentRoot.value).toBe('');

    const s = await plan({ ...laravel, 'composer.json': { require: { 'laravel/framework': '^11.0' }, extra: { paas: { framework: 'symfony' } } } });
    expect(s.framework.id).toBe('symfony');
    expect(s.framework.env).toMatchObject({ APP_ENV: 'prod' });
  });

  const withLock = (require: Record<string, string>, pkgs: LockPkg[], extra: Files): Files => ({
    'composer.json': { require },
    'composer.lock': lock(pkgs),
    ...extra,
  });

  // The document root and logs are those of the entry that matched: Magento 1, Yii 1 and
  // CodeIgniter 3 are served from the app root, unlike their current majors.
  it.each<[string, string, string, Files, string?]>([
    ['Magento 1 (app/Mage.php)', 'magento', '', { 'index.php': '<?php', 'app/Mage.php': '<?php' }, 'var/log/system.log'],
    ['Magento 2', 'magento', 'pub', withLock({ 'magento/product-community-edition': '2.4.7' }, [{ name: 'magento/product-community-edition', version: '2.4.7' }], { 'pub/index.php': '' })],
    ['CodeIgniter 3 (system/core/CodeIgniter.php)', 'codeigniter', '', { 'index.php': '<?php', 'system/core/CodeIgniter.php': '<?php' }],
    ['CodeIgniter 4', 'codeigniter', 'public', withLock({ 'codeigniter4/framework': '^4' }, [{ name: 'codeigniter4/framework', version: 'v4.5.0' }], { 'public/index.php': '' })],
    ['Yii 1', 'yii', '', withLock({ 'yiisoft/yii': '^1.1' }, [{ name: 'yiisoft/yii', version: '1.1.29' }], { 'index.php': '' }), 'protected/runtime/application.log'],
    ['Yii 2', 'yii', 'web', withLock({ 'yiisoft/yii2': '~2.0' }, [{ name: 'yiisoft/yii2', version: '2.0.50' }], { 'web/index.php': '' }), 'runtime/logs/app.log'],
    ['CakePHP 2 (locked 2.x)', 'cakephp2', 'webroot', withLock({ 'cakephp/cakephp': '~2.10' }, [{ name: 'cakephp/cakephp', version: '2.10.24' }], { 'webroot/index.php': '' })],
    ['CakePHP 2 from the PEAR channel', 'cakephp2', 'webroot', withLock({ 'pear-pear.cakephp.org/CakePHP': '2.*' }, [{ name: 'pear-pear.cakephp.org/CakePHP', version: '2.10.24' }], { 'webroot/index.php': '' })],
    ['WordPress', 'wordpress', '', { 'index.php': '<?php', 'wp-settings.php': '<?php' }],
    ['Bedrock', 'bedrock', 'web', { 'composer.json': '{}', 'web/wp-config.php': '<?php' }],
    ['PrestaShop', 'prestashop', '', { 'index.php': '<?php /* PrestaShop */' }],
  ])('%s → %s served from %j', async (_name, id, root, files, log) => {
    const p = await plan(files);
    expect(p.framework.id).toBe(id);
    expect(p.documentRoot.value).toBe(root);
    if (log) expect(p.settings.logFiles).toContain(log);
  });

  it('an explicit magento on a Magento 1 app gets the app root', async () => {
    const p = await plan({ 'composer.json': { extra: { paas: { framework: 'magento' } } }, 'index.php': '', 'app/Mage.php': '' });
    expect(p.framework.id).toBe('magento');
    expect(p.documentRoot.value).toBe('');
  });

  it('CakePHP 3+ is not CakePHP 2', async () => {
    const p = await plan(withLock({ 'cakephp/cakephp': '^4.5' }, [{ name: 'cakephp/cakephp', version: '4.5.0' }], { 'index.php': '' }));
    expect(p.framework.id).toBe('default');
  });

  it('extra.paas.document-root and DOCUMENT_ROOT win over the framework default', async () => {
    const files = { ...laravel, 'composer.json': { require: { 'laravel/framework': '^11.0' }, extra: { paas: { 'document-root': 'web' } } }, 'web/index.php': '<?php' };
    expect((await plan(files)).documentRoot.value).toBe('web');
    expect((await plan(files, { DOCUMENT_ROOT: 'public' })).documentRoot.value).toBe('public');
  });
});

describe('memory_limit as PHP will see it (php.md §8)', () => {
  /** In ini notation ('196M', '-1'), whatever the value's internal shape. */
  const limit = (p: PhpPlan) => formatIniSize(p.memoryLimit.value);

  it('default 196M from the php.ini defaults', async () => {
    const p = await plan({ 'index.php': '<?php' });
    expect(limit(p)).toEqual('196M');
    expect(p.memoryLimit.source).toBe('php.ini defaults');
  });

  it('php-config memory_limit=256M → 256M', async () => {
    const p = await plan(paasApp({ 'php-config': ['display_errors=on', 'memory_limit=256M'] }));
    expect(limit(p)).toEqual('256M');
    expect(p.memoryLimit.source).toContain('php-config');
    expect(p.settings.phpConfig).toEqual([
      { key: 'display_errors', value: 'on' },
      { key: 'memory_limit', value: '256M' },
    ]);
  });

  it('a php-includes file loaded later wins over php-config; the last include wins', async () => {
    const files = paasApp(
      { 'php-config': ['memory_limit=256M'], 'php-includes': ['conf/a.ini', 'conf/b.ini'] },
      { 'conf/a.ini': '; mine\nmemory_limit = 512M\n', 'conf/b.ini': 'upload_max_filesize=10M\n' },
    );
    let p = await plan(files);
    expect(limit(p)).toEqual('512M');
    expect(p.memoryLimit.source).toBe('conf/a.ini');

    p = await plan({ ...files, 'conf/b.ini': 'memory_limit="1G"\n' });
    expect(limit(p)).toEqual('1G');
    expect(p.memoryLimit.source).toBe('conf/b.ini');
  });

  it('.user.ini in the document root wins last; one elsewhere is ignored', async () => {
    const files = paasApp(
      { 'document-root': 'public', 'php-config': ['memory_limit=256M'], 'php-includes': ['conf/a.ini'] },
      { 'conf/a.ini': 'memory_limit=512M', 'public/.user.ini': 'memory_limit=384M\n', '.user.ini': 'memory_limit=64M\n' },
    );
    const p = await plan(files);
    expect(limit(p)).toEqual('384M');
    expect(p.memoryLimit.source).toBe('public/.user.ini');

    const rootServed = await plan(paasApp({}, { '.user.ini': 'memory_limit=64M\n' }));
    expect(limit(rootServed)).toEqual('64M');
    expect(rootServed.memoryLimit.source).toBe('.user.ini');
  });

  it('-1 → unlimited', async () => {
    expect(limit(await plan(paasApp({ 'php-config': ['memory_limit=-1'] })))).toBe('-1');
    expect(limit(await plan({ 'index.php': '<?php', '.user.ini': 'memory_limit = -1' }))).toBe('-1');
  });

  it.each<[string, Files]>([
    ['php-config', paasApp({ 'php-config': ['memory_limit=lots'] })],
    ['php-config with a space before the unit', paasApp({ 'php-config': ['memory_limit=256 M'] })],
    ['a php-includes file', paasApp({ 'php-includes': ['php.ini'] }, { 'php.ini': 'memory_limit=1.5G\n' })],
    ['.user.ini', { 'index.php': '<?php', '.user.ini': 'memory_limit=256MB\n' }],
  ])('garbage in %s → php/invalid-memory-limit', async (_where, files) => {
    expect((await planError(files)).id).toBe('php/invalid-memory-limit');
  });

  it('a garbage value overridden later is never applied by PHP, so it is not an error', async () => {
    const p = await plan(paasApp({ 'php-config': ['memory_limit=lots'] }, { '.user.ini': 'memory_limit=128M' }));
    expect(limit(p)).toEqual('128M');
    expect(p.memoryLimit.source).toBe('.user.ini');
  });
});

describe('nginx includes vs the framework locations (php.md §6)', () => {
  const laravel = (include: string, paas: Record<string, unknown> = {}): Files => ({
    'composer.json': { require: { 'laravel/framework': '^11.0' }, extra: { paas: { 'nginx-includes': ['nginx/site.conf'], ...paas } } },
    'composer.lock': lock([{ name: 'laravel/framework', version: 'v11.0.0' }]),
    'public/index.php': '<?php',
    'nginx/site.conf': include,
  });

  it('location / { } in a laravel app → php/nginx-include-clash naming the include', async () => {
    const e = await planError(laravel('location / {\n  try_files $uri /index.php;\n}\n'));
    expect(e.id).toBe('php/nginx-include-clash');
    expect(e.body).toContain('nginx/site.conf');
  });

  it('a location the template does not define is fine', async () => {
    const p = await plan(laravel('location /healthz {\n  return 200;\n}\n'));
    expect(p.settings.nginxIncludes).toEqual(['nginx/site.conf']);
  });

  it('with framework none the include provides every location', async () => {
    const p = await plan(laravel('location / {\n  try_files $uri /index.php;\n}\n', { framework: 'none' }));
    expect(p.framework.id).toBe('none');
  });
});

describe('a package.json in a PHP app (php.md §9)', () => {
  const files: Files = {
    'composer.json': { require: { php: '^8.3' } },
    'package.json': { name: 'assets', private: true, engines: { node: '22.x' }, scripts: { build: 'vite build' } },
    'index.php': '<?php',
  };

  it('plans the Node build first, with the node version resolved', async () => {
    const p = await plan(files);
    expect(p.assetBuild?.id).toBe('nodejs');
    expect(p.assetBuild?.versions.node).toMatch(/^22\.\d+\.\d+$/);
    expect(p.versions.node).toBe(p.assetBuild?.versions.node);
    expect(p.assetBuild?.pathEntries).toEqual(['.scalingo/node/bin', 'node_modules/.bin']);
    // Node's advice on how a Node.js app starts is not given: nginx + PHP-FPM serve this one.
    expect(p.warnings.map((w) => w.id)).not.toContain('nodejs/no-web-process');
    expect(p.versions.php).toBe('8.4.22');
    expect(p.nodeSkipped).toBeUndefined();
    // The web process is still PHP's, not Node's.
    expect(p.processTypes).toEqual({ web: DEFAULT_WEB_COMMAND });
  });

  it('PHP_BUILDPACK_NO_NODE=true skips it', async () => {
    const p = await plan(files, { PHP_BUILDPACK_NO_NODE: 'true' });
    expect(p.assetBuild).toBeUndefined();
    expect(p.nodeSkipped).toBe('PHP_BUILDPACK_NO_NODE=true');
    expect(p.versions.node).toBeUndefined();
  });

  it('no package.json: neither', async () => {
    const p = await plan({ 'composer.json': '{}' }, { PHP_BUILDPACK_NO_NODE: 'true' });
    expect(p.assetBuild).toBeUndefined();
    expect(p.nodeSkipped).toBeUndefined();
  });
});

describe('process types', () => {
  it.each<[string, Files, Record<string, string>, string]>([
    ['Procfile web wins', { 'index.php': '<?php', Procfile: 'web: php -S 0.0.0.0:$PORT\nworker: php worker.php\n' }, { web: 'php -S 0.0.0.0:$PORT' }, 'Procfile'],
    ['a Procfile without web', { 'index.php': '<?php', Procfile: 'worker: php worker.php\n' }, { web: 'sh .scalingo/php-app/boot.sh' }, 'nginx + PHP-FPM boot script'],
    ['no Procfile', { 'index.php': '<?php' }, { web: 'sh .scalingo/php-app/boot.sh' }, 'nginx + PHP-FPM boot script'],
  ])('%s', async (_name, files, processTypes, source) => {
    const p = await plan(files);
    expect(p.processTypes).toEqual(processTypes);
    expect(p.processSource).toBe(source);
  });
});

describe('settings derived through the ini layers, and php-fpm-config that overrides the engine', () => {
  it('post_max_size from a php-include (or .user.ini) reaches nginx client_max_body_size', async () => {
    const p = await plan({
      'composer.json': { extra: { paas: { 'php-config': ['post_max_size=20M'], 'php-includes': ['conf/up.ini'] } } },
      'conf/up.ini': 'post_max_size = 200M\n',
    });
    expect(p.settings.postMaxSize).toBe('200M');
    const { clientMaxBodySize } = await import('../../src/php/nginx-site.js');
    expect(clientMaxBodySize(p.settings)).toBe('200m');
    const viaUserIni = await plan({ 'composer.json': {}, '.user.ini': 'post_max_size = 1G\n' });
    expect(clientMaxBodySize(viaUserIni.settings)).toBe('1g');
  });

  it('php-fpm-config replacing pm.* or memory_limit warns', async () => {
    const p = await plan({ 'composer.json': { extra: { paas: { 'php-fpm-config': ['pm.max_children=50', 'php_admin_value[memory_limit]=1G', 'request_terminate_timeout=30'] } } } });
    const msgs = p.warnings.filter((w) => w.id === 'php/fpm-config-overrides').map((w) => w.message);
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toContain('pm.max_children=50, which replaces the value computed at boot');
    expect(msgs[1]).toContain('php_admin_value[memory_limit]=1G');
  });

  it.each(['1', 'TRUE', 'yes'])('COMPOSER_DEV=%s is not "true": installs --no-dev and says so', async (v) => {
    const p = await plan({ 'composer.json': {} }, { COMPOSER_DEV: v });
    expect(p.composer?.command).toContain('--no-dev');
    expect(p.warnings.map((w) => w.id)).toContain('php/composer-dev-value');
  });
});

describe('a Composer app served from the app root by default', () => {
  const ids = (p: PhpPlan) => p.warnings.filter((w) => w.id === 'php/document-root-is-app-root');

  it('warns that the whole app is public and says how to set the document root', async () => {
    const p = await plan({ 'composer.json': {}, 'index.php': '<?php', 'bin/build.php': '<?php' });
    const [w] = ids(p);
    expect(w?.message).toContain('nginx serves the whole app');
    expect(w?.message).toContain('bin/, config/, src/, tests/, var/, storage/');
    expect(w?.message).toContain('extra.paas.document-root');
    expect(w?.message).toContain('DOCUMENT_ROOT');
  });

  it.each<[string, Files, ConfigVars]>([
    ['a classic app (no composer.json)', { 'index.php': '<?php' }, {}],
    ['document-root set', paasApp({ 'document-root': 'public' }, { 'public/index.php': '<?php' }), {}],
    ['document-root explicitly the app root', paasApp({ 'document-root': '' }), {}],
    ['DOCUMENT_ROOT config var', { 'composer.json': {}, 'index.php': '<?php' }, { DOCUMENT_ROOT: '.' }],
    ['a framework served from the app root (WordPress)', { 'composer.json': {}, 'index.php': '<?php', 'wp-settings.php': '<?php' }, {}],
  ])('no warning for %s', async (_, files, vars) => {
    expect(ids(await plan(files, vars))).toEqual([]);
  });
});

describe('path directives in php-config, php-fpm-config and php-includes lead inside the app (the build runs PHP with them)', () => {
  it.each([
    // [directive, what PHP reads, where it must land in php.ini]
    ['auto_prepend_file=config/prepend.php', 'auto_prepend_file', '"@APP_DIR@/config/prepend.php"'],
    ['auto_prepend_file=/app/config/prepend.php', 'auto_prepend_file', '"@APP_DIR@/config/prepend.php"'],
    ['auto_prepend_file=${HOME}/config/prepend.php', 'auto_prepend_file', '"@APP_DIR@/config/prepend.php"'],
    ['auto_append_file="./tail.php"', 'auto_append_file', '"@APP_DIR@/tail.php"'],
    ['error_log=var/log/php.log', 'error_log', '"@APP_DIR@/var/log/php.log"'],
    ['session.save_path="2;/app/var/sessions"', 'session.save_path', '"2;@APP_DIR@/var/sessions"'],
    ['opcache.file_cache=var/opcache', 'opcache.file_cache', '"@APP_DIR@/var/opcache"'],
  ])('%s → inside the app, written as its absolute path', async (line, key, value) => {
    const p = await plan(paasApp({ 'php-config': [line] }));
    expect(p.settings.phpConfig).toEqual([{ key, value }]);
    expect(p.configFiles.phpIni).toContain(`${key} = ${value}\n`);
  });

  it.each([
    'error_log=syslog', 'error_log=/dev/stderr', 'extension=redis.so', 'zend_extension=xdebug', 'session.save_path="tcp://redis:6379"',
    'session.save_path=127.0.0.1:11211', 'display_errors=/etc/passwd', 'auto_prepend_file=',
  ])('%s is kept as written (not a path, or not a path directive)', async (line) => {
    const p = await plan(paasApp({ 'php-config': [line] }));
    expect(p.settings.phpConfig[0]?.value).not.toContain('@APP_DIR@');
  });

  it.each([
    ['auto_prepend_file=/etc/passwd', 'is an absolute path outside the app'],
    ['auto_append_file="/etc/shadow"', 'is an absolute path outside the app'],
    ['auto_prepend_file=../../etc/passwd', 'leads outside the app'],
    ['auto_prepend_file=/app/../etc/passwd', 'leads outside the app'],
    ['error_log=/etc/cron.d/evil', 'is an absolute path outside the app'],
    ['extension=/tmp/evil.so', 'is an absolute path outside the app'],
    ['zend_extension=../../../../tmp/x.so', 'leads outside the app'],
    ['opcache.preload=${TMPDIR}/x.php', 'uses an environment variable other than ${HOME}'],
    ['browscap=/etc/passwd', 'is an absolute path outside the app'],
    ['session.save_path="0;/var/lib/php"', 'is an absolute path outside the app'],
  ])('php-config %s → php/ini-path-outside-app (%s)', async (line, reason) => {
    const e = await planError(paasApp({ 'php-config': ['memory_limit=256M', line] }));
    expect(e.id).toBe('php/ini-path-outside-app');
    expect(e.title).toContain('extra.paas.php-config[1]');
    expect(e.title).toContain(reason);
  });

  it('a path inside the app that is a link leading out is refused', async () => {
    const e = await planError(paasApp({ 'php-config': ['auto_prepend_file=config/prepend.php'] }), {}, (vol) => {
      vol.mkdirSync('/app/config', { recursive: true });
      vol.symlinkSync('/outside/php.ini', '/app/config/prepend.php');
    });
    expect(e.id).toBe('php/ini-path-outside-app');
    expect(e.title).toContain('a symbolic link leading outside the app');
  });

  it('php-fpm-config php_value[…] / php_admin_value[…] get the same check', async () => {
    const p = await plan(paasApp({ 'php-fpm-config': ['php_admin_value[error_log]=var/log/fpm-php.log'] }));
    expect(p.settings.phpFpmConfig).toEqual([{ key: 'php_admin_value[error_log]', value: '"@APP_DIR@/var/log/fpm-php.log"' }]);
    const e = await planError(paasApp({ 'php-fpm-config': ['php_value[auto_prepend_file]=/etc/passwd'] }));
    expect(e.id).toBe('php/ini-path-outside-app');
  });

  it('a php-includes file setting one outside the app is refused, naming the file and line', async () => {
    const e = await planError(paasApp({ 'php-includes': ['conf/extra.ini'] }, { 'conf/extra.ini': '; mine\nmemory_limit=256M\nauto_prepend_file = "/etc/passwd"\n' }));
    expect(e.id).toBe('php/ini-path-outside-app');
    expect(e.title).toBe('conf/extra.ini:3: auto_prepend_file = "/etc/passwd" is an absolute path outside the app');
    // Inside the app it is fine (PHP resolves it from the build's and the server's working directory).
    await plan(paasApp({ 'php-includes': ['conf/extra.ini'] }, { 'conf/extra.ini': 'auto_prepend_file=conf/prepend.php\n', 'conf/prepend.php': '<?php' }));
  });
});

describe('upload directories: PHP reads no .user.ini for scripts there', () => {
  it.each([
    ['WordPress', { 'wp-settings.php': '<?php', 'index.php': '<?php' }, ['wp-content/uploads']],
    ['Bedrock', { 'composer.json': { require: { 'roots/bedrock': '*' } }, 'composer.lock': { packages: [{ name: 'roots/bedrock', version: '1.0.0' }] }, 'web/wp-config.php': '<?php' }, ['web/app/uploads']],
    ['Drupal, every site', { 'composer.json': { require: { 'drupal/core': '*' } }, 'composer.lock': { packages: [{ name: 'drupal/core', version: '10.0.0' }] }, 'web/index.php': '<?php', 'web/sites/default/settings.php': '<?php', 'web/sites/example.com/settings.php': '<?php', 'web/sites/README.txt': 'x' }, ['web/sites/default/files', 'web/sites/example.com/files']],
    ['a classic app', { 'index.php': '<?php' }, ['uploads']],
    ['a classic app served from public/', { 'composer.json': { extra: { paas: { 'document-root': 'public' } } }, 'public/index.php': '<?php' }, ['public/uploads']],
  ])('%s', async (_name, files, dirs) => {
    const p = await plan(files as Files);
    expect(p.settings.uploadDirs).toEqual(dirs);
    for (const d of dirs) expect(p.configFiles.phpIni).toContain(`\n[PATH=@APP_DIR@/${d}]\nuser_ini.filename =\n`);
  });

  it('Laravel (only its front controller runs) and framework "none" get none', async () => {
    const laravel = await plan({ 'composer.json': { require: { 'laravel/framework': '*' } }, 'composer.lock': { packages: [{ name: 'laravel/framework', version: '11.0.0' }] }, 'public/index.php': '<?php' });
    expect(laravel.settings.uploadDirs).toBeUndefined();
    expect(laravel.configFiles.phpIni).not.toContain('[PATH=');
  });
});

describe("a Procfile starting Heroku's heroku-php-nginx / heroku-php-apache2", () => {
  const laravelish = (procfile: string, extra: Files = {}): Files => ({
    'composer.json': {}, 'public/index.php': '<?php', 'nginx_app.conf': 'location /health { return 200; }\n', Procfile: procfile, ...extra,
  });

  it('heroku-php-nginx DOCROOT: served from that document root, the Procfile kept (a stand-in is put in the slug), with a warning saying so', async () => {
    const p = await plan(laravelish('web: vendor/bin/heroku-php-nginx -C nginx_app.conf public/\n'));
    expect(said(p.documentRoot)).toEqual({ value: 'public', source: 'the heroku-php-nginx document root in Procfile' });
    expect(p.settings.nginxIncludes).toEqual(['nginx_app.conf']);
    expect(p.processTypes.web).toBe('vendor/bin/heroku-php-nginx -C nginx_app.conf public/');
    expect(p.herokuBoot).toEqual({ script: 'heroku-php-nginx', invokedAs: 'vendor/bin/heroku-php-nginx' });
    const w = p.warnings.find((x) => x.id === 'php/procfile-heroku-boot');
    expect(w?.message).toContain('runs vendor/bin/heroku-php-nginx, Heroku\'s boot script, which this platform does not provide');
    expect(w?.message).toContain('document root public (the heroku-php-nginx document root in Procfile), nginx include nginx_app.conf (-C)');
    expect(p.configFiles.nginxConf).toContain('/public";');
  });

  it('heroku-php-apache2: mapped the same way, and the warning says .htaccess files are not read', async () => {
    const p = await plan(laravelish('web: heroku-php-apache2 public/\n'));
    expect(p.documentRoot.value).toBe('public');
    expect(p.warnings.find((x) => x.id === 'php/procfile-heroku-boot')?.message).toContain("Not applied: Apache's .htaccess files");
  });

  it('extra.paas.document-root (and DOCUMENT_ROOT) still win, and the warning says the Procfile\'s is not used', async () => {
    const p = await plan(laravelish('web: heroku-php-nginx public/\n', { 'composer.json': { extra: { paas: { 'document-root': 'web' } } }, 'web/index.php': '<?php' }));
    expect(p.documentRoot.value).toBe('web');
    expect(p.warnings.find((x) => x.id === 'php/procfile-heroku-boot')?.message).toContain("The Procfile's document root public is not used: extra.paas.document-root in composer.json decides.");
  });

  it('its paths are checked like extra.paas paths, naming the Procfile', async () => {
    expect((await planError(laravelish('web: heroku-php-nginx ../outside\n'))).title).toContain('heroku-php-nginx DOCUMENT_ROOT in Procfile');
    const e = await planError(laravelish('web: heroku-php-nginx -C missing.conf public/\n'));
    expect([e.id, e.title]).toEqual(['php/path-invalid', 'heroku-php-nginx -C in Procfile: "missing.conf" does not exist in the app (and no build step could create it: no package.json, no compile commands, no Composer scripts), so it must be committed']);
  });

  it('another web command is left alone', async () => {
    const p = await plan(laravelish('web: php -S 0.0.0.0:$PORT -t public\n'));
    expect(p.herokuBoot).toBeUndefined();
    expect(p.warnings.map((w) => w.id)).not.toContain('php/procfile-heroku-boot');
  });
});

describe('a classic app whose code calls an extension the artifact lacks', () => {
  const without = (...gone: string[]) => (files: Files, setup?: (vol: Vol) => void, fs = memApp(files, setup)) => planPhpBuild(fs, {
    ...ctx(fs),
    catalogs: { ...catalogs, php: { ...catalogs.php, extensionsOf: (v: string) => { const e = embeddedPhpExtensions(v); return { builtin: e.builtin.filter((x) => !gone.includes(x)), shared: e.shared.filter((x) => !gone.includes(x)) }; } } },
  });
  const wordpressish: Files = {
    'index.php': '<?php require "wp-blog-header.php";',
    'wp-settings.php': '<?php',
    'wp-includes/class-wpdb.php': '<?php class wpdb { function db_connect() { $this->dbh = mysqli_init(); mysqli_real_connect($this->dbh, "h"); } }',
    'wp-content/plugins/x/db.php': '<?php $pdo = new PDO("mysql:host=db;dbname=x");',
  };

  it('warns, naming the file and the extension', async () => {
    const p = await without('mysqli', 'pdo_mysql')(wordpressish);
    const w = p.warnings.filter((x) => x.id === 'php/extension-used-but-missing').map((x) => x.message);
    expect(w).toEqual([
      'wp-includes/class-wpdb.php calls the mysqli extension, but PHP 8.4.22 (the embedded version table) has no mysqli: those calls will fail when the app runs. Use an artifact store whose PHP has it (PHP_BASE_URL); the platform\'s PHP builds it in.',
      expect.stringContaining('wp-content/plugins/x/db.php calls the pdo_mysql extension'),
    ]);
  });

  it('no warning when the artifact has it, nor for code that does not call it', async () => {
    expect((await plan(wordpressish)).warnings.map((w) => w.id)).not.toContain('php/extension-used-but-missing');
    const p = await without('mysqli')({ 'index.php': '<?php // mysqli is mentioned, not called\necho "hi";' });
    expect(p.warnings.map((w) => w.id)).not.toContain('php/extension-used-but-missing');
  });

  it('the walk reads no link and no hidden directory', async () => {
    const p = await without('mysqli')({ 'index.php': '<?php', '.hidden/a.php': '<?php mysqli_init();' }, (vol) => {
      vol.writeFileSync('/outside/db.php', '<?php mysqli_init();');
      vol.symlinkSync('/outside/db.php', '/app/linked.php');
      vol.symlinkSync('/outside', '/app/linkdir');
      vol.symlinkSync('/app', '/app/loop');
    });
    expect(p.warnings.map((w) => w.id)).not.toContain('php/extension-used-but-missing');
  });
});
