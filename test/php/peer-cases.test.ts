/**
 * The PHP peers' own test cases, translated to this engine's plan: Scalingo/php-buildpack
 * `test/{defaults,php,php8x,nginx,composer}` with their fixtures, and the
 * heroku/heroku-buildpack-php fixtures whose outcome is a decision (`test/fixtures/apm/*-polyfill`,
 * `test/fixtures/platform/installer/polyfills`, the series of `php_base_shared.rb`, the boot
 * options of `php_boot_shared.rb`). Each row says what the peer expects; where this engine
 * differs on purpose, the row says so. Their cgroup cases are test/runtime-env/memory.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { Volume } from 'memfs';
import { BuildError } from '../../src/errors/build-error.js';
import { knobsFrom, type ConfigVars } from '../../src/env/config-vars.js';
import { appFsFrom, type FsPromisesLike } from '../../src/fs/app-fs.js';
import { buildToolPlanner } from '../support/build-tools.js';
import { planPhpBuild, type PhpCatalogs, type PhpPlan } from '../../src/php/plan.js';
import { embeddedCatalog, embeddedPhpExtensions } from '../../src/php/versions.js';

const catalogs: PhpCatalogs = {
  php: { ...embeddedCatalog('php'), extensionsOf: embeddedPhpExtensions },
  nginx: embeddedCatalog('nginx'),
  composer: embeddedCatalog('composer'),
};

async function plan(files: Record<string, unknown>, vars: ConfigVars = {}): Promise<PhpPlan> {
  const json: Record<string, string> = {};
  for (const [p, v] of Object.entries(files)) json[p] = typeof v === 'string' ? v : JSON.stringify(v);
  const vol = Volume.fromJSON(json, '/app');
  const fs = appFsFrom(vol.promises as unknown as FsPromisesLike, '/app');
  const knobs = knobsFrom(vars, {});
  return planPhpBuild(fs, { stack: 'scalingo-26', configVars: vars, knobs, catalogs, planBuildTool: buildToolPlanner(fs, vars, knobs) });
}

const lockOf = (packages: unknown[] = [], platform: Record<string, string> = {}) => ({ 'content-hash': 'x', packages, 'packages-dev': [], platform });
const composerApp = (json: unknown) => ({ 'composer.json': json, 'composer.lock': lockOf() });
const classic = { 'index.php': '<?php echo "hi";' };

describe('Scalingo/php-buildpack test suite', () => {
  it.each([
    // [test, files, config vars, php line, nginx line, composer line]
    ['defaults::classic', classic, {}, '8.4.', '1.30.', undefined],
    ['defaults::composer', composerApp({}), {}, '8.4.', '1.30.', '2.10.'],
    ['php82::classic (PHP_VERSION=8.2)', classic, { PHP_VERSION: '8.2' }, '8.2.', '1.30.', undefined],
    ['php82::composer ("php": "~8.2")', composerApp({ require: { php: '~8.2' } }), {}, '8.2.', '1.30.', '2.10.'],
    ['php83::composer ("php": "~8.3")', composerApp({ require: { php: '~8.3' } }), {}, '8.3.', '1.30.', '2.10.'],
    ['php84::composer ("php": "~8.4")', composerApp({ require: { php: '~8.4' } }), {}, '8.4.', '1.30.', '2.10.'],
    ['php85::composer ("php": "~8.5")', composerApp({ require: { php: '~8.5' } }), {}, '8.5.', '1.30.', '2.10.'],
    ['php::composer_over_lower_classic (PHP_VERSION=8.2, ~8.3)', composerApp({ require: { php: '~8.3' } }), { PHP_VERSION: '8.2' }, '8.3.', '1.30.', '2.10.'],
    ['php::composer_over_higher_classic (PHP_VERSION=8.3, ~8.2)', composerApp({ require: { php: '~8.2' } }), { PHP_VERSION: '8.3' }, '8.2.', '1.30.', '2.10.'],
    ['nginx::classic (NGINX_VERSION=1.30.0)', classic, { NGINX_VERSION: '1.30.0' }, '8.4.', '1.30.0', undefined],
    ['nginx::composer (engines.nginx 1.30.0)', composerApp({ extra: { paas: { engines: { nginx: '1.30.0' } } } }), {}, '8.4.', '1.30.0', '2.10.'],
    ['nginx::composer_over_lower_classic (NGINX_VERSION=1.29.0, engines 1.30.0)', composerApp({ extra: { paas: { engines: { nginx: '1.30.0' } } } }), { NGINX_VERSION: '1.29.0' }, '8.4.', '1.30.0', '2.10.'],
    ['nginx::composer_over_higher_classic (NGINX_VERSION=1.30.0, engines 1.29.0)', composerApp({ extra: { paas: { engines: { nginx: '1.29.0' } } } }), { NGINX_VERSION: '1.30.0' }, '8.4.', '1.29.0', '2.10.'],
    ['composer::classic (COMPOSER_VERSION=2.10.1)', composerApp({}), { COMPOSER_VERSION: '2.10.1' }, '8.4.', '1.30.', '2.10.1'],
    ['composer::composer_over_lower_classic (COMPOSER_VERSION=2.7.0, engines 2.10.1)', composerApp({ extra: { paas: { engines: { composer: '2.10.1' } } } }), { COMPOSER_VERSION: '2.7.0' }, '8.4.', '1.30.', '2.10.1'],
    ['composer::composer_over_higher_classic (COMPOSER_VERSION=2.8.11, engines 2.2.28)', composerApp({ extra: { paas: { engines: { composer: '2.2.28' } } } }), { COMPOSER_VERSION: '2.8.11' }, '8.4.', '1.30.', '2.2.28'],
  ] as const)('%s', async (_name, files, vars, phpLine, nginxLine, composerLine) => {
    const p = await plan(files, vars);
    expect(p.versions.php.startsWith(phpLine)).toBe(true);
    expect(p.versions.nginx.startsWith(nginxLine)).toBe(true);
    if (composerLine) expect(p.versions.composer?.startsWith(composerLine)).toBe(true);
  });

  const BUILTINS_82 = ['bcmath', 'bz2', 'core', 'ctype', 'curl', 'date', 'dom', 'exif', 'fileinfo', 'filter', 'gd', 'hash', 'iconv', 'intl', 'json', 'libxml', 'mbstring', 'mysqli',
    'mysqlnd', 'openssl', 'pcntl', 'pcre', 'pdo', 'pdo_mysql', 'pdo_pgsql', 'pdo_sqlite', 'pgsql', 'phar', 'posix', 'random', 'readline', 'reflection',
    'session', 'shmop', 'simplexml', 'soap', 'sockets', 'spl', 'sqlite3', 'standard', 'tokenizer', 'xml', 'xmlreader', 'xmlwriter', 'xsl', 'zip', 'zlib', 'apcu', 'mongodb', 'redis'];
  it.each(['8.2', '8.3', '8.4', '8.5'])('php%s::extensions::default: every default extension is there', async (line) => {
    const p = await plan(composerApp({ require: { php: `~${line}`, ...Object.fromEntries(BUILTINS_82.map((e) => [`ext-${e}`, '*'])) } }));
    expect(p.extensions.map((e) => e.name)).toEqual(expect.arrayContaining(BUILTINS_82));
  });

  it.each([
    ['8.2', ['calendar', 'ftp', 'gettext', 'gmp', 'imap', 'sodium', 'tidy']],
    ['8.3', ['calendar', 'ftp', 'gettext', 'gmp', 'imap', 'sodium', 'tidy']],
    ['8.4', ['calendar', 'ftp', 'gettext', 'gmp', 'sodium', 'tidy']],
    ['8.5', ['calendar', 'ftp', 'gettext', 'gmp', 'sodium', 'tidy']],
  ])('php%s::extensions::optional_builtin', async (line, exts) => {
    const p = await plan(composerApp({ require: { php: `~${line}`, ...Object.fromEntries(exts.map((e) => [`ext-${e}`, '*'])) } }));
    expect(p.versions.php.startsWith(`${line}.`)).toBe(true);
    expect(p.extensions.map((e) => e.name)).toEqual(expect.arrayContaining(exts));
  });
});

describe('heroku/heroku-buildpack-php fixtures', () => {
  it.each(['8.2', '8.3', '8.4', '8.5'])('php_base_shared "A basic PHP application" (composer require php %s.*) picks that series', async (series) => {
    expect((await plan(composerApp({ require: { php: `${series}.*` } }))).versions.php.startsWith(`${series}.`)).toBe(true);
  });

  it.each(['newrelic', 'blackfire'])('apm/%s-polyfill: ext-%s provided by a metapackage is not an error', async (ext) => {
    const p = await plan({
      'composer.json': { require: { php: '*', [`my-polyfill/${ext}`]: '1.0.0' } },
      'composer.lock': lockOf([{ name: `my-polyfill/${ext}`, version: '1.0.0', require: { php: '*' }, provide: { [`ext-${ext}`]: '1.99.0' }, type: 'metapackage' }]),
    });
    expect(p.versions.php.startsWith('8.4.')).toBe(true);
  });

  const polyfills = [
    { name: 'dummypak/ext-pq-polyfill', version: '1.1.7', provide: { 'ext-pq': '*' } },
    { name: 'dummypak/ext-imap-polyfill', version: '1.0.3', provide: { 'ext-imap': '8.4.0' } },
    { name: 'symfony/polyfill-ctype', version: 'v1.31.0', provide: { 'ext-ctype': '*' } },
    { name: 'symfony/polyfill-mbstring', version: 'v1.32.0', provide: { 'ext-mbstring': '*' } },
    { name: 'symfony/polyfill-uuid', version: 'v1.31.0', provide: { 'ext-uuid': '*' } },
  ];
  it('platform/installer/polyfills: bundled and third-party extensions met by polyfills; the real ones win where PHP has them', async () => {
    const require = { php: '8.4.*', 'ext-ctype': '*', 'ext-gd': '*', 'ext-imap': '*', 'ext-pq': '*', 'ext-uuid': '*', ...Object.fromEntries(polyfills.map((p) => [p.name, '*'])) };
    const p = await plan({ 'composer.json': { require }, 'composer.lock': lockOf(polyfills) });
    const how = Object.fromEntries(p.extensions.map((e) => [e.name, e.how]));
    expect(how).toMatchObject({ ctype: 'builtin', gd: 'builtin', imap: 'provided', pq: 'provided', uuid: 'provided' });
  });

  it('platform/installer/polyfills with ext-newrelic (upstream installs the agent natively): a clear error here, as no agent artifact exists', async () => {
    const require = { php: '8.4.*', 'ext-newrelic': '*' };
    const e = await plan({ 'composer.json': { require }, 'composer.lock': lockOf() }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BuildError);
    expect((e as BuildError).id).toBe('php/unknown-extension');
  });

  it.each([
    ['heroku-php-nginx docroot/', 'docroot'],
    ['heroku-php-apache2 docroot/', 'docroot'],
    ['heroku-php-nginx --verbose -C conf/nginx.server.include.conf -F conf/fpm.include.conf docroot/', 'docroot'],
  ])('php_boot_shared "boots" %s: served from %s', async (web, root) => {
    const p = await plan({
      'composer.json': {}, 'composer.lock': lockOf(), 'docroot/index.php': '<?php', Procfile: `web: ${web}\n`,
      'conf/nginx.server.include.conf': 'location /x { return 204; }\n', 'conf/fpm.include.conf': 'php_value[memory_limit] = 128M\n',
    });
    expect(p.documentRoot.value).toBe(root);
    expect(p.warnings.map((w) => w.id)).toContain('php/procfile-heroku-boot');
  });

  it('php_boot_shared "does not boot" brokendocroot/: stops at build, naming it', async () => {
    const e = await plan({ 'composer.json': {}, 'composer.lock': lockOf(), 'index.php': '<?php', Procfile: 'web: heroku-php-nginx brokendocroot/\n' }).catch((x: unknown) => x);
    expect((e as BuildError).id).toBe('php/path-invalid');
    expect((e as BuildError).title).toContain('brokendocroot');
  });
});
