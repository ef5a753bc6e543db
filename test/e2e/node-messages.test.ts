/**
 * What a user reads in the build log of apps nobody tailored to this engine, end to end
 * with real Node.js and package managers: diagnoses of a failed build, warnings about
 * settings that do nothing, and log lines that say what happened. The Node.js downloads
 * are shared between the builds (one artifacts dir; every other part of CACHE_DIR is
 * fresh unless a test rebuilds).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { execa } from 'execa';
import { ROOT, cleanEnv, copyFixture, runBin, startWeb, tempDir, waitForHttp, webCommandFromRelease, writeEnvDir } from '../support/harness.js';

const cleanup: string[] = [];
let artifacts: string;
beforeAll(async () => {
  artifacts = await tempDir('shared-artifacts');
  cleanup.push(artifacts);
});
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

/** A fresh CACHE_DIR that shares the Node.js downloads. */
async function freshCache(): Promise<string> {
  const cache = await tempDir('cache');
  cleanup.push(cache);
  await fs.symlink(artifacts, path.join(cache, 'artifacts'));
  return cache;
}

/** An app made of `files` (package.json given as an object). */
async function appOf(files: Record<string, string | object>): Promise<string> {
  const app = await tempDir('app-messages');
  cleanup.push(app);
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(app, name)), { recursive: true });
    await fs.writeFile(path.join(app, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return app;
}

async function compile(app: string, cache: string, vars: Record<string, string> = {}) {
  const env = await writeEnvDir(vars);
  cleanup.push(env);
  return runBin('compile', [app, cache, env], cleanEnv());
}

describe('a build that runs out of JavaScript heap', () => {
  it('fails with the diagnosis: the limit it ran with, and how to raise it', async () => {
    const app = await appOf({
      'package.json': { name: 'oom', version: '1.0.0', engines: { node: '24.x' }, scripts: { build: 'node grow.js' } },
      'grow.js': 'const kept = []; for (;;) kept.push(new Array(1e5).fill({ n: kept.length }));\n',
    });
    const r = await compile(app, await freshCache(), { NODE_OPTIONS: '--max-old-space-size=32' });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/script-failed');
    expect(r.stderr).toContain('JavaScript heap out of memory');
    expect(r.stderr).toContain('The build\'s node processes ran with NODE_OPTIONS=--max-old-space-size=32 (your NODE_OPTIONS config var): a JavaScript heap of at most 32 MB.');
    expect(r.stderr).toContain('set the config var NODE_OPTIONS=--max-old-space-size=4096');
  });
});

describe('a warm rebuild of an app without dependencies', () => {
  it('says there was nothing to restore, not "Restored  from the build cache"', async () => {
    const files = { 'package.json': { name: 'bare', version: '1.0.0', engines: { node: '24.x' } }, 'server.js': '' };
    const cache = await freshCache();
    const cold = await compile(await appOf(files), cache);
    expect(cold.exitCode, cold.all).toBe(0);
    const warm = await compile(await appOf(files), cache);
    expect(warm.exitCode, warm.all).toBe(0);
    expect(warm.stdout).toContain('Skipping npm install --include=dev: nothing that affects installation changed');
    expect(warm.stdout).not.toMatch(/Restored {2}|Restored \(pruned\)/);
    expect(warm.stdout).toContain('The previous install left nothing to restore (no node_modules: the app has no dependencies to install).');
  });
});

describe('multi-buildpack export with pnpm 11', () => {
  it("a following buildpack's pnpm finds the build's store (pnpm 11 reads only pnpm_config_*)", async () => {
    // A buildpack checkout of its own, so the export file is this test's.
    const buildpack = await tempDir('buildpack');
    cleanup.push(buildpack);
    for (const dir of ['bin', 'dist']) await fs.cp(path.join(ROOT, dir), path.join(buildpack, dir), { recursive: true });
    const app = await copyFixture('node-pnpm-lock90-app');
    cleanup.push(app);
    const pkg = JSON.parse(await fs.readFile(path.join(app, 'package.json'), 'utf8'));
    await fs.writeFile(path.join(app, 'package.json'), JSON.stringify({ ...pkg, packageManager: 'pnpm@11.28.11', engines: { node: '24.x' } }));
    const cache = await freshCache();
    const r = await execa(path.join(buildpack, 'bin/compile'), [app, cache], { env: cleanEnv(), extendEnv: false, reject: false, all: true });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain(`${buildpack}/export: PATH, NODE_HOME, NODE_OPTIONS, npm_config_store_dir and pnpm_config_store_dir for the buildpacks that run after this one`);
    const store = path.join(cache, 'node/pnpm-store');
    const next = await execa('sh', ['-c', `. "${buildpack}/export" && pnpm config get store-dir`], {
      cwd: app, env: { PATH: '/usr/bin:/bin', HOME: await tempDir('home') }, extendEnv: false, reject: false, all: true,
    });
    expect(next.exitCode, next.all).toBe(0);
    expect(next.stdout.trim()).toBe(store);
  });
});

describe('YARN_PRODUCTION with Yarn 2.4', () => {
  it('is warned about and withheld from Yarn, which would stop on it', async () => {
    const app = await copyFixture('node-yarn24-app');
    cleanup.push(app);
    const r = await compile(app, await freshCache(), { YARN_PRODUCTION: 'false' });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stderr).toContain('(nodejs/yarn-production-ignored)');
    expect(r.stderr).toContain('the build leaves it out of the environment of its commands and scripts');
    expect(r.all).not.toContain('Unrecognized or legacy configuration settings found: production');
    expect(r.stdout).toContain('$ yarn install --immutable');
    expect(await fs.stat(path.join(app, 'node_modules/escape-html/package.json')).then(() => true, () => false)).toBe(true);
  });
});

