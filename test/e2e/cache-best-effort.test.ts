/**
 * The build cache is best-effort, through the real bin/compile: odd trees in
 * cacheDirectories and node_modules (names that are not UTF-8, sockets, a 10 GB sparse
 * file, a path past PATH_MAX) and a cache on a full disk never fail the build: what cannot
 * be saved is skipped with a warning naming it, nothing is left half-written in the cache,
 * and the next build on the same CACHE_DIR is correct. A BUILD_DIR on a full disk is
 * reported as such (engine/disk-full), never as an engine bug.
 *
 * Full disks are small tmpfs mounts made here: the tests need root (as CI has) and fail,
 * not skip, where they cannot mount.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as path from 'node:path';
import { FIXTURES, cleanEnv, copyFixture, runBin, tempDir, type BinResult } from '../support/harness.js';

// Long commands run async: a worker blocked for seconds misses vitest's own heartbeats.
const run = promisify(execFile);
const cleanup: string[] = [];
const mounts: string[] = [];
let seed: string; // a cache filled by one complete build of node-npm-app

beforeAll(async () => {
  const app = await copyFixture('node-npm-app');
  seed = await tempDir('seed-cache');
  cleanup.push(app, seed);
  const r = await runBin('compile', [app, seed], cleanEnv());
  expect(r.exitCode, r.all).toBe(0);
}, 180_000);

afterAll(async () => {
  for (const m of mounts) await run('umount', ['-l', m]);
  // rm -rf: a tree past PATH_MAX is more than fs.rm removes.
  await run('rm', ['-rf', ...cleanup]);
}, 120_000);

async function dir(prefix: string): Promise<string> {
  const d = await tempDir(prefix);
  cleanup.push(d);
  return d;
}

/** A copy of the seed cache (cp -a: times kept to the nanosecond, so its entries check out). */
async function seededCache(into?: string, only?: string): Promise<string> {
  const target = into ?? path.join(await dir('cache'), 'c');
  await fs.mkdir(target, { recursive: true });
  await run('cp', ['-a', only ? path.join(seed, only) : `${seed}/.`, only ? path.join(target, only) : target]);
  return target;
}

