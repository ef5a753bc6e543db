/**
 * Hostile app trees through the real bin/*: nothing outside the app is read, written or
 * deleted through the app's links, no input hangs a build, and bad input gets a stable
 * error id naming the culprit instead of an internal error. A hang fails by the test
 * timeout (30 s); no timing is asserted.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync, rmSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, runBin, tempDir, writeEnvDir } from '../support/harness.js';
import { needs, skipHere } from '../support/conditions.js';
import { localStoreVars, storeEnv } from '../support/php-store.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

const QUICK = 30_000;
const PASSWD = 'root:x:0:0';

async function dir(prefix: string): Promise<string> {
  const d = await tempDir(prefix);
  cleanup.push(d);
  return d;
}

async function appWith(files: Record<string, string>): Promise<string> {
  const d = await dir('hostile-app');
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(d, name), text);
  return d;
}

async function compile(app: string, vars: Record<string, string> = {}, cacheDir?: string, envDir?: string) {
  const cache = cacheDir ?? (await dir('cache'));
  const env = envDir ?? (await writeEnvDir(vars));
  cleanup.push(env);
  // A PHP build on the store built from source runs on that store's stack.
  return runBin('compile', [app, cache, env], vars.PHP_BASE_URL ? await storeEnv() : cleanEnv());
}

function expectError(r: { exitCode: number; stderr: string; all: string }, id: string) {
  expect(r.exitCode, r.all).toBe(1);
  expect(r.stderr).toContain(`Error id: ${id}`);
  expect(r.all).not.toContain('internal/unexpected');
  expect(r.all).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
}

function planError(r: { exitCode: number; stdout: string }) {
  expect(r.exitCode, r.stdout).toBe(1);
  return JSON.parse(r.stdout).error as { id: string; title: string; message: string };
}

describe('files the engine reads', () => {
  it('package.json a FIFO: bin/plan and bin/compile stop at once, naming it', { timeout: QUICK }, async () => {
    const app = await appWith({});
    execFileSync('mkfifo', [path.join(app, 'package.json')]);
    const plan = planError(await runBin('plan', [app]));
    expect(plan).toMatchObject({ id: 'engine/app-file-not-regular', title: 'package.json is a named pipe (FIFO), not a regular file' });
    const r = await compile(app);
    expectError(r, 'engine/app-file-not-regular');
    expect(r.stderr).toContain('package.json is a named pipe (FIFO)');
  });

  it('.nvmrc -> /dev/zero and .node-version -> /dev/urandom: an immediate error, nothing read', { timeout: QUICK }, async () => {
    const app = await appWith({ 'package.json': '{}' });
    await fs.symlink('/dev/zero', path.join(app, '.nvmrc'));
    expect(planError(await runBin('plan', [app]))).toMatchObject({ id: 'engine/app-file-outside', title: '.nvmrc is a symbolic link leading outside the app' });
    const r = await compile(app);
    expectError(r, 'engine/app-file-outside');
    await fs.rm(path.join(app, '.nvmrc'));
    await fs.symlink('/dev/urandom', path.join(app, '.node-version'));
    expect(planError(await runBin('plan', [app])).title).toBe('.node-version is a symbolic link leading outside the app');
  });

  it('package.json -> /etc/passwd: an error naming package.json, none of the file shown', { timeout: QUICK }, async () => {
    const app = await appWith({});
    await fs.symlink('/etc/passwd', path.join(app, 'package.json'));
    const p = await runBin('plan', [app]);
    expect(planError(p).id).toBe('engine/app-file-outside');
    expect(p.all).not.toContain(PASSWD);
    const r = await compile(app);
    expectError(r, 'engine/app-file-outside');
    expect(r.all).not.toContain(PASSWD);
    // Through a chain of links and a relative path out of the app: the same.
    await fs.rm(path.join(app, 'package.json'));
    await fs.symlink('a', path.join(app, 'package.json'));
    await fs.symlink('b/etc/passwd', path.join(app, 'a'));
    await fs.symlink('../../../../../../../../..', path.join(app, 'b'));
    const chain = await runBin('plan', [app]);
    expect(planError(chain).id).toBe('engine/app-file-outside');
    expect(chain.all).not.toContain(PASSWD);
  });

  it('a config var file linking to /etc/passwd: refused by name, never printed', { timeout: QUICK }, async () => {
    const app = await appWith({ 'package.json': '{}' });
    const env = await dir('env');
    await fs.symlink('/etc/passwd', path.join(env, 'DATABASE_URL'));
    const r = await compile(app, {}, undefined, env);
    expectError(r, 'engine/config-var-unreadable');
    expect(r.stderr).toContain('Config var DATABASE_URL could not be read');
    expect(r.all).not.toContain(PASSWD);
    const p = await runBin('plan', [app, env]);
    expect(planError(p).id).toBe('engine/config-var-unreadable');
    expect(p.all).not.toContain(PASSWD);
  });

  it('package.json and Procfile directories, a dangling package.json link: errors naming the file', { timeout: QUICK }, async () => {
    const a = await appWith({});
    await fs.mkdir(path.join(a, 'package.json'));
    expectError(await compile(a), 'engine/app-file-not-regular');
    const b = await appWith({ 'package.json': '{}' });
    await fs.mkdir(path.join(b, 'Procfile'));
    expect(planError(await runBin('plan', [b]))).toMatchObject({ id: 'engine/app-file-not-regular', title: 'Procfile is a directory, not a regular file' });
    const rel = await runBin('release', [b]);
    expect(rel.exitCode).toBe(1);
    expect(rel.stderr).toContain('Error id: engine/app-file-not-regular');
    const c = await appWith({});
    await fs.symlink('app/package.json', path.join(c, 'package.json'));
    expect((await runBin('detect', [c])).stdout.trim()).toBe('Node.js');
    const r = await compile(c);
    expectError(r, 'engine/app-file-dangling-link');
    expect(r.stderr).toContain('package.json is a symbolic link to a missing file');
    expect(r.all).not.toContain('no package.json');
  });
});

describe('CACHE_DIR, ENV_DIR and config vars', () => {
  it('CACHE_DIR a file, ENV_DIR a file: said as such', { timeout: QUICK }, async () => {
    const app = await appWith({ 'package.json': '{}' });
    const file = path.join(await dir('f'), 'file');
    await fs.writeFile(file, 'x');
    const r1 = await runBin('compile', [app, file], cleanEnv());
    expectError(r1, 'engine/cache-dir-invalid');
    expect(r1.stderr).toContain(`CACHE_DIR ${file} is a regular file`);
    const r2 = await compile(app, {}, undefined, file);
    expectError(r2, 'engine/env-dir-invalid');
    expect(planError(await runBin('plan', [app, file])).id).toBe('engine/env-dir-invalid');
  });

  it('CACHE_DIR equal to BUILD_DIR, inside it (also through a link), or holding it: refused before anything is written', { timeout: QUICK }, async () => {
    const app = await appWith({ 'package.json': '{}' });
    const before = (await fs.readdir(app)).sort();
    const r1 = await runBin('compile', [app, app], cleanEnv());
    expectError(r1, 'engine/cache-dir-in-build-dir');
    expect(r1.stderr).toContain(`CACHE_DIR ${app} is BUILD_DIR ${app}`);
    const inside = path.join(app, 'tmp/cache');
    const r2 = await runBin('compile', [app, inside], cleanEnv());
    expectError(r2, 'engine/cache-dir-in-build-dir');
    expect(r2.stderr).toContain('The cache would ship in the slug');
    // A link outside the app that leads into it is the same place.
    const link = path.join(await dir('links'), 'cache');
    await fs.symlink(app, link);
    expectError(await runBin('compile', [app, path.join(link, 'c')], cleanEnv()), 'engine/cache-dir-in-build-dir');
    const holder = await dir('holder');
    const nested = path.join(holder, 'app');
    await fs.cp(app, nested, { recursive: true });
    const r3 = await runBin('compile', [nested, holder], cleanEnv());
    expectError(r3, 'engine/cache-dir-in-build-dir');
    expect(r3.stderr).toContain('BUILD_DIR is inside CACHE_DIR');
    expect((await fs.readdir(app)).sort()).toEqual(before);
  });

  // sysfs refuses new files even to root: a read-only CACHE_DIR on any Linux machine.
  const readOnly = '/sys/kernel';
  const sysfsReadOnly = (() => {
    try {
      writeFileSync(path.join(readOnly, '.probe'), '', { flag: 'wx' });
      rmSync(path.join(readOnly, '.probe'), { force: true });
      return false;
    } catch {
      return true;
    }
  })();
  it.skipIf(skipHere(sysfsReadOnly))('a read-only CACHE_DIR is said before anything runs', { timeout: QUICK }, async () => {
    needs(sysfsReadOnly, `a read-only ${readOnly} (sysfs)`);
    const r = await compile(await appWith({ 'package.json': '{}' }), {}, readOnly);
    expectError(r, 'engine/cache-dir-read-only');
    expect(r.stderr).toContain(readOnly);
  });

  it('a NUL byte and an over-128-KiB value: errors naming the variable, the value never shown', { timeout: QUICK }, async () => {
    const app = await appWith({ 'package.json': '{}' });
    const r1 = await compile(app, { BLOB: 'visible-part\0rest' });
    expectError(r1, 'engine/config-var-nul');
    expect(r1.stderr).toContain('Config var BLOB contains a NUL byte');
    expect(r1.all).not.toContain('visible-part');
    expect(r1.all).not.toContain('package.json or the lockfile');
    const r2 = await compile(app, { BIG: 'z'.repeat(200 * 1024) });
    expectError(r2, 'engine/config-var-too-large');
    expect(r2.stderr).toContain('Config var BIG is too large');
    expect(r2.all).not.toContain('zzzzzzzzzz');
  });
});

/**
 * Stops the build at the Node install, after the engine directories were replaced: neither
 * source exists (file:// URLs, no network). An invalid NODE_BINARY_URL no longer does, as
 * the plan refuses it before anything is written.
 */
