/**
 * Deployment hints, end to end:
 * - a web process that runs a devDependency's command is warned about at build time,
 *   and the boot shows why (the prune removed it);
 * - a repository with its apps in subfolders is not detected, and bin/detect names them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease } from '../support/harness.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

describe('deployment hints', () => {
  it('warns at build time when the web process needs a devDependency the prune removes', async () => {
    const app = await copyFixture('node-npm-app');
    const cache = await tempDir('cache');
    cleanup.push(app, cache);
    // marked is a devDependency of the fixture (its build uses it).
    await fs.writeFile(path.join(app, 'Procfile'), 'web: marked --version; node server.js\n');
    const r = await runBin('compile', [app, cache], cleanEnv());
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stderr).toContain('The web process (Procfile: marked --version; node server.js) runs `marked`, which comes from marked, a devDependency');
    expect(r.stderr).toContain('(nodejs/start-needs-dev-dependency)');

    const running = await startWeb(app, webCommandFromRelease((await runBin('release', [app])).stdout));
    try {
      await waitForHttp(running.port, '/');
      expect(running.output()).toMatch(/marked: (command )?not found/);
    } finally {
      await running.stop();
    }
  });

  it('bin/detect names the subfolders that hold an app, and how to deploy one', async () => {
    const repo = await tempDir('monorepo');
    cleanup.push(repo);
    await fs.mkdir(path.join(repo, 'apps/web'), { recursive: true });
    await fs.mkdir(path.join(repo, 'api'), { recursive: true });
    await fs.writeFile(path.join(repo, 'apps/web/package.json'), '{}');
    await fs.writeFile(path.join(repo, 'api/composer.json'), '{}');
    await fs.writeFile(path.join(repo, 'README.md'), '');
    const r = await runBin('detect', [repo]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Apps found in subfolders: api/ (composer.json), apps/web/ (package.json).');
    expect(r.stderr).toContain('PROJECT_DIR=api');
  });
});
