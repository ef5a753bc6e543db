/**
 * Bad input to a PHP build, through the real bin/compile: a stable id, the fix, no
 * stack trace, nothing written outside BUILD_DIR / CACHE_DIR, and a cache the next
 * build can use.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { execa } from 'execa';
import { cleanEnv, copyFixture, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease, writeEnvDir } from '../support/harness.js';
import { editedStore, localStoreVars, storeEnv } from '../support/php-store.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

async function app(files: Record<string, string>, fixture?: string): Promise<string> {
  const dir = fixture ? await copyFixture(fixture) : await tempDir('php-bad');
  cleanup.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
  return dir;
}

async function compile(dir: string, vars: Record<string, string> = {}, withStore = true) {
  const cache = await tempDir('cache');
  const env = await writeEnvDir({ ...(withStore ? await localStoreVars() : {}), ...vars });
  cleanup.push(cache, env);
  return { ...(await runBin('compile', [dir, cache, env], withStore ? await storeEnv() : cleanEnv())), cache };
}

const paas = (p: unknown) => JSON.stringify({ extra: { paas: p } });

describe('a store built for another stack', () => {
  it('is refused naming the stack asked and the ones the store has, not as "no version satisfies"', async () => {
    const dir = await app({}, 'php-classic-app');
    const cache = await tempDir('cache');
    const env = await writeEnvDir(await localStoreVars());
    cleanup.push(cache, env);
    // No STACK: the platform default (scalingo-26), which this machine's store is not built for.
    const r = await runBin('compile', [dir, cache, env], cleanEnv());
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('The artifact store has no PHP for the stack scalingo-26');
    expect(r.stderr).toMatch(/manifest\.json lists PHP only for debian-12/);
    expect(r.stderr).toContain('php/store-lacks-stack');
    expect(r.stderr).not.toContain('php/no-matching-version');
  });
});

describe('PHP builds stop with a clear error on bad input', () => {
  it.each([
    ['composer.json empty', { 'composer.json': '' }, {}, 'php/composer-json-empty'],
    ['composer.json not JSON', { 'composer.json': '{\n  "require": {,\n}' }, {}, 'php/composer-json-invalid', 'line 2, column'],
    ['composer.json an array', { 'composer.json': '[]' }, {}, 'php/composer-json-not-object'],
    ['requires packages, no lock', { 'composer.json': '{"require": {"acme/x": "^1"}}' }, {}, 'php/composer-lock-missing', 'composer install'],
    ['requires dev packages only, no lock', { 'composer.json': '{"require-dev": {"acme/devtool": "^1"}}' }, {}, 'php/composer-lock-missing', 'acme/devtool (require-dev)'],
    ['slim without public/ (the framework default)', { 'composer.json': '{"require": {"slim/slim": "^4"}}', 'composer.lock': '{"packages": [{"name": "slim/slim", "version": "4.14.0"}]}', 'index.php': '<?php' }, {}, 'php/framework-document-root-missing', 'set the DOCUMENT_ROOT config var'],
    ['composer.lock not JSON', { 'composer.json': '{}', 'composer.lock': '{oops' }, {}, 'php/composer-lock-invalid'],
    ['composer.lock inconsistent', { 'composer.json': '{}', 'composer.lock': '{"packages": 3}' }, {}, 'php/composer-lock-inconsistent'],
    ['require.php nothing satisfies', { 'composer.json': '{"require": {"php": "^7.4"}}' }, {}, 'php/no-matching-version', '^7.4'],
    ['require.php unreadable', { 'composer.json': '{"require": {"php": "latest"}}' }, {}, 'php/invalid-version-request'],
    ['unknown extension', { 'composer.json': '{"require": {"ext-nosuchext": "*"}}' }, {}, 'php/unknown-extension', 'nosuchext'],
    ['paas key of the wrong type', { 'composer.json': paas({ 'php-config': ['a=1', 2] }) }, {}, 'php/composer-json-field', 'extra.paas.php-config[1] must be a string'],
    ['unknown framework', { 'composer.json': paas({ framework: 'rails' }) }, {}, 'php/unknown-framework'],
    ['include escaping the app', { 'composer.json': paas({ 'nginx-includes': ['../../etc/nginx.conf'] }) }, {}, 'php/path-invalid', 'leads outside the app'],
    ['include that does not exist', { 'composer.json': paas({ 'php-includes': ['conf/missing.ini'] }) }, {}, 'php/path-invalid', 'does not exist'],
    ['document root that does not exist', { 'composer.json': paas({ 'document-root': 'public' }) }, {}, 'php/path-invalid', 'public'],
    ['php-config line without =', { 'composer.json': paas({ 'php-config': ['display_errors'] }) }, {}, 'php/invalid-ini-directive'],
    ['php-config line with a newline', { 'composer.json': paas({ 'php-config': ['a=1\nextension=evil.so'] }) }, {}, 'php/invalid-ini-directive'],
    ['access-log-format with a single quote', { 'composer.json': paas({ 'access-log-format': "$remote_addr 'x" }) }, {}, 'php/invalid-access-log-format'],
    ['access-log-format with a semicolon', { 'composer.json': paas({ 'access-log-format': '$remote_addr; include /etc/passwd' }) }, {}, 'php/invalid-access-log-format'],
    ['ACCESS_LOG_FORMAT with a brace', { 'index.php': '<?php' }, { ACCESS_LOG_FORMAT: '$remote_addr } server {' }, 'php/invalid-access-log-format'],
    ['malformed COMPOSER_AUTH', { 'composer.json': '{}' }, { COMPOSER_AUTH: '{"github-oauth": "s3cret-token"' }, 'php/composer-auth-invalid'],
    ['memory_limit garbage', { 'composer.json': paas({ 'php-config': ['memory_limit=lots'] }) }, {}, 'php/invalid-memory-limit'],
    ['nginx include redefining location /', { 'composer.json': paas({ framework: 'laravel', 'document-root': '.', 'nginx-includes': ['nginx.conf'] }), 'nginx.conf': 'location / { return 200; }\n' }, {}, 'php/nginx-include-clash'],
    ['nginx include nginx refuses', { 'composer.json': paas({ 'nginx-includes': ['nginx.conf'] }), 'nginx.conf': 'not_a_directive on;\n' }, {}, 'php/config-rejected', 'unknown directive "not_a_directive"'],
    ['php-fpm-config key PHP-FPM refuses', { 'composer.json': paas({ 'php-fpm-config': ['pm.bogus=3'] }) }, {}, 'php/config-rejected', 'php-fpm'],
    ['php-includes file PHP cannot parse', { 'composer.json': paas({ 'php-includes': ['php.ini'] }), 'php.ini': 'foo = "unterminated\n' }, {}, 'php/config-rejected', 'syntax error'],
    ['APM agent the store lacks', { 'composer.json': paas({ 'new-relic': true }) }, {}, 'php/agent-unavailable'],
  ])('%s', async (_name, files, vars, id, detail?: string) => {
    const r = await compile(await app(files as Record<string, string>), vars as Record<string, string>);
    expect(r.exitCode, r.all).not.toBe(0);
    expect(r.stderr).toContain(id);
    if (detail) expect(r.stderr).toContain(detail);
    expect(r.all).not.toMatch(/\n\s+at /);
    expect(r.all).not.toContain('s3cret-token');
  });

  it.each(['app "quoted"', 'app$HOME', 'back\\slash'])('an app directory named %j is refused before anything runs, naming the path', async (name) => {
    const base = await tempDir('php-path');
    cleanup.push(base);
    const dir = path.join(base, name);
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'index.php'), '<?php echo 1;');
    const r = await compile(dir);
    expect(r.exitCode, r.all).not.toBe(0);
    expect(r.stderr).toContain('php/app-path-unsupported');
    expect(r.stderr).toContain(JSON.stringify(dir));
    expect(r.all).not.toContain('extra.paas');
    expect(r.all).not.toContain('Installing PHP');
  });

  it('no artifact store configured: says how to configure one', async () => {
    const r = await compile(await app({ 'index.php': '<?php echo 1;' }), {}, false);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('php/no-artifact-store');
    expect(r.stderr).toContain('PHP_BASE_URL');
  });

  it('a failing compile command names the command and exit code; the cache stays usable', async () => {
    const dir = await app({ 'composer.json': paas({ compile: ['echo first', 'exit 3', 'echo never'] }) });
    const r = await compile(dir);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('php/compile-command-failed');
    expect(r.stderr).toContain('`exit 3` exited with code 3');
    expect(r.stdout).toContain('first');
    expect(r.stdout).not.toContain('never');
    // The same cache serves a fixed build.
    await fs.writeFile(path.join(dir, 'composer.json'), paas({ compile: ['echo fixed'] }));
    const env = await writeEnvDir(await localStoreVars());
    cleanup.push(env);
    const again = await runBin('compile', [dir, r.cache, env], await storeEnv());
    expect(again.exitCode, again.all).toBe(0);
    expect(again.stdout).toMatch(/Restored php .* from the build cache/);
  }, 60_000);

  it('the validators run again when an include changed since the build that passed (their record)', async () => {
    const dir = await app({ 'composer.json': paas({ 'nginx-includes': ['site.conf'] }), 'site.conf': 'location = /ok { return 204; }\n', 'index.php': '<?php' });
    const first = await compile(dir);
    expect(first.exitCode, first.all).toBe(0);
    expect(first.stdout).toContain('nginx -t, php-fpm -t and php accept the generated configuration');
    const env = await writeEnvDir(await localStoreVars());
    cleanup.push(env);
    const unchanged = await runBin('compile', [dir, first.cache, env], await storeEnv());
    expect(unchanged.exitCode, unchanged.all).toBe(0);
    expect(unchanged.stdout).toContain('nginx -t, php-fpm -t and php: configuration unchanged since the last build, validated then');
    await fs.writeFile(path.join(dir, 'site.conf'), 'not_a_directive on;\n');
    const broken = await runBin('compile', [dir, first.cache, env], await storeEnv());
    expect(broken.exitCode).not.toBe(0);
    expect(broken.stderr).toContain('php/config-rejected');
    expect(broken.stderr).toContain('unknown directive "not_a_directive"');
    // The failure was not recorded: the same broken include fails again.
    const again = await runBin('compile', [dir, first.cache, env], await storeEnv());
    expect(again.exitCode).not.toBe(0);
    expect(again.stderr).toContain('php/config-rejected');
  }, 90_000);

  it('a failing composer install says so, with its output', async () => {
    const dir = await app({}, 'php-composer-app');
    // The path repository's package is gone: Composer cannot install the lock.
    await fs.rm(path.join(dir, 'packages/greeting'), { recursive: true });
    const r = await compile(dir);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('php/composer-install-failed');
    expect(r.stderr).toContain('acme/greeting');
  }, 60_000);

  it('a composer install that fails on an extension version shows the problem, not the ini-file list after it', async () => {
    const platform = { 'ext-redis': '^3.1' };
    const r = await compile(await app({
      'composer.json': JSON.stringify({ require: platform }),
      'composer.lock': JSON.stringify({ 'content-hash': 'x', packages: [], 'packages-dev': [], aliases: [], 'minimum-stability': 'stable', 'stability-flags': {}, 'prefer-stable': false, 'prefer-lowest': false, platform, 'platform-dev': {}, 'plugin-api-version': '2.3.0' }),
    }));
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('php/composer-install-failed');
    expect(r.stderr).toMatch(/What Composer reported:\n.*\n(?:.*\n)*.*requires PHP extension ext-redis \^3\.1 but it has the wrong version installed/);
    expect(r.stderr).toContain('the version is that of the extension this PHP artifact ships');
    expect(r.stderr).not.toMatch(/ !\s+- \/.*conf\.d\/.*\.ini/);
  }, 60_000);

  it('a classic app calling mysqli on an artifact without it: built, with a warning naming the file (a FIFO among its .php files is skipped)', async () => {
    const dir = await app({
      'index.php': '<?php require __DIR__ . "/wp-includes/class-wpdb.php"; echo "ok";',
      'wp-includes/class-wpdb.php': '<?php function connect() { return mysqli_init(); }',
    });
    await execa('mkfifo', [path.join(dir, 'pipe.php')]);
    // The source-built store compiles mysqli into every PHP: this store's manifest says its 8.2 has none.
    const store = await editedStore((m) => {
      for (const a of m.artifacts) {
        if (a.extensions) a.extensions.builtin = a.extensions.builtin.filter((e) => e !== 'mysqli');
      }
    });
    cleanup.push(store.dir);
    const r = await compile(dir, { ...store.vars, PHP_VERSION: '8.2' });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stderr).toContain('php/extension-used-but-missing');
    expect(r.stderr).toContain('wp-includes/class-wpdb.php calls the mysqli extension, but PHP 8.2.');
    // The pipe is named up front: a build tool that reads it would hang.
    expect(r.stderr).toContain('The app ships files that are not regular files: pipe.php (named pipe).');
  }, 60_000);

  it('a document root and an include the build creates are checked after the build, and the app boots', async () => {
    const dir = await app({
      'composer.json': paas({
        'document-root': 'web',
        'php-includes': ['generated/app.ini'],
        compile: ['mkdir -p web generated && printf \'<?php echo "generated " . ini_get("max_input_vars");\' > web/index.php && printf "max_input_vars=1234\\n" > generated/app.ini'],
      }),
    });
    const r = await compile(dir);
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('Validating the configs after the build: web (extra.paas.document-root in composer.json), generated/app.ini (extra.paas.php-includes[0]) does not exist yet');
    expect(r.stdout).toContain('web (extra.paas.document-root in composer.json): created by the build');
    const running = await startWeb(dir, webCommandFromRelease((await runBin('release', [dir])).stdout));
    try {
      const page = await waitForHttp(running.port, '/');
      expect(page.body, running.output()).toBe('generated 1234');
    } finally {
      await running.stop();
    }
  }, 90_000);

  it('a path the build was expected to create but did not is refused after the build', async () => {
    const r = await compile(await app({ 'composer.json': paas({ 'document-root': 'web', compile: ['echo not creating web'] }) }));
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('php/path-invalid');
    expect(r.stderr).toContain('does not exist in the app, even after the build');
  }, 60_000);

  it.each([
    ['php-config', { 'composer.json': paas({ 'php-config': ['auto_prepend_file=/etc/passwd'], compile: ['php -r "echo 1;"'] }) }],
    ['a php-includes file', { 'composer.json': paas({ 'php-includes': ['conf/x.ini'], compile: ['php -r "echo 1;"'] }), 'conf/x.ini': 'auto_prepend_file=/etc/passwd\n' }],
  ])('auto_prepend_file=/etc/passwd in %s stops the build before any PHP runs; the build machine\'s file never reaches the log', async (_where, files) => {
    const r = await compile(await app(files as Record<string, string>));
    expect(r.exitCode, r.all).not.toBe(0);
    expect(r.stderr).toContain('php/ini-path-outside-app');
    expect(r.all).not.toMatch(/root:.*:0:0:/);
  }, 60_000);

  it('an auto_prepend_file inside the app runs in the build\'s PHP and in the served app, from wherever the app is', async () => {
    const dir = await app({
      'composer.json': paas({ 'php-config': ['auto_prepend_file=config/prepend.php'], compile: ['php bin/show.php'] }),
      'config/prepend.php': '<?php define("PREPENDED", "prepended from the app");',
      'bin/show.php': '<?php echo PREPENDED, PHP_EOL;',
      'index.php': '<?php echo PREPENDED;',
    });
    const r = await compile(dir);
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('prepended from the app');
    // Moved elsewhere, as a slug is: the path follows the app.
    const moved = `${dir}-moved`;
    await fs.rename(dir, moved);
    cleanup.push(moved);
    const running = await startWeb(moved, webCommandFromRelease((await runBin('release', [moved])).stdout));
    try {
      const page = await waitForHttp(running.port, '/');
      expect(page.body, running.output()).toBe('prepended from the app');
    } finally {
      await running.stop();
    }
  }, 90_000);
});
