/**
 * PHP warm rebuilds restore vendor/ instead of running composer install when nothing
 * that affects it changed, run what composer install would have run outside
 * vendor/ (install scripts, the autoloader dump when needed), and install for real when
 * something changed, with the reason in the log. Real builds through the local store.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease, writeEnvDir, type RunningApp } from '../support/harness.js';
import { localStoreVars, storeEnv } from '../support/php-store.js';

const cleanup: string[] = [];
const running: RunningApp[] = [];
afterAll(async () => {
  for (const w of running) await w.stop();
  await Promise.all(cleanup.map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function compile(app: string, cache: string, vars: Record<string, string> = {}) {
  const env = await writeEnvDir({ ...(await localStoreVars()), ...vars });
  cleanup.push(env);
  const r = await runBin('compile', [app, cache, env], await storeEnv());
  expect(r.exitCode, r.all).toBe(0);
  return r.stdout;
}

async function fixture(edit?: (app: string) => Promise<void>): Promise<string> {
  const app = await copyFixture('php-composer-app');
  cleanup.push(app);
  await edit?.(app);
  return app;
}

const SKIPPED = 'Skipping composer install --prefer-dist --optimize-autoloader --no-interaction --no-progress --no-dev: nothing that affects installation changed';

describe('vendor/ reuse on a PHP rebuild', () => {
  it('an unchanged app gets the previous vendor/, no composer run, and boots', async () => {
    const cache = await tempDir('cache');
    cleanup.push(cache);
    const cold = await compile(await fixture(), cache);
    expect(cold).toContain('Installing: no install from a previous build to reuse');
    const app = await fixture();
    const warm = await compile(app, cache);
    expect(warm).toContain(SKIPPED);
    expect(warm).toContain('Restored vendor/ from the build cache (hard-linked, manifest checked). Set PHP_REUSE_VENDOR=false to always install.');
    expect(warm).toContain('Autoloader: kept as restored');
    expect(warm).not.toContain('$ composer');
    const release = await runBin('release', [app]);
    const web = await startWeb(app, `exec ${webCommandFromRelease(release.stdout)}`, { CONTAINER_SIZE: 'M' });
    running.push(web);
    const page = await waitForHttp(web.port, '/');
    expect(page.status, web.output()).toBe(200);
    expect(page.body).toContain('Hello, Composer!');
    expect(page.body).toContain('devtool=absent');
  }, 180_000);

  it('a changed path repository package, a new app class, PHP_REUSE_VENDOR=false and COMPOSER_DEV each get what they need', async () => {
    const cache = await tempDir('cache');
    cleanup.push(cache);
    await compile(await fixture(), cache);

    // A package of the path repository changed (composer.lock did not): a real install.
    const changed = await fixture(async (app) => {
      const f = path.join(app, 'packages/greeting/src/Greeter.php');
      await fs.writeFile(f, (await fs.readFile(f, 'utf8')).replace('Hello, {$name}!', 'Howdy, {$name}!'));
    });
    const out1 = await compile(changed, cache);
    expect(out1).toContain('Installing: path repository packages changed');
    expect(out1).toContain('$ composer install');
    expect(await fs.readFile(path.join(changed, 'vendor/acme/greeting/src/Greeter.php'), 'utf8')).toContain('Howdy');

    // Back to the original package: a real install again (the cache holds the Howdy build).
    await compile(await fixture(), cache);
    // A new class of the app: vendor/ restored, the optimized classmap dumped again.
    const withClass = await fixture(async (app) => {
      await fs.writeFile(path.join(app, 'src/Extra.php'), '<?php\nnamespace App;\nfinal class Extra {}\n');
    });
    const out2 = await compile(withClass, cache);
    expect(out2).toContain(SKIPPED);
    expect(out2).toContain("Autoloader: dumped again, the app's autoload sources (src) changed since the previous build");
    expect(out2).toContain('$ composer dump-autoload --optimize --no-interaction --no-dev');
    expect(await fs.readFile(path.join(withClass, 'vendor/composer/autoload_classmap.php'), 'utf8')).toContain("'App\\\\Extra'");
    // The dump did not write through the hard links into the cache entry.
    const plain = await fixture();
    const out3 = await compile(plain, cache);
    expect(out3).toContain(SKIPPED);
    expect(await fs.readFile(path.join(plain, 'vendor/composer/autoload_classmap.php'), 'utf8')).not.toContain('Extra');

    const dev = await fixture();
    const out4 = await compile(dev, cache, { COMPOSER_DEV: 'true' });
    expect(out4).toMatch(/Installing: config var COMPOSER_DEV is new, install command changed/);
    await fs.access(path.join(dev, 'vendor/acme/devtool'));

    // An unreadable manifest is said as such, then a real install.
    await fs.writeFile(path.join(cache, 'php-vendor/vendor/manifest.json'), '{"garb');
    const out5 = await compile(await fixture(), cache);
    expect(out5).toContain('Installing: the saved vendor/ was not reused: its manifest is unreadable');
    expect(out5).toContain('$ composer install');

    const optOut = await compile(await fixture(), cache, { PHP_REUSE_VENDOR: 'false' });
    expect(optOut).toContain('Not reusing a previous vendor/: PHP_REUSE_VENDOR=false');
    expect(optOut).toContain('$ composer install');
  }, 300_000);

  it('the install scripts of composer.json run on a reuse too (their outputs are outside vendor/)', async () => {
    const cache = await tempDir('cache');
    cleanup.push(cache);
    const withScripts = (app: string) => editJson(path.join(app, 'composer.json'), (j) => ({
      ...j,
      scripts: {
        'post-install-cmd': ["php -r \"file_put_contents('public/post-install.txt', 'ran');\""],
        'post-autoload-dump': ["php -r \"file_put_contents('public/post-dump.txt', 'ran');\""],
      },
    }));
    await compile(await fixture(withScripts), cache);
    const app = await fixture(withScripts);
    const out = await compile(app, cache);
    expect(out).toContain(SKIPPED);
    expect(out).toContain('Running the post-install-cmd scripts of composer.json, as composer install would');
    expect(out).toContain('Autoloader: dumped again, composer.json defines post-autoload-dump scripts, which a dump runs');
    expect(await fs.readFile(path.join(app, 'public/post-install.txt'), 'utf8')).toBe('ran');
    expect(await fs.readFile(path.join(app, 'public/post-dump.txt'), 'utf8')).toBe('ran');
  }, 180_000);
});

async function editJson(file: string, edit: (j: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  await fs.writeFile(file, JSON.stringify(edit(JSON.parse(await fs.readFile(file, 'utf8'))), null, 2));
}
