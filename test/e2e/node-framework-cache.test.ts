/**
 * Framework build caches are kept by default, here with a real
 * Turborepo: the second build restores .turbo/cache and turbo replays the site's build
 * instead of running it; NODE_FRAMEWORK_CACHE=false turns it off, saying so.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import { cleanEnv, copyFixture, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease, writeEnvDir } from '../support/harness.js';
import { expectBuildLog } from '../support/snapshots.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

describe('node-turbo-app', () => {
  it('keeps .turbo/cache between builds: the warm build is a turbo cache hit and boots; the opt-out says so', async () => {
    const cache = await tempDir('cache');
    const cold = await copyFixture('node-turbo-app');
    const warm = await copyFixture('node-turbo-app');
    const optedOut = await copyFixture('node-turbo-app');
    const envDir = await writeEnvDir({ NODE_FRAMEWORK_CACHE: 'false' });
    cleanup.push(cache, cold, warm, optedOut, envDir);

    const a = await runBin('compile', [cold, cache], cleanEnv());
    await expectBuildLog(a, 'node-turbo-app', 'cold', { app: cold, cache });
    expect(a.exitCode, a.all).toBe(0);
    expect(a.stdout).toContain('Turborepo cache .turbo/cache (turbo in package.json): not in the cache yet');
    expect(a.stdout).toMatch(/site:build: cache miss, executing/);
    expect(a.stdout).toContain('Turborepo cache .turbo/cache: saved');

    const b = await runBin('compile', [warm, cache], cleanEnv());
    await expectBuildLog(b, 'node-turbo-app', 'warm', { app: warm, cache });
    expect(b.exitCode, b.all).toBe(0);
    expect(b.stdout).toMatch(/Turborepo cache \.turbo\/cache \(turbo@2\.5\.8\): restored/);
    expect(b.stdout).toMatch(/site:build: cache hit, replaying logs/);
    const web = webCommandFromRelease((await runBin('release', [warm])).stdout);
    const running = await startWeb(warm, web);
    try {
      const page = await waitForHttp(running.port, '/');
      expect(page.status, running.output()).toBe(200);
      expect(page.body).toBe('<h1>Hello from node-turbo-app</h1>\n');
    } finally {
      await running.stop();
    }

    const c = await runBin('compile', [optedOut, cache, envDir], cleanEnv());
    expect(c.exitCode, c.all).toBe(0);
    expect(c.stdout).toContain('Turborepo cache .turbo/cache: not kept between builds (NODE_FRAMEWORK_CACHE=false)');
    expect(c.stdout).toMatch(/site:build: cache miss, executing/);
  });
});
