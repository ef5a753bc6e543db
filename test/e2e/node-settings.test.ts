/**
 * Settings read the one way the engine documents: a knob set in the platform's
 * environment (a build fleet's, not a config var) decides every step that reads it, as
 * the same config var would; a cacheDirectories entry the package manager cannot use is
 * skipped with a log line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, exists, runBin, tempDir } from '../support/harness.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

describe('NPM_CONFIG_PRODUCTION in the platform environment', () => {
  it('=false keeps devDependencies: installed for the build, and not pruned', async () => {
    const app = await copyFixture('node-npm-app');
    const cache = await tempDir('cache');
    cleanup.push(app, cache);
    const r = await runBin('compile', [app, cache], cleanEnv({ NPM_CONFIG_PRODUCTION: 'false' }));
    expect(r.exitCode, r.all).toBe(0);
    expect(await exists(path.join(app, 'node_modules/marked')), r.stdout).toBe(true);
    expect(r.stdout).toContain('Skipping: NPM_CONFIG_PRODUCTION=false: devDependencies are kept');
    expect(r.stdout).not.toContain('$ npm prune');
  });
});

describe('pnpm app listing node_modules in cacheDirectories', () => {
  it('does not keep it (said why), so the warm build reuses the install instead of copying node_modules back', async () => {
    const cache = await tempDir('cache');
    cleanup.push(cache);
    const build = async () => {
      const app = await copyFixture('node-pnpm-app');
      cleanup.push(app);
      const pkgPath = path.join(app, 'package.json');
      const pkg = JSON.parse(await fs.readFile(pkgPath, 'utf8'));
      pkg.cacheDirectories = ['node_modules'];
      await fs.writeFile(pkgPath, JSON.stringify(pkg, null, 2));
      const r = await runBin('compile', [app, cache], cleanEnv());
      expect(r.exitCode, r.all).toBe(0);
      expect(r.stdout).toContain("node_modules (cacheDirectories in package.json): not kept between builds: pnpm's node_modules is links into its store");
      return r;
    };
    await build();
    const warm = await build();
    expect(warm.stdout).not.toContain('Installing: the app already has node_modules');
    expect(warm.stdout).toContain('Skipping pnpm install --frozen-lockfile --prod=false: nothing that affects installation changed');
  });
});
