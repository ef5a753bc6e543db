/**
 * bin/plan for PHP apps (common.md §4, issue: bin/plan covers PHP): the decisions
 * compile would make, offline. Without a store the embedded table decides; with a
 * file:// store its manifest does, exactly as compile will.
 */
import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { ROOT, cleanEnv, runBin, writeEnvDir } from '../support/harness.js';
import { localStoreVars, startHttpStore, storeEnv, storePhp } from '../support/php-store.js';

const fixture = (name: string) => path.join(ROOT, 'fixtures', name);

async function plan(name: string, vars: Record<string, string> = {}) {
  const env = await writeEnvDir(vars);
  // With a store: the stack its artifacts are built for (debian-12 on this machine).
  const r = await runBin('plan', [fixture(name), env], vars.PHP_BASE_URL ? await storeEnv() : cleanEnv());
  return { ...r, json: JSON.parse(r.stdout) };
}

describe('bin/plan on PHP apps', () => {
  it('Composer app, embedded table: versions, framework, document root, commands', async () => {
    const r = await plan('php-composer-app');
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.json).toMatchObject({
      language: 'php',
      stack: 'scalingo-26',
      versions: { php: '8.4.22', nginx: '1.30.3', composer: '2.10.1' },
      packageManager: { name: 'composer', version: '2.10.1' },
      install: { command: ['composer', 'install', '--prefer-dist', '--optimize-autoloader', '--no-interaction', '--no-progress', '--no-dev'] },
      prune: null,
      hooks: [{ name: 'extra.paas.compile[0]', command: 'php bin/build.php' }],
      processTypes: { web: 'sh .scalingo/php-app/boot.sh' },
      framework: 'default',
      documentRoot: 'public',
      memoryLimit: '256M',
      warnings: [],
    });
    expect(r.json.versionSources.php).toMatchObject({ requested: '>=8.2', source: 'require.php in composer.json', catalog: 'the embedded version table' });
    expect(r.json.extensions).toContainEqual({ name: 'mbstring', how: 'builtin', source: 'composer.json' });
  });

  it('with a file:// store, versions come from its manifest (what compile will install)', async () => {
    const r = await plan('php-composer-app', await localStoreVars());
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.json.versions.php).toBe(await storePhp('8.4'));
    expect(r.json.versionSources.php.catalog).toMatch(/^the store at file:\/\//);
    // Built in by the store's PHP, as on the platform.
    expect(r.json.extensions).toContainEqual({ name: 'mbstring', how: 'builtin', source: 'composer.json' });
  });

  it('with an http:// store, plans offline from the embedded table (bin/plan fetches nothing)', async () => {
    const store = await startHttpStore();
    try {
      const r = await plan('php-composer-app', store.vars);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.json.versions.php).toBe('8.4.22');
      expect(r.json.versionSources.php.catalog).toBe('the embedded version table');
      expect(store.requests).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it.each([
    ['php-laravel-app', 'laravel', 'public'],
    ['php-symfony-app', 'symfony', 'public'],
    ['php-classic-app', 'default', ''],
  ])('%s → framework %s, document root %j', async (name, framework, documentRoot) => {
    const r = await plan(name);
    expect([r.json.framework, r.json.documentRoot]).toEqual([framework, documentRoot]);
  });

  it('a PHP app with a package.json plans its Node build too', async () => {
    const r = await plan('php-node-assets-app');
    expect(r.json.node.versions.node).toMatch(/^22\./);
    expect(r.json.hooks[0]).toMatchObject({ name: 'build' });
    expect((await plan('php-node-assets-app', { PHP_BUILDPACK_NO_NODE: 'true' })).json.nodeSkipped).toBe('PHP_BUILDPACK_NO_NODE=true');
  });

  it('bad input: exit 1 with the error as JSON', async () => {
    const r = await plan('php-classic-app', { PHP_VERSION: '7.4' });
    expect(r.exitCode).toBe(1);
    expect(r.json.error.id).toBe('php/no-matching-version');
  });
});