describe('Yarn 2+ app with an .npmrc and a .yarnrc', () => {
  it('bin/plan warns that Yarn 2+ reads neither, and where their settings go', async () => {
    const app = await copyFixture('node-yarn24-app');
    cleanup.push(app);
    await fs.writeFile(path.join(app, '.npmrc'), '//registry.example.com/:_authToken=${NPM_TOKEN}\n');
    await fs.writeFile(path.join(app, '.yarnrc'), 'registry "https://registry.example.com/"\n');
    const r = await runBin('plan', [app], cleanEnv());
    expect(r.exitCode, r.stderr).toBe(0);
    const warning = (JSON.parse(r.stdout).warnings as Array<{ id: string; message: string }>).find((w) => w.id === 'nodejs/config-file-not-read');
    expect(warning?.message).toMatch(/^\.npmrc and \.yarnrc are not read by Yarn 2\+, which installs this app/);
    expect(warning?.message).toContain('Move those settings to .yarnrc.yml');
  });
});

/** bin/yarn.js of @yarnpkg/cli-dist@<version>: the single-file release `yarn set version` vendors. */
async function yarnRelease(version: string): Promise<string> {
  const dir = await tempDir('yarn-release');
  cleanup.push(dir);
  await execa('npm', ['pack', `@yarnpkg/cli-dist@${version}`, '--pack-destination', dir], { cwd: dir, env: cleanEnv({ HOME: dir }), extendEnv: false });
  await execa('tar', ['xzf', path.join(dir, `yarnpkg-cli-dist-${version}.tgz`), '-C', dir]);
  return path.join(dir, 'package/bin/yarn.js');
}

describe('packageManager beside a vendored yarnPath release', () => {
  it('no warning when they agree (what `yarn set version` writes); a release its name does not tell is checked once it runs', async () => {
    const release = await yarnRelease('3.8.7');
    const vendored = async (name: string, pin: string) => {
      const app = await copyFixture('node-yarn3-app');
      cleanup.push(app);
      await fs.mkdir(path.join(app, '.yarn/releases'), { recursive: true });
      await fs.copyFile(release, path.join(app, '.yarn/releases', name));
      await fs.writeFile(path.join(app, '.yarnrc.yml'), `nodeLinker: node-modules\nyarnPath: .yarn/releases/${name}\n`);
      const pkg = JSON.parse(await fs.readFile(path.join(app, 'package.json'), 'utf8'));
      await fs.writeFile(path.join(app, 'package.json'), JSON.stringify({ ...pkg, packageManager: pin, engines: { node: '20.x' } }));
      const r = await compile(app, await freshCache());
      expect(r.exitCode, r.all).toBe(0);
      return r;
    };
    const agree = await vendored('yarn-3.8.7.cjs', 'yarn@3.8.7');
    expect(agree.stderr).not.toContain('nodejs/package-manager-ignored-for-yarn-path');
    const unnamed = await vendored('yarn-berry.cjs', 'yarn@3.6.4');
    expect(unnamed.stderr).toContain('package.json pins packageManager yarn@3.6.4, but .yarnrc.yml sets yarnPath: .yarn/releases/yarn-berry.cjs, which is Yarn 3.8.7');
    const unnamedAgree = await vendored('yarn-berry.cjs', 'yarn@3.8.7');
    expect(unnamedAgree.stderr).not.toContain('nodejs/package-manager-ignored-for-yarn-path');
  });
});