/** A tmpfs of `size` mounted on a new directory (root only: fails elsewhere, on purpose). */
async function smallDisk(size: string): Promise<string> {
  const mnt = await dir('disk');
  await run('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mnt]);
  mounts.push(mnt);
  return mnt;
}

/** node-npm-app with a postinstall script (`script`: what it runs in the app's root). */
async function appWithPostinstall(script: string): Promise<string> {
  const app = await copyFixture('node-npm-app');
  cleanup.push(app);
  const pkg = JSON.parse(await fs.readFile(path.join(app, 'package.json'), 'utf8'));
  pkg.scripts.postinstall = 'node postinstall.js';
  await fs.writeFile(path.join(app, 'package.json'), JSON.stringify(pkg, null, 2));
  await fs.writeFile(path.join(app, 'postinstall.js'), script);
  return app;
}

function expectBuilt(r: BinResult): void {
  expect(r.exitCode, r.all).toBe(0);
  expect(r.all).not.toContain('internal/unexpected');
  expect(r.all).toContain('-----> Build succeeded');
}

/** Temp copies a save or a download may leave: none. */
function leftovers(cache: string): string[] {
  return execFileSync('find', [cache, '(', '-name', '.tmp-*', '-o', '-name', '.old-*', '-o', '-name', '*.tmp-*', ')'], { encoding: 'utf8' })
    .split('\n').filter(Boolean);
}

/** Every name under `root/rel`, as hex of its bytes (sorted). */
function names(root: string, rel: string): string[] {
  return execFileSync('find', [rel, '-mindepth', '1'], { cwd: root, encoding: 'buffer' }).toString('hex').split('0a').filter(Boolean).sort();
}

const hex = (s: string) => Buffer.from(s, 'latin1').toString('hex');

/**
 * Writes node_modules/\xff\xfe.js, a latin-1 name and a socket in a package the prune
 * keeps (escape-html), during the install.
 */
const ODD_NODE_MODULES = [
  "const fs = require('fs');",
  "fs.writeFileSync(Buffer.from('node_modules/\\xff\\xfe.js', 'latin1'), 'module.exports = 1;\\n');",
  "fs.writeFileSync(Buffer.from('node_modules/escape-html/\\xe9.txt', 'latin1'), 'latin-1 name\\n');",
  "const s = require('net').createServer().listen('node_modules/escape-html/s.sock', () => { s.unref(); process.exit(0); });",
].join('\n');

describe('odd trees are cached exactly or skipped with a warning', { timeout: 240_000 }, () => {
  it('names that are not UTF-8 and sockets, in bower_components and node_modules: saved exactly (sockets left out), restored exactly by the next build', async () => {
    const cache = await seededCache();
    const app = await appWithPostinstall(ODD_NODE_MODULES);
    await fs.mkdir(path.join(app, 'bower_components'));
    await fs.writeFile(Buffer.from(`${app}/bower_components/caf\xe9.js`, 'latin1'), 'x');
    await fs.mkdir(Buffer.from(`${app}/bower_components/\xff`, 'latin1'));
    await fs.writeFile(Buffer.from(`${app}/bower_components/\xff/\xfe`, 'latin1'), 'y');
    const server = net.createServer();
    await new Promise<void>((ok) => server.listen(path.join(app, 'bower_components/live.sock'), ok));
    let r: BinResult;
    try {
      r = await runBin('compile', [app, cache], cleanEnv());
    } finally {
      server.close();
    }
    expectBuilt(r);
    expect(r.stderr).toContain('bower_components: an entry was left out of the build cache, and will not be restored next time: bower_components/live.sock (a socket)');
    expect(r.stderr).toContain('node_modules: an entry was left out of the build cache, and will not be restored next time: node_modules/escape-html/s.sock (a socket)');
    expect(leftovers(cache)).toEqual([]);

    // The next build of the same app (a fresh checkout, without bower_components).
    const next = await appWithPostinstall(ODD_NODE_MODULES);
    const r2 = await runBin('compile', [next, cache], cleanEnv());
    expectBuilt(r2);
    expect(r2.stdout).toContain('bower_components (default): restored (manifest checked)');
    expect(r2.stdout).toContain('Skipping npm ci --include=dev: nothing that affects installation changed');
    expect(names(next, 'bower_components')).toEqual(['bower_components/caf\xe9.js', 'bower_components/\xff', 'bower_components/\xff/\xfe'].map(hex).sort());
    expect(names(next, 'node_modules/escape-html').filter((n) => !n.endsWith(hex('.md')) && !n.endsWith(hex('.js')) && !n.endsWith(hex('.json')) && !n.endsWith(hex('LICENSE'))))
      // The socket is not restored: the app's postinstall, which a reused install runs, made it again.
      .toEqual([hex('node_modules/escape-html/s.sock'), hex('node_modules/escape-html/\xe9.txt')].sort());
    expect(r2.stdout).toContain("Running the app's install lifecycle scripts");
    expect((await fs.readFile(Buffer.from(`${next}/node_modules/\xff\xfe.js`, 'latin1'), 'utf8'))).toBe('module.exports = 1;\n');
    expect(leftovers(cache)).toEqual([]);
  });

  it('a 10 GB sparse file in bower_components and a path past PATH_MAX in node_modules: both skipped with a warning, the next build installs again', async () => {
    const cache = await seededCache();
    // 25 levels of 200-byte names (~5,000 bytes), made by relative mkdir/chdir.
    const deep = [
      "const fs = require('fs');",
      "process.chdir('node_modules');",
      "for (let i = 0; i < 25; i++) { fs.mkdirSync('d'.repeat(200)); process.chdir('d'.repeat(200)); }",
      "fs.writeFileSync('deep.txt', 'deep');",
    ].join('\n');
    const app = await appWithPostinstall(deep);
    await fs.mkdir(path.join(app, 'bower_components'));
    execFileSync('truncate', ['-s', '10G', path.join(app, 'bower_components/disk.img')]);
    const before = Number(execFileSync('du', ['-sk', cache], { encoding: 'utf8' }).split('\t')[0]);
    const r = await runBin('compile', [app, cache], cleanEnv());
    expectBuilt(r);
    expect(r.stderr).toContain('bower_components was not saved in the build cache: it holds 10.0 GiB of files, more than the 4.0 GiB a cached tree may hold');
    expect(r.stderr).toMatch(/node_modules was not saved in the build cache: a path in it is longer than the system allows \(ENAMETOOLONG/);
    expect(r.stdout).toContain('bower_components: not saved (see above)');
    // Nothing of the 10 GB was written into the cache.
    expect(Number(execFileSync('du', ['-sk', cache], { encoding: 'utf8' }).split('\t')[0]) - before).toBeLessThan(50_000);
    expect(leftovers(cache)).toEqual([]);

    const next = await appWithPostinstall(deep);
    const r2 = await runBin('compile', [next, cache], cleanEnv());
    expectBuilt(r2);
    expect(r2.stdout).toContain('bower_components (default): nothing saved by the previous build');
    expect(r2.stdout).toContain('Installing: no install from a previous build to reuse');
    expect(leftovers(cache)).toEqual([]);
  });
});

describe('a full disk', { timeout: 240_000 }, () => {
  it('CACHE_DIR fills up while the runtime is saved (ENOSPC): said once, the build succeeds, and so does the next one on that cache', async () => {
    // 192 MiB: the seeded downloads (~66 MB) fit with more than the 64 MiB a full disk is said at, the Node.js runtime (~200 MB, copied: another filesystem) does not.
    const cache = path.join(await smallDisk('192m'), 'cache');
    await seededCache(cache, 'artifacts');
    for (const build of [1, 2]) {
      const app = await copyFixture('node-npm-app');
      cleanup.push(app);
      const r = await runBin('compile', [app, cache], cleanEnv());
      expectBuilt(r);
      const full = r.stderr.split('\n').filter((l) => l.includes("The build cache's disk is full"));
      expect(full, `build ${build}:\n${r.all}`).toHaveLength(1);
      expect(full[0]).toContain(`CACHE_DIR ${cache}: ENOSPC, no space left on device): Node.js 24.18.0 (.scalingo/node) could not be saved there`);
      expect(r.stderr).toContain('(engine/cache-disk-full)');
      expect(r.stdout).toContain('Using cached');
      expect(leftovers(cache)).toEqual([]);
      expect(await fs.readdir(path.join(cache, 'runtimes')).catch(() => [])).toEqual([]);
    }
  });

  it('CACHE_DIR found full at the start: said once, nothing written there, the managers\' caches in the temp dir', async () => {
    // 100 MiB holding the seed's downloads (~55 MB): under 64 MiB free, full from the start.
    const mnt = await smallDisk('100m');
    const cache = path.join(mnt, 'cache');
    await seededCache(cache, 'artifacts');
    const used = execFileSync('du', ['-sb', cache], { encoding: 'utf8' });
    const app = await copyFixture('node-npm-app');
    cleanup.push(app);
    const r = await runBin('compile', [app, cache], cleanEnv());
    expectBuilt(r);
    expect(r.stderr.split('\n').filter((l) => l.includes("The build cache's disk is full"))).toEqual([
      expect.stringMatching(/Warning: The build cache's disk is full \(CACHE_DIR .*: \d+\.?\d* MB free\)\. The rest of this build writes nothing into the cache/),
    ]);
    expect(r.stdout).toContain("npm's and the package manager's caches: in the build's temp dir (the cache disk is full)");
    expect(execFileSync('du', ['-sb', cache], { encoding: 'utf8' })).toBe(used);
  });

  it('BUILD_DIR on a full disk: engine/disk-full naming BUILD_DIR, with the fix; the next build on that cache is correct', async () => {
    const cache = await seededCache();
    // 40 MiB: the Node.js runtime cannot be restored nor extracted there.
    const disk = await smallDisk('40m');
    const app = path.join(disk, 'app');
    await fs.mkdir(app);
    execFileSync('cp', ['-a', `${FIXTURES}/node-npm-app/.`, app]);
    const r = await runBin('compile', [app, cache], cleanEnv());
    expect(r.exitCode, r.all).toBe(1);
    expect(r.all).not.toContain('internal/unexpected');
    expect(r.stderr).toContain('The disk holding BUILD_DIR is full');
    expect(r.stderr).toContain(`The disk that holds BUILD_DIR (${app}) is full`);
    expect(r.stderr).toContain('must fit on the build disk');
    expect(r.stderr).toContain('Error id: engine/disk-full');
    expect(leftovers(cache)).toEqual([]);
    const ok = await copyFixture('node-npm-app');
    cleanup.push(ok);
    const r2 = await runBin('compile', [ok, cache], cleanEnv());
    expectBuilt(r2);
    expect(r2.stdout).toContain('Restored Node.js 24.18.0 from the build cache (hard-linked, manifest checked)');
  });
});
