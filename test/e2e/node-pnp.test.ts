/**
 * Yarn Plug'n'Play slugs stand alone, with a real Yarn 4 and a
 * native addon built from source by the node-gyp of the installed Node.js (the way
 * bcrypt's node-pre-gyp fallback does it):
 * - the installed packages (.yarn/cache) live in the app, so a slug moved to another
 *   path with the build cache deleted still boots, through the default `npm start`
 *   (`node server.js`, no Procfile);
 * - a rebuild restores that cache from CACHE_DIR (a dead registry cannot serve it);
 * - a package build that fails shows the end of Yarn's build log, not only its path.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease, writeEnvDir } from '../support/harness.js';
import { expectBuildLog } from '../support/snapshots.js';

const FIXTURE = 'node-yarn4-pnp-addon-app';
const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

async function bootAndGet(app: string): Promise<{ status: number; body: string; output: string }> {
  const web = webCommandFromRelease((await runBin('release', [app])).stdout);
  expect(web).toBe('npm start');
  const running = await startWeb(app, web);
  try {
    const page = await waitForHttp(running.port, '/');
    return { ...page, output: running.output() };
  } finally {
    await running.stop();
  }
}

describe('Yarn 4 PnP app with a native addon', () => {
  it('builds, rebuilds from the restored cache, reports a failed addon build, and boots after moving with the cache deleted', async () => {
    const cache = await tempDir('cache');
    const cold = await copyFixture(FIXTURE);
    cleanup.push(cache, cold);

    // a. Cold build.
    const a = await runBin('compile', [cold, cache], cleanEnv());
    await expectBuildLog(a, FIXTURE, 'cold', { app: cold, cache });
    expect(a.exitCode, a.all).toBe(0);
    expect(a.stdout).toContain('native-greeting');
    expect(a.stdout).toContain('Yarn cache: .yarn/cache kept for the next build');
    expect(a.stdout).toContain('.profile.d/nodejs-pnp.sh: NODE_OPTIONS loads .pnp.cjs');
    const pnp = await fs.readFile(path.join(cold, '.pnp.cjs'), 'utf8');
    expect(pnp).not.toContain(cache);
    expect(pnp).toContain('"packageLocation": "./.yarn/cache/escape-html-npm-');
    expect(pnp).not.toMatch(/"packageLocation": "\.\.\//);
    const unplugged = await fs.readdir(path.join(cold, '.yarn/unplugged'));
    expect(unplugged.some((d) => d.startsWith('native-greeting-'))).toBe(true);

    // a'. The unchanged rebuild: the install (the addon built into .yarn/unplugged) is restored.
    const unchanged = await copyFixture(FIXTURE);
    cleanup.push(unchanged);
    const a2 = await runBin('compile', [unchanged, cache], cleanEnv());
    await expectBuildLog(a2, FIXTURE, 'warm', { app: unchanged, cache });
    expect(a2.exitCode, a2.all).toBe(0);
    expect(a2.stdout).toContain('Skipping yarn install --immutable: nothing that affects installation changed');

    // b. A changed package.json installs again, from the cache restored into the app:
    //    the registry is dead, so only that cache can provide escape-html.
    const warm = await copyFixture(FIXTURE);
    cleanup.push(warm);
    const pkgPath = path.join(warm, 'package.json');
    await fs.writeFile(pkgPath, JSON.stringify({ ...JSON.parse(await fs.readFile(pkgPath, 'utf8')), description: 'changed' }, null, 2));
    const deadRegistry = await writeEnvDir({ YARN_NPM_REGISTRY_SERVER: 'http://127.0.0.1:9' });
    cleanup.push(deadRegistry);
    const b = await runBin('compile', [warm, cache, deadRegistry], cleanEnv());
    expect(b.exitCode, b.all).toBe(0);
    expect(b.stdout).toMatch(/Installing: .*package\.json changed/);
    expect(b.stdout).toContain('Restored the Yarn cache .yarn/cache from the build cache');
    expect(b.stdout).toContain('$ yarn install --immutable');

    // c. The addon's compiler fails: the error carries the end of Yarn's build log.
    const failing = await copyFixture(FIXTURE);
    cleanup.push(failing);
    const badCompiler = await writeEnvDir({ CC: '/bin/false', CXX: '/bin/false', NODE_REUSE_INSTALL: 'false' });
    cleanup.push(badCompiler);
    const c = await runBin('compile', [failing, cache, badCompiler], cleanEnv());
    expect(c.exitCode).toBe(1);
    expect(c.stderr).toContain('Error id: nodejs/install-failed');
    expect(c.stderr).toMatch(/Yarn's build log for native-greeting \(\/\S+\/build\.log\), last lines:/);
    expect(c.stderr).toContain('gyp ERR!');

    // d. The slugs run elsewhere, without the build cache.
    await fs.rm(cache, { recursive: true, force: true });
    for (const app of [cold, warm]) {
      const moved = `${app}-moved`;
      await fs.rename(app, moved);
      cleanup.push(moved);
      const page = await bootAndGet(moved);
      expect(page.status, page.output).toBe(200);
      expect(page.body).toBe('<p>hello from a native addon</p>\n');
    }
  });
});
