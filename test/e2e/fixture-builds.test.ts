/**
 * The fixtures no other e2e file builds as they are, built cold and then warm (same
 * CACHE_DIR, a fresh copy of the app): each build's whole log is a reviewed snapshot
 * (test/__logs__), and the warm build reuses the install. The other fixtures' cold and
 * warm builds are snapshotted where their own tests build them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import { cleanEnv, copyFixture, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease } from '../support/harness.js';
import { expectBuildLog } from '../support/snapshots.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

describe.each([
  { fixture: 'node-yarn3-app', install: 'yarn install --immutable', page: undefined },
  { fixture: 'node-yarn24-app', install: 'yarn install --immutable', page: undefined },
  // Realistic sizes: ~300 locked packages and a tsc build; Next.js with its build cache.
  { fixture: 'node-realistic-app', install: 'npm ci --include=dev', page: '/' },
  { fixture: 'node-next-app', install: 'npm ci --include=dev', page: '/' },
])('$fixture', ({ fixture, install, page }) => {
  it('builds cold, then warm from the same cache without running the install', async () => {
    const cache = await tempDir('cache');
    const app = await copyFixture(fixture);
    const again = await copyFixture(fixture);
    cleanup.push(cache, app, again);

    const cold = await runBin('compile', [app, cache], cleanEnv());
    await expectBuildLog(cold, fixture, 'cold', { app, cache });
    expect(cold.exitCode, cold.all).toBe(0);
    expect(cold.stdout).toContain(`$ ${install}`);

    const warm = await runBin('compile', [again, cache], cleanEnv());
    await expectBuildLog(warm, fixture, 'warm', { app: again, cache });
    expect(warm.exitCode, warm.all).toBe(0);
    expect(warm.stdout).toContain(`Skipping ${install}: nothing that affects installation changed`);

    if (page) {
      const running = await startWeb(again, webCommandFromRelease((await runBin('release', [again])).stdout));
      try {
        const res = await waitForHttp(running.port, page, 60_000);
        expect(res.status, running.output()).toBe(200);
      } finally {
        await running.stop();
      }
    }
  });
});