describe('an app moved from Heroku with heroku-* hooks', () => {
  it('warns with the rename, and the log says the hook did not run', async () => {
    const app = await appOf({
      'package.json': {
        name: 'from-heroku', version: '1.0.0', engines: { node: '24.x' },
        scripts: { 'heroku-prebuild': 'touch prebuilt', 'heroku-postbuild': 'touch postbuilt', build: 'touch built', start: 'node -e 0' },
      },
    });
    const r = await compile(app, await freshCache());
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stderr).toContain("package.json has a heroku-prebuild script, which is Heroku's name: this build runs scalingo-prebuild before the dependencies are installed");
    expect(r.stderr).toContain('Rename heroku-postbuild to scalingo-postbuild in package.json to run it');
    expect(r.stderr.match(/\(nodejs\/heroku-script-not-run\)/g)).toHaveLength(2);
    expect(r.stdout).toContain("Skipping the heroku-postbuild script: it is Heroku's name for scalingo-postbuild, which this build runs (see the warning)");
    const has = (f: string) => fs.stat(path.join(app, f)).then(() => true, () => false);
    expect([await has('prebuilt'), await has('postbuilt'), await has('built')]).toEqual([false, false, true]);
  });
});

describe('an app without a start command', () => {
  const hint = async (files: Record<string, string | object>) => {
    const r = await runBin('plan', [await appOf(files)], cleanEnv());
    expect(r.exitCode, r.stderr).toBe(0);
    return (JSON.parse(r.stdout).warnings as Array<{ id: string; message: string }>).find((w) => w.id === 'nodejs/no-web-process')?.message ?? '';
  };

  it('is told to start what it has: a start:prod script, an existing JavaScript main; never a file that is not there', async () => {
    // A NestJS-like app: main names a TypeScript file that is not there, start:prod runs the build.
    expect(await hint({ 'package.json': { main: 'index.ts', scripts: { 'start:dev': 'nest start --watch', 'start:prod': 'node dist/main' } } }))
      .toContain('package.json has a start:prod script (node dist/main): to start the app with it, add "start": "node dist/main"');
    expect(await hint({ 'package.json': { main: 'lib/app.js' }, 'lib/app.js': '' })).toContain('"start": "node lib/app.js"');
    const missing = await hint({ 'package.json': { main: 'lib/app.js' } });
    expect(missing).toContain('"start": "node <your server file>"');
    expect(missing).not.toContain('lib/app.js');
    // A main that is a link out of the app is not the app's file.
    const outside = await tempDir('outside');
    cleanup.push(outside);
    await fs.writeFile(path.join(outside, 'app.js'), '');
    const app = await appOf({ 'package.json': { main: 'app.js' } });
    await fs.symlink(path.join(outside, 'app.js'), path.join(app, 'app.js'));
    const r = await runBin('plan', [app], cleanEnv());
    expect(JSON.parse(r.stdout).warnings.find((w: { id: string }) => w.id === 'nodejs/no-web-process').message).toContain('<your server file>');
  });
});

describe("Yarn's own files committed, as Yarn recommends", () => {
  it('.pnp.cjs and .yarn/install-state.gz in the repository: built without a warning about them', async () => {
    // What a first build writes is what a project commits.
    const first = await copyFixture('node-yarn4-pnp-app');
    cleanup.push(first);
    const cache = await freshCache();
    expect((await compile(first, cache)).exitCode).toBe(0);
    const app = await copyFixture('node-yarn4-pnp-app');
    cleanup.push(app);
    await fs.mkdir(path.join(app, '.yarn'), { recursive: true });
    for (const f of ['.pnp.cjs', '.pnp.loader.mjs', '.yarn/install-state.gz']) await fs.copyFile(path.join(first, f), path.join(app, f));
    const r = await compile(app, cache, { NODE_REUSE_INSTALL: 'false' });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stderr).not.toMatch(/engine-dir-replaced|install-file-replaced|remove it from the repository/);
    expect(r.stdout).toContain('$ yarn install --immutable');
  });
});

