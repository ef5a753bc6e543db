/**
 * Build hooks run for real, in the documented order, with the config vars and the
 * decided build env; secrets are masked in the log.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, runBin, tempDir, writeEnvDir, type BinResult } from '../support/harness.js';
import { expectBuildLog, type LogKind } from '../support/snapshots.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

async function build(vars: Record<string, string>, cache?: string, snapshot?: LogKind) {
  const app = await copyFixture('node-hooks-app');
  const cacheDir = cache ?? (await tempDir('cache'));
  const envDir = await writeEnvDir(vars);
  cleanup.push(app, envDir, ...(cache ? [] : [cacheDir]));
  const r: BinResult = await runBin('compile', [app, cacheDir, envDir], cleanEnv());
  if (snapshot) await expectBuildLog(r, 'node-hooks-app', snapshot, { app, cache: cacheDir, env: envDir });
  const log = (await fs.readFile(path.join(app, 'hooks.log'), 'utf8').catch(() => ''))
    .trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { r, log, cacheDir };
}

describe('build hooks', () => {
  let shared: string;

  it('prebuild before install, postbuild instead of build, cleanup last; config vars reach them', async () => {
    const vars = { NPM_TOKEN: 's3cr3t-token', MY_VAR: 'hello', NODE_VERSION_IGNORED: 'x' };
    const { r, log, cacheDir } = await build(vars, undefined, 'cold');
    shared = cacheDir;
    expect(r.exitCode, r.all).toBe(0);
    expect(log.map((l) => l.hook)).toEqual(['scalingo-prebuild', 'scalingo-postbuild', 'scalingo-cleanup']);
    expect(log[0]).toMatchObject({
      installed: false,
      nodeEnv: 'production',
      nodeOptions: '--max-old-space-size=2560',
      myVar: 'hello',
      node: 'v24.18.0',
    });
    expect(log[1].installed).toBe(true);
    expect(r.stdout).toContain('Skipping the build script: scalingo-postbuild runs instead');
    expect(r.stdout).toContain('Using npm install --include=dev (no lockfile found)');
    // Secrets are listed masked, other config vars in clear.
    expect(r.stdout).toContain('NPM_TOKEN=[hidden]');
    expect(r.stdout).toContain('MY_VAR=hello');
    expect(r.all).not.toContain('s3cr3t-token');
    // Step order in the log.
    const order = ['Running scalingo-prebuild script', 'Installing dependencies', 'Running scalingo-postbuild script', 'Saving cache', 'Pruning devDependencies', 'Running scalingo-cleanup script']
      .map((s) => r.stdout.indexOf(`-----> ${s}`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    // Unchanged, with the same config vars: the hooks run again, the install is reused.
    const warm = await build(vars, shared, 'warm');
    expect(warm.r.exitCode, warm.r.all).toBe(0);
    expect(warm.log.map((l) => l.hook)).toEqual(['scalingo-prebuild', 'scalingo-postbuild', 'scalingo-cleanup']);
    expect(warm.r.stdout).toContain('Skipping npm install --include=dev: nothing that affects installation changed');
  });

  it('NODE_ENV and NODE_OPTIONS config vars win; NODE_ENV other than production skips pruning', async () => {
    const { r, log } = await build({ NPM_TOKEN: 't', NODE_ENV: 'staging', NODE_OPTIONS: '--max-old-space-size=300' }, shared);
    expect(r.exitCode, r.all).toBe(0);
    expect(log[0]).toMatchObject({ nodeEnv: 'staging', nodeOptions: '--max-old-space-size=300' });
    expect(r.stdout).toContain('Skipping: NODE_ENV=staging: devDependencies are kept');
  });

  it('a build script runs when there is no scalingo-postbuild, and NPM_NO_BUILD=true skips it', async () => {
    const app = await copyFixture('node-hooks-app');
    cleanup.push(app);
    const pkgPath = path.join(app, 'package.json');
    const pkg = JSON.parse(await fs.readFile(pkgPath, 'utf8'));
    delete pkg.scripts['scalingo-postbuild'];
    await fs.writeFile(pkgPath, JSON.stringify(pkg));
    const envDir = await writeEnvDir({ NPM_TOKEN: 't', NPM_NO_BUILD: 'true' });
    cleanup.push(envDir);
    const r = await runBin('compile', [app, shared, envDir], cleanEnv());
    expect(r.exitCode, r.all).toBe(0);
    const hooks = (await fs.readFile(path.join(app, 'hooks.log'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l).hook);
    expect(hooks).toEqual(['scalingo-prebuild', 'scalingo-cleanup']);
    expect(r.stdout).toContain('Skipping the build script: NPM_NO_BUILD=true');
  });
});
