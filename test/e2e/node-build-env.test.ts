/**
 * What configures a build: the app's files, its config vars and the
 * platform's registry setting, never the build machine's own npm/Yarn configuration.
 * The machine's HOME here has an .npmrc whose settings would be visible: a dead registry
 * (the install could not succeed with an empty cache) and `nodedir` (npm warns about it).
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, runBin, startWeb, tempDir } from '../support/harness.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

describe('the build machine\'s npm configuration', () => {
  it('does not reach the build, and the runtime has no npm update notice', async () => {
    const home = await tempDir('machine-home');
    await fs.writeFile(path.join(home, '.npmrc'), 'registry=http://127.0.0.1:9/\nnodedir=/usr\n');
    await fs.writeFile(path.join(home, '.yarnrc.yml'), 'npmRegistryServer: "http://127.0.0.1:9"\n');
    const app = await copyFixture('node-npm-app');
    const cache = await tempDir('cache');
    cleanup.push(home, app, cache);

    const r = await runBin('compile', [app, cache], cleanEnv({ HOME: home }));
    expect(r.exitCode, r.all).toBe(0);
    expect(r.all).not.toContain('127.0.0.1:9');
    expect(r.all).not.toContain('Unknown user config "nodedir"');

    // At runtime npm's update notice is off (it would otherwise query the registry at boot).
    const running = await startWeb(app, 'npm config get update-notifier');
    expect(await running.exited()).toBe(0);
    expect(running.output().trim().split('\n').pop()).toBe('false');
  });
});
