/**
 * Old npm releases, for real (Node.js and npm from the registry): an app with
 * package-lock.json on a Node.js whose npm ignores it (Node.js 6 bundles npm 3) gets an
 * npm that reads the lockfile and runs on that Node.js, said so, and the slug holds the
 * locked versions; an npm whose prune is broken (5.3.0) keeps devDependencies, warned.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease } from '../support/harness.js';
import { expectBuildLog } from '../support/snapshots.js';

/** A warm build of the fixture on the cold build's cache (a fresh copy): its log is the warm snapshot, the install reused. */
async function warmBuild(fixture: string, cache: string): Promise<void> {
  const again = await copyFixture(fixture);
  cleanup.push(again);
  const warm = await runBin('compile', [again, cache], cleanEnv());
  await expectBuildLog(warm, fixture, 'warm', { app: again, cache });
  expect(warm.exitCode, warm.all).toBe(0);
  expect(warm.stdout).toContain(': nothing that affects installation changed');
}

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

describe('Node.js 6 with package-lock.json', () => {
  it('installs the locked ms 2.0.0 (not the newest ^2.0.0) with npm 6, saying why', async () => {
    const app = await copyFixture('node-6-lockfile-app');
    const cache = await tempDir('cache');
    cleanup.push(app, cache);
    const r = await runBin('compile', [app, cache], cleanEnv());
    await expectBuildLog(r, 'node-6-lockfile-app', 'cold', { app, cache });
    expect(r.exitCode, r.all).toBe(0);
    const installed = JSON.parse(await fs.readFile(path.join(app, 'node_modules/ms/package.json'), 'utf8'));
    expect(installed.version, r.stdout).toBe('2.0.0');
    expect(r.stderr).toContain('Node.js 6.17.1 comes with npm 3.10.10, which ignores package-lock.json');
    expect(r.stdout).toContain('Installing npm 6.14.18 (the bundled npm ignores package-lock.json)');
    expect(r.stdout).toContain('Installed node 6.17.1 and npm 6.14.18');
    expect(r.stdout).toContain('$ npm ci --production=false --unsafe-perm');

    const web = webCommandFromRelease((await runBin('release', [app])).stdout);
    const running = await startWeb(app, web);
    try {
      expect((await waitForHttp(running.port, '/')).body).toBe('ms 2.0.0\n');
    } finally {
      await running.stop();
    }
    await warmBuild('node-6-lockfile-app', cache);
  });

  it('an npm pinned below 5 with a package-lock.json stops the build, naming an npm that reads it', async () => {
    const app = await copyFixture('node-6-lockfile-app');
    cleanup.push(app);
    const pkgPath = path.join(app, 'package.json');
    const pkg = JSON.parse(await fs.readFile(pkgPath, 'utf8'));
    pkg.engines.npm = '3.x';
    await fs.writeFile(pkgPath, JSON.stringify(pkg));
    const r = await runBin('plan', [app], cleanEnv());
    expect(r.exitCode).toBe(1);
    const { error } = JSON.parse(r.stdout);
    expect(error.id).toBe('nodejs/npm-ignores-lockfile');
    expect(error.message).toContain('npm 3.10.10 (engines.npm in package.json) ignores it');
    expect(error.message).toContain('"engines": {"npm": "6.14.18"}');
  });
});

describe('Node.js 8.2.1, whose npm 5.3.0 fails on `npm prune`', () => {
  it('skips the prune with a warning instead of failing the build, and serves', async () => {
    const app = await copyFixture('node-8-npm53-app');
    const cache = await tempDir('cache');
    cleanup.push(app, cache);
    const r = await runBin('compile', [app, cache], cleanEnv());
    await expectBuildLog(r, 'node-8-npm53-app', 'cold', { app, cache });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('Installed node 8.2.1 and npm 5.3.0');
    expect(r.stderr).toContain('devDependencies are not pruned: npm 5.3.0 fails on `npm prune` (https://github.com/npm/npm/issues/17781)');
    expect(r.stdout).not.toContain('$ npm prune');
    const web = webCommandFromRelease((await runBin('release', [app])).stdout);
    const running = await startWeb(app, web);
    try {
      expect((await waitForHttp(running.port, '/')).body).toBe('ms 2.1.3\n');
    } finally {
      await running.stop();
    }    await warmBuild('node-8-npm53-app', cache);
  });
});