const STOP_AT_NODE_INSTALL = {
  NODE_BINARY_URL: 'file:///nonexistent-mirror/v24.18.0/node-v24.18.0-linux-x64.tar.gz',
  NPM_CONFIG_REGISTRY: 'file:///nonexistent-registry/',
};

describe('engine directories that are links (no download: the build stops after the replacement)', () => {
  it('.scalingo and .profile.d links are replaced before anything runs; line breaks in values are escaped', { timeout: QUICK }, async () => {
    const app = await appWith({ 'package.json': '{}' });
    const outside = await dir('outside');
    await fs.mkdir(path.join(outside, 'node'));
    await fs.writeFile(path.join(outside, 'node/keep'), 'keep');
    await fs.symlink(outside, path.join(app, '.scalingo'));
    await fs.symlink('/', path.join(app, '.profile.d'));
    const r = await compile(app, { ...STOP_AT_NODE_INSTALL, GREETING: 'hi\n-----> Build succeeded' });
    expectError(r, 'runtime/node-unavailable');
    expect(r.stderr).toContain('.scalingo in the app was a symbolic link');
    expect(r.stderr).toContain('.profile.d in the app was a symbolic link (to "/")');
    expect(await fs.readFile(path.join(outside, 'node/keep'), 'utf8')).toBe('keep');
    expect((await fs.lstat(path.join(app, '.scalingo'))).isDirectory()).toBe(true);
    expect(r.stdout).toContain('GREETING=hi\\n-----> Build succeeded\n');
    expect(r.stdout).not.toMatch(/^-----> Build succeeded/m);
  });
});

