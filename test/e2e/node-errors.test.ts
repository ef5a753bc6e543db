/**
 * Bad input through the real bin/compile: each case exits non-zero with a stable error
 * id and the fix, never a stack trace, and leaves CACHE_DIR usable.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, exists, runBin, tempDir, writeEnvDir } from '../support/harness.js';
import { rawTarGz, startServer, type TestServer } from '../runtime/helpers.js';

const cleanup: string[] = [];
const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

async function appWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('bad-app');
  cleanup.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), text);
  }
  return dir;
}

async function compile(app: string, vars: Record<string, string> = {}, cache?: string) {
  const cacheDir = cache ?? (await tempDir('cache'));
  cleanup.push(cacheDir);
  const envDir = await writeEnvDir(vars);
  cleanup.push(envDir);
  const r = await runBin('compile', [app, cacheDir, envDir], cleanEnv());
  return { ...r, cacheDir };
}

function expectUserError(r: { exitCode: number; stderr: string; all: string }, id: string) {
  expect(r.exitCode, r.all).toBe(1);
  expect(r.stderr).toContain(`Error id: ${id}`);
  expect(r.all).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m); // no stack trace
}

describe('bad package.json and lockfiles', () => {
  it.each([
    ['invalid JSON', { 'package.json': '{"name": ' }, 'nodejs/package-json-invalid'],
    ['not an object', { 'package.json': '[1, 2]' }, 'nodejs/package-json-not-object'],
    ['engines.node of the wrong type', { 'package.json': '{"engines": {"node": 24}}' }, 'nodejs/package-json-field'],
    ['unsatisfiable range', { 'package.json': '{"engines": {"node": "99.x"}}' }, 'nodejs/unknown-version'],
    ['unparsable range', { 'package.json': '{"engines": {"node": "lts"}}' }, 'nodejs/invalid-version'],
    ['unparsable .nvmrc', { 'package.json': '{}', '.nvmrc': 'stable\n' }, 'nodejs/invalid-version'],
    ['engines.iojs', { 'package.json': '{"engines": {"iojs": "3"}}' }, 'nodejs/iojs-unsupported'],
    ['two lockfiles', { 'package.json': '{}', 'package-lock.json': '{}', 'yarn.lock': '' }, 'nodejs/multiple-lockfiles'],
    ['shrinkwrap plus another lockfile', { 'package.json': '{}', 'package-lock.json': '{}', 'npm-shrinkwrap.json': '{}' }, 'nodejs/shrinkwrap-conflict'],
    ['two package managers', { 'package.json': '{"engines": {"npm": "10", "pnpm": "9"}}' }, 'nodejs/multiple-package-managers'],
    ['cacheDirectories escaping', { 'package.json': '{"cacheDirectories": ["../x"]}' }, 'nodejs/cache-directory-outside-app'],
    ['cacheDirectories absolute', { 'package.json': '{"cacheDirectories": ["/etc"]}' }, 'nodejs/cache-directory-outside-app'],
    ['meteor', { '.meteor/release': 'METEOR@2.0' }, 'nodejs/meteor-not-supported'],
    ['nothing to build', { 'README.md': 'hi' }, 'engine/no-app-detected'],
  ])('%s', async (_name, files, id) => {
    const r = await compile(await appWith(files));
    expectUserError(r, id);
    // Decided before anything ran: nothing was installed.
    expect(await exists(path.join(r.cacheDir, 'artifacts'))).toBe(false);
  });

  it('bin/plan reports the same error as JSON', async () => {
    const r = await runBin('plan', [await appWith({ 'package.json': '{"engines": {"node": "99.x"}}' })]);
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.stdout).error).toMatchObject({ id: 'nodejs/unknown-version' });
  });
});

describe('runtime download failures', () => {
  const app = () => appWith({ 'package.json': '{"engines": {"node": "24.18.0"}}' });

  it('unreachable download host and registry: runtime/node-unavailable naming both', async () => {
    const dead = 'http://127.0.0.1:9'; // discard port: connection refused
    const r = await compile(await app(), {
      NODE_BINARY_URL: `${dead}/v24.18.0/node-v24.18.0-linux-x64.tar.gz`,
      NPM_CONFIG_REGISTRY: `${dead}/registry/`,
    });
    expectUserError(r, 'runtime/node-unavailable');
    expect(r.stderr).toContain(`${dead}/v24.18.0/node-v24.18.0-linux-x64.tar.gz`);
    expect(r.stderr).toContain(`${dead}/registry/`);
  });

  it('checksum mismatch: hard error, no fallback to the registry, nothing cached', async () => {
    const mirror = await startServer((_req, res) => res.end('not the real node tarball'));
    const registry = await startServer((_req, res) => {
      res.statusCode = 500;
      res.end();
    });
    servers.push(mirror, registry);
    const r = await compile(await app(), {
      NODE_BINARY_URL: `${mirror.url}/node-v24.18.0-linux-x64.tar.gz`,
      NPM_CONFIG_REGISTRY: `${registry.url}/`,
    });
    expectUserError(r, 'runtime/checksum-mismatch');
    expect(r.stderr).toContain('sha256:783130984963db7ba9cbd01089eaf2c2efb055c7c1693c943174b967b3050cb8');
    expect(mirror.requests).toEqual(['/node-v24.18.0-linux-x64.tar.gz']);
    expect(registry.requests).toEqual([]);
    expect(await fs.readdir(path.join(r.cacheDir, 'artifacts'))).toEqual([]);
  });

  it('a tarball entry escaping the target: refused, nothing written outside', async () => {
    const tarball = rawTarGz([
      { path: 'node-v99.0.0-linux-x64/bin/node', type: '0', body: '#!/bin/sh\n', mode: 0o755 },
      { path: 'node-v99.0.0-linux-x64/../../escaped.txt', type: '0', body: 'pwned' },
    ]);
    const sha = createHash('sha256').update(tarball).digest('hex');
    const mirror = await startServer((req, res) => {
      if (req.url?.endsWith('SHASUMS256.txt')) res.end(`${sha}  node-v99.0.0-linux-x64.tar.gz\n`);
      else res.end(tarball);
    });
    servers.push(mirror);
    const dir = await app();
    const r = await compile(dir, { NODE_BINARY_URL: `${mirror.url}/v99.0.0/node-v99.0.0-linux-x64.tar.gz` });
    expectUserError(r, 'runtime/unsafe-archive');
    expect(r.stderr).toContain('escaped.txt');
    expect(await exists(path.join(dir, '.scalingo/node/bin/node'))).toBe(false);
    expect(await exists(path.join(dir, '.scalingo/escaped.txt'))).toBe(false);
    expect(await exists(path.join(dir, 'escaped.txt'))).toBe(false);
    expect(await exists(path.join(path.dirname(dir), 'escaped.txt'))).toBe(false);
  });
});

describe('install', () => {
  it('package-lock.json out of sync: install-failed with the command that fixes it', async () => {
    const dir = await copyFixture('node-npm-app');
    cleanup.push(dir);
    const pkgPath = path.join(dir, 'package.json');
    const pkg = JSON.parse(await fs.readFile(pkgPath, 'utf8'));
    pkg.dependencies['is-number'] = '7.0.0';
    await fs.writeFile(pkgPath, JSON.stringify(pkg));
    const r = await compile(dir);
    expectUserError(r, 'nodejs/install-failed');
    expect(r.stderr).toContain('package-lock.json does not match package.json. Run `npm install` locally');
  });

  it('engines.npm installs that npm from the registry, verified', async () => {
    const dir = await appWith({ 'package.json': JSON.stringify({ engines: { node: '22.x', npm: '10.9.0' }, scripts: { build: 'npm --version > npm-version.txt' } }) });
    const r = await compile(dir);
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('Installing npm 10.9.0 (requested)');
    expect(r.stdout).toContain('Installed node 22.23.1 and npm 10.9.0');
    expect((await fs.readFile(path.join(dir, 'npm-version.txt'), 'utf8')).trim()).toBe('10.9.0');
  });
});

describe('scripts', () => {
  it('a failing build script names the script and its exit code', async () => {
    const dir = await copyFixture('node-npm-app');
    cleanup.push(dir);
    await fs.writeFile(path.join(dir, 'build.js'), 'console.error("boom: missing asset"); process.exit(3);\n');
    const r = await compile(dir);
    expectUserError(r, 'nodejs/script-failed');
    expect(r.stderr).toContain('The build script failed (exit code 3)');
    expect(r.stderr).toContain('boom: missing asset');
  });
});
