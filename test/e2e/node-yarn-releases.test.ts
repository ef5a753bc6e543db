/**
 * Yarn releases outside the main packages' lists, installed for real from the npm
 * registry: Yarn 0.28 (the `yarn` package before 1.0) and Yarn 2.4.3 (only the `yarn`
 * package carries it; @yarnpkg/cli-dist stops at 2.4.2). Each app boots over HTTP.
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
  { fixture: 'node-yarn028-app', yarn: '0.28.4', from: 'yarn', node: '8.17.0', pruned: true },
  { fixture: 'node-yarn243-app', yarn: '2.4.3', from: 'yarn', node: '20.', pruned: false },
])('$fixture (Yarn $yarn)', ({ fixture, yarn, from, node, pruned }) => {
  it('installs that Yarn from the registry, builds and serves', async () => {
    const app = await copyFixture(fixture);
    const cache = await tempDir('cache');
    cleanup.push(app, cache);
    const r = await runBin('compile', [app, cache], cleanEnv());
    await expectBuildLog(r, fixture, 'cold', { app, cache });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain(`from the npm registry package ${from}`);
    expect(r.stdout).toContain(`Using yarn ${yarn} (`);
    expect(r.stdout).toContain(`Installed node ${node}`);
    const web = webCommandFromRelease((await runBin('release', [app])).stdout);
    const running = await startWeb(app, web);
    try {
      const page = await waitForHttp(running.port, '/');
      expect(page.body, running.output()).toBe(`&lt;ok&gt; ms installed: ${!pruned}\n`);
    } finally {
      await running.stop();
    }
    // Warm, on the same cache: the install reused.
    const again = await copyFixture(fixture);
    cleanup.push(again);
    const warm = await runBin('compile', [again, cache], cleanEnv());
    await expectBuildLog(warm, fixture, 'warm', { app: again, cache });
    expect(warm.exitCode, warm.all).toBe(0);
    expect(warm.stdout).toContain('nothing that affects installation changed');
  });
});