describe('engine directories checked in as files', () => {
  it('a .scalingo file, a .scalingo/node file: replaced with a warning, no internal error', { timeout: QUICK }, async () => {
    const stop = STOP_AT_NODE_INSTALL;
    const a = await appWith({ 'package.json': '{}', '.scalingo': 'not a directory' });
    const r1 = await compile(a, stop);
    expectError(r1, 'runtime/node-unavailable');
    expect(r1.stderr).toContain('.scalingo in the app was a regular file');
    expect((await fs.lstat(path.join(a, '.scalingo'))).isDirectory()).toBe(true);
    const b = await appWith({ 'package.json': '{}' });
    await fs.mkdir(path.join(b, '.scalingo'));
    await fs.writeFile(path.join(b, '.scalingo/node'), 'not a directory');
    const r2 = await compile(b, stop);
    expectError(r2, 'runtime/node-unavailable');
    expect(r2.stderr).toContain('.scalingo/node in the app was a regular file; the build replaced it with a directory of its own');
    expect(await fs.readdir(path.join(b, '.scalingo'))).toEqual([]);
  });
});

describe('a real build of an app whose engine directories all link out of it', () => {
  it('builds, warns naming each path, and leaves every outside directory as it was', async () => {
    const app = await copyFixture('node-npm-app');
    cleanup.push(app);
    const out = { scalingo: await dir('out-scalingo'), profile: await dir('out-profile'), modules: await dir('out-modules'), bower: await dir('out-bower') };
    await fs.mkdir(path.join(out.scalingo, 'node'));
    await fs.writeFile(path.join(out.scalingo, 'node/keep'), 'keep');
    await fs.writeFile(path.join(out.profile, 'keep.sh'), 'keep');
    await fs.mkdir(path.join(out.modules, 'escape-html'));
    await fs.writeFile(path.join(out.modules, 'escape-html/index.js'), 'keep');
    await fs.writeFile(path.join(out.modules, 'keep.txt'), 'keep');
    await fs.writeFile(path.join(out.bower, 'bower.txt'), 'keep');
    await fs.symlink(out.scalingo, path.join(app, '.scalingo'));
    await fs.symlink(out.profile, path.join(app, '.profile.d'));
    await fs.symlink(path.relative(app, out.modules), path.join(app, 'node_modules')); // ../out-modules-…
    await fs.symlink(out.bower, path.join(app, 'bower_components')); // the default cacheDirectories entry
    const snapshot = async () => Object.fromEntries(await Promise.all(Object.entries(out).map(async ([k, d]) =>
      [k, (await fs.readdir(d, { recursive: true })).sort()] as const)));
    const before = await snapshot();

    const cache = await dir('cache');
    const r = await compile(app, {}, cache);
    expect(r.exitCode, r.all).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(await fs.readFile(path.join(out.modules, 'escape-html/index.js'), 'utf8')).toBe('keep');
    for (const p of ['.scalingo', '.profile.d', 'node_modules']) {
      expect(r.stderr).toContain(`${p} in the app was a symbolic link`);
      expect((await fs.lstat(path.join(app, p))).isDirectory()).toBe(true);
    }
    expect((await fs.lstat(path.join(app, '.profile.d/nodejs.sh'))).isFile()).toBe(true);
    expect((await fs.lstat(path.join(app, '.scalingo/node/bin/node'))).isFile()).toBe(true);
    expect(await fs.readdir(path.join(app, 'node_modules/escape-html'))).toContain('package.json');
    // The bower_components link is never saved, so no later build can restore it.
    expect(r.stderr).toContain('Cache directory bower_components: it is a symbolic link: not saved');
    expect(await fs.readdir(path.join(cache, 'node/dirs')).catch(() => [])).not.toContain('bower_components');
  });
});

