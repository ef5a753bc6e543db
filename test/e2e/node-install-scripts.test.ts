/**
 * A reused install runs the app's own install lifecycle scripts, as the package manager
 * runs them after its install: what they write outside node_modules (dist/ of
 * `"postinstall": "tsc"`, a workspace library's prepare output) is in the warm slug as in
 * the cold one. Real npm and pnpm, apps booted over HTTP.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, exists, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease } from '../support/harness.js';
import { expectBuildLog, type LogKind } from '../support/snapshots.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

/** One build of the fixture on `cache`; `snapshot`: its log is the fixture's cold or warm snapshot (the fixture unedited). */
async function compile(fixture: string, cache: string, edit?: (app: string) => Promise<void>, snapshot?: LogKind) {
  const app = await copyFixture(fixture);
  cleanup.push(app);
  await edit?.(app);
  const r = await runBin('compile', [app, cache], cleanEnv());
  if (snapshot) await expectBuildLog(r, fixture, snapshot, { app, cache });
  expect(r.exitCode, r.all).toBe(0);
  return { app, r };
}

async function serves(app: string, pathName: string, expected: string): Promise<void> {
  const web = webCommandFromRelease((await runBin('release', [app])).stdout);
  const running = await startWeb(app, web);
  try {
    const page = await waitForHttp(running.port, pathName);
    expect(page.status, running.output()).toBe(200);
    expect(page.body).toContain(expected);
  } finally {
    await running.stop();
  }
}

describe('npm: "postinstall": "tsc" and no build script', () => {
  let cache: string;

  it('cold: npm ci runs tsc, the slug serves dist/server.js', async () => {
    cache = await tempDir('cache');
    cleanup.push(cache);
    const { app, r } = await compile('node-postinstall-app', cache, undefined, 'cold');
    expect(r.stdout).toContain('$ npm ci --include=dev');
    expect(await exists(path.join(app, 'dist/server.js'))).toBe(true);
    await serves(app, '/?name=cold', 'Hello, cold');
  });

  it('warm: the install is reused and postinstall runs again with npm run, the slug serves', async () => {
    const { app, r } = await compile('node-postinstall-app', cache, undefined, 'warm');
    expect(await exists(path.join(app, 'dist/server.js')), r.stdout).toBe(true);
    await serves(app, '/?name=warm', 'Hello, warm');
    expect(r.stdout).toContain('Skipping npm ci --include=dev: nothing that affects installation changed');
    expect(r.stdout).toContain("Running the app's install lifecycle scripts, as npm ci --include=dev runs them after installing: package.json: postinstall");
    expect(r.stdout).toContain('$ npm run postinstall --include=dev');
  });

  it('a postinstall that rewrites a restored node_modules file: that build saves its install, the next one reuses it intact', async () => {
    // Rewrites escape-html's index.js in place (same inode: a hard link into the cache).
    const rewrite = async (app: string) => {
      await fs.writeFile(path.join(app, 'rewrite.js'),
        "const fs = require('node:fs'); const f = 'node_modules/escape-html/index.js'; fs.writeFileSync(f, fs.readFileSync(f, 'utf8'));\n");
      const pkgPath = path.join(app, 'package.json');
      const pkg = JSON.parse(await fs.readFile(pkgPath, 'utf8'));
      pkg.scripts.postinstall = 'tsc && node rewrite.js';
      await fs.writeFile(pkgPath, JSON.stringify(pkg, null, 2));
    };
    const cold = await compile('node-postinstall-app', cache, rewrite);
    expect(cold.r.stdout).toContain('$ npm ci --include=dev'); // package.json changed
    const warm = await compile('node-postinstall-app', cache, rewrite);
    expect(warm.r.stdout).toContain('$ npm run postinstall --include=dev');
    expect(warm.r.stdout).toContain("The install scripts changed node_modules: saving it as this build's install.");
    const again = await compile('node-postinstall-app', cache, rewrite);
    expect(again.r.stdout).not.toContain('was not reused');
    expect(again.r.stdout).toContain('Skipping npm ci --include=dev: nothing that affects installation changed');
    await serves(again.app, '/?name=again', 'Hello, again');
  });
});

describe('pnpm workspace: a member built by its prepare script, a root postinstall', () => {
  let cache: string;

  it.each([['cold'], ['warm']])('%s: both scripts ran, the slug serves the library', async (which) => {
    if (which === 'cold') {
      cache = await tempDir('cache');
      cleanup.push(cache);
    }
    const { app, r } = await compile('node-pnpm-postinstall-app', cache, undefined, which as LogKind);
    expect(await exists(path.join(app, 'postinstall-ran.txt')), r.stdout).toBe(true);
    expect(await exists(path.join(app, 'packages/greeting/dist/index.js')), r.stdout).toBe(true);
    if (which === 'warm') {
      expect(r.stdout).toContain('Skipping pnpm install --frozen-lockfile --prod=false: nothing that affects installation changed');
      expect(r.stdout).toContain('packages/greeting/package.json: prepare; package.json: postinstall');
      expect(r.stdout).toContain('$ pnpm --dir packages/greeting run prepare');
      expect(r.stdout).toContain('$ pnpm run postinstall');
    }
    expect(await fs.readFile(path.join(app, 'postinstall-ran.txt'), 'utf8')).toBe('postinstall ran\n');
    expect(await exists(path.join(app, 'packages/greeting/dist/index.js'))).toBe(true);
    await serves(app, '/hello?name=x', '<p>Hello, x</p>');
  });
});

describe('pnpm workspace prune and a member\'s install script', () => {
  it('skips the prune with a warning rather than run the member\'s prepare again without devDependencies', async () => {
    const cache = await tempDir('cache');
    cleanup.push(cache);
    const { app, r } = await compile('node-pnpm-postinstall-app', cache, async (dir) => {
      // No root script: only the member's prepare, which needs a devDependency (of web).
      const pkgPath = path.join(dir, 'package.json');
      const pkg = JSON.parse(await fs.readFile(pkgPath, 'utf8'));
      delete pkg.scripts.postinstall;
      await fs.writeFile(pkgPath, JSON.stringify(pkg, null, 2));
      await fs.appendFile(path.join(dir, 'packages/greeting/build.js'), "require(require.resolve('marked', { paths: [path.join(__dirname, '../web')] }));\n");
    });
    expect(r.stderr).toContain('devDependencies are not pruned: pnpm reinstalls a workspace to prune it, which would run the prepare of packages/greeting script again');
    expect(r.stdout).toContain('Skipping: pnpm reinstalls a workspace to prune it');
    await serves(app, '/hello?name=y', '<p>Hello, y</p>');
  });
});