describe('Yarn 2+ prune and the cache zips in the slug', () => {
  const zips = async (app: string) => (await fs.readdir(path.join(app, '.yarn/cache'))).filter((n) => n.endsWith('.zip')).sort();
  const boots = async (app: string, text: string, where = '/') => {
    const running = await startWeb(app, webCommandFromRelease((await runBin('release', [app])).stdout));
    try {
      const page = await waitForHttp(running.port, where);
      expect(page.status, running.output()).toBe(200);
      expect(page.body).toContain(text);
    } finally {
      await running.stop();
    }
  };

  it("Yarn 4 Plug'n'Play: the devDependency's zip leaves the slug, the app boots; a warm rebuild (reused prune) gives the same slug", async () => {
    const cache = await freshCache();
    const cold = await copyFixture('node-yarn4-pnp-app');
    cleanup.push(cold);
    const a = await compile(cold, cache);
    expect(a.exitCode, a.all).toBe(0);
    expect(a.stdout).toMatch(/Yarn cache: removed 1 zip of \.yarn\/cache \(\d+(\.\d)? [KM]B\) that the pruned install does not use \(devDependencies\): marked-npm-15\.0\.12-/);
    expect(await zips(cold)).toEqual([expect.stringMatching(/^escape-html-npm-1\.0\.3-/)]);
    await boots(cold, '<p>Hello, world</p>', '/hello');

    const warm = await copyFixture('node-yarn4-pnp-app');
    cleanup.push(warm);
    const b = await compile(warm, cache);
    expect(b.exitCode, b.all).toBe(0);
    expect(b.stdout).toContain('Skipping yarn workspaces focus --all --production: the install was reused');
    expect(await zips(warm)).toEqual(await zips(cold));
    await boots(warm, '<p>Hello, world</p>', '/hello');
  });

  it("Yarn 3 Plug'n'Play (workspace-tools loaded from the registry): the devDependency's zip leaves the slug", async () => {
    const app = await copyFixture('node-yarn3-app');
    cleanup.push(app);
    await fs.writeFile(path.join(app, '.yarnrc.yml'), 'nodeLinker: pnp\n');
    const pkg = JSON.parse(await fs.readFile(path.join(app, 'package.json'), 'utf8'));
    await fs.writeFile(path.join(app, 'package.json'), JSON.stringify({ ...pkg, engines: { node: '20.x' } }));
    const r = await compile(app, await freshCache());
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('$ yarn workspaces focus --all --production');
    expect(await zips(app)).toEqual([expect.stringMatching(/^escape-html-npm-1\.0\.3-/)]);
    const slugNode = path.join(app, '.scalingo/node/bin/node');
    const required = await execa(slugNode, ['-r', './.pnp.cjs', '-e', 'require("escape-html"); try { require("ms"); } catch { console.log("ms gone") }'], { cwd: app, reject: false, all: true });
    expect(required.all).toBe('ms gone');
  });

  it('Yarn 4 zero-install with the node-modules linker: the committed zips leave the slug, node_modules serves the app', async () => {
    const cache = await freshCache();
    // Cold, then warm (the prune reused: the committed cache is not part of what it restores).
    for (const build of ['cold', 'warm']) {
      const app = await copyFixture('node-yarn4-zero-install-app');
      cleanup.push(app);
      const r = await compile(app, cache);
      expect(r.exitCode, r.all).toBe(0);
      if (build === 'warm') expect(r.stdout).toContain('Skipping yarn workspaces focus --all --production: the install was reused');
      expect(r.stdout).toMatch(/Yarn cache: removed the 2 zips of \.yarn\/cache \([^)]*\) from the slug: the node-modules linker installed the packages into node_modules/);
      expect(await zips(app)).toEqual([]);
      expect(await fs.stat(path.join(app, 'node_modules/escape-html/package.json')).then(() => true, () => false)).toBe(true);
      expect(await fs.stat(path.join(app, 'node_modules/marked')).then(() => true, () => false)).toBe(false);
      await boots(app, 'Hello from node-yarn4-zero-install-app');
    }
  });
});
