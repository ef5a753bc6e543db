/**
 * Every package manager end to end, for real: Yarn 1, Yarn 4 (PnP and node-modules),
 * pnpm, a pnpm workspace. Each fixture is compiled (the manager installed from the npm
 * registry), booted from bin/release, asked over HTTP; then rebuilt unchanged (the
 * install is skipped) and rebuilt with a changed lockfile (it is not).
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease } from '../support/harness.js';
import { expectBuildLog } from '../support/snapshots.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

const cases = [
  { fixture: 'node-yarn1-app', tool: 'yarn 1.22.22', install: 'yarn install --frozen-lockfile --ignore-engines --prefer-offline --production=false', lockfile: 'yarn.lock', devPruned: true, lockfileStrict: false },
  { fixture: 'node-yarn4-pnp-app', tool: 'yarn 4.18.1', install: 'yarn install --immutable', lockfile: 'yarn.lock', devPruned: false, lockfileStrict: true },
  { fixture: 'node-yarn4-nm-app', tool: 'yarn 4.18.1', install: 'yarn install --immutable', lockfile: 'yarn.lock', devPruned: true, lockfileStrict: true },
  { fixture: 'node-pnpm-app', tool: 'pnpm 9.15.9', install: 'pnpm install --frozen-lockfile --prod=false', lockfile: 'pnpm-lock.yaml', devPruned: true, lockfileStrict: false },
  { fixture: 'node-pnpm-workspace-app', tool: 'pnpm 9.15.9', install: 'pnpm install --frozen-lockfile --prod=false', lockfile: 'pnpm-lock.yaml', devPruned: null, lockfileStrict: false },
];

describe.each(cases)('$fixture', ({ fixture, tool, install, lockfile, devPruned, lockfileStrict }) => {
  let cache: string;

  it('compiles with its package manager, boots and answers HTTP', async () => {
    const app = await copyFixture(fixture);
    cache = await tempDir('cache');
    cleanup.push(app, cache);
    const r = await runBin('compile', [app, cache], cleanEnv());
    await expectBuildLog(r, fixture, 'cold', { app, cache });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain(`Using ${tool} (`);
    expect(r.stdout).toContain(`$ ${install}`);
    expect(r.stdout).toContain('-----> Pruning devDependencies');

    const web = webCommandFromRelease((await runBin('release', [app])).stdout);
    const running = await startWeb(app, web);
    try {
      const page = await waitForHttp(running.port, '/');
      expect(page.status, running.output()).toBe(200);
      expect(page.body).toContain(`<h1>Hello from ${fixture}</h1>`);
      const hello = await waitForHttp(running.port, '/hello?name=x');
      expect(hello.body).toBe('<p>Hello, x</p>\n');
      // PnP with a plain `node server.js` start: .profile.d/nodejs-pnp.sh loads the runtime (and the ESM loader).
      if (fixture === 'node-yarn4-pnp-app') expect((await waitForHttp(running.port, '/esm')).body).toBe('&lt;esm&gt;');
      if (devPruned !== null) {
        const env = JSON.parse((await waitForHttp(running.port, '/env')).body);
        expect(env.node).toBe('v24.18.0');
        if (devPruned) expect(env.markedInstalled).toBe(false);
      }
    } finally {
      await running.stop();
    }
  });

  it('rebuilds unchanged without running the install', async () => {
    const app = await copyFixture(fixture);
    cleanup.push(app);
    const r = await runBin('compile', [app, cache], cleanEnv());
    await expectBuildLog(r, fixture, 'warm', { app, cache });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).not.toContain('Downloaded');
    expect(r.stdout).toContain(`Skipping ${install}: nothing that affects installation changed`);
    expect(r.stdout).not.toContain(`$ ${install}`);
    expect(r.stdout).toMatch(/built .*index\.html/);
  });

  it('installs again when package.json changes, saying so', async () => {
    const app = await copyFixture(fixture);
    cleanup.push(app);
    const pkgPath = path.join(app, 'package.json');
    const pkg = JSON.parse(await fs.readFile(pkgPath, 'utf8'));
    pkg.description = 'changed';
    await fs.writeFile(pkgPath, JSON.stringify(pkg, null, 2));
    const r = await runBin('compile', [app, cache], cleanEnv());
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toMatch(/Installing: .*package\.json changed/);
    expect(r.stdout).toContain(`$ ${install}`);
  });

  it(`a changed ${lockfile} is never skipped: it is installed${lockfileStrict ? ', and a lockfile the frozen install rejects fails clearly' : ''}`, async () => {
    const app = await copyFixture(fixture);
    cleanup.push(app);
    await fs.appendFile(path.join(app, lockfile), '\n');
    const r = await runBin('compile', [app, cache], cleanEnv());
    expect(r.stdout).toMatch(new RegExp(`Installing: .*${lockfile.replace('.', '\\.')} changed`));
    expect(r.stdout).toContain(`$ ${install}`);
    if (lockfileStrict) {
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain('Error id: nodejs/install-failed');
      expect(r.stderr).toContain('yarn.lock is out of sync with package.json. Run `yarn install` locally');
    } else {
      expect(r.exitCode, r.all).toBe(0);
    }
  });
});

describe('Yarn 4 zero-install (committed .yarn/cache)', () => {
  it('installs from the committed cache without reaching a registry, and boots', async () => {
    const app = await copyFixture('node-yarn4-zero-install-app');
    const cache = await tempDir('cache');
    cleanup.push(app, cache);
    const plan = JSON.parse((await runBin('plan', [app])).stdout);
    expect(plan.packageManager).toMatchObject({ name: 'yarn', zeroInstall: true });
    // A dead registry: the install can only succeed from .yarn/cache.
    const envDir = await tempDir('env');
    cleanup.push(envDir);
    await fs.writeFile(path.join(envDir, 'YARN_NPM_REGISTRY_SERVER'), 'http://127.0.0.1:9');
    const r = await runBin('compile', [app, cache, envDir], cleanEnv());
    await expectBuildLog(r, 'node-yarn4-zero-install-app', 'cold', { app, cache, env: envDir });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('$ yarn install --immutable');
    expect(r.stdout).not.toContain('Yarn cache: kept for the next build');
    const web = webCommandFromRelease((await runBin('release', [app])).stdout);
    const running = await startWeb(app, web);
    try {
      const page = await waitForHttp(running.port, '/');
      expect(page.body).toContain('<h1>Hello from node-yarn4-zero-install-app</h1>');
    } finally {
      await running.stop();
    }
    const again = await copyFixture('node-yarn4-zero-install-app');
    cleanup.push(again);
    const warm = await runBin('compile', [again, cache, envDir], cleanEnv());
    await expectBuildLog(warm, 'node-yarn4-zero-install-app', 'warm', { app: again, cache, env: envDir });
    expect(warm.exitCode, warm.all).toBe(0);
    expect(warm.stdout).toContain('Skipping yarn install --immutable: nothing that affects installation changed');
  });
});