describe('a real PHP build whose .scalingo, .profile.d and vendor link out of the app', () => {
  it('builds from the local store, warns naming each path, and leaves the outside directories as they were', async () => {
    const app = await copyFixture('php-composer-app');
    cleanup.push(app);
    const out = { scalingo: await dir('out-scalingo'), profile: await dir('out-profile'), vendor: await dir('out-vendor') };
    for (const sub of ['php', 'nginx', 'php-app']) {
      await fs.mkdir(path.join(out.scalingo, sub));
      await fs.writeFile(path.join(out.scalingo, sub, 'keep'), 'keep');
    }
    await fs.writeFile(path.join(out.profile, 'keep.sh'), 'keep');
    await fs.writeFile(path.join(out.vendor, 'autoload.php'), 'keep');
    await fs.symlink(out.scalingo, path.join(app, '.scalingo'));
    await fs.symlink(path.relative(app, out.profile), path.join(app, '.profile.d'));
    await fs.symlink(out.vendor, path.join(app, 'vendor'));
    const snapshot = async () => Object.fromEntries(await Promise.all(Object.entries(out).map(async ([k, d]) =>
      [k, (await fs.readdir(d, { recursive: true })).sort()] as const)));
    const before = await snapshot();

    const r = await compile(app, await localStoreVars());
    expect(r.exitCode, r.all).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(await fs.readFile(path.join(out.vendor, 'autoload.php'), 'utf8')).toBe('keep');
    for (const p of ['.scalingo', '.profile.d', 'vendor']) {
      expect(r.stderr).toContain(`${p} in the app was a symbolic link`);
      expect((await fs.lstat(path.join(app, p))).isDirectory()).toBe(true);
    }
    expect((await fs.lstat(path.join(app, '.profile.d/php.sh'))).isFile()).toBe(true);
    expect((await fs.lstat(path.join(app, 'vendor/autoload.php'))).isFile()).toBe(true);
  });
});
