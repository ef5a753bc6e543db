/**
 * Every Yarn 2+/pnpm release line a user pins, built for real through bin/compile: the
 * release installed from the npm registry, linked, the app installed and pruned. Small
 * fixtures (one dependency, escape-html; one devDependency, ms), so what a user sees is
 * checked directly: ms gone from node_modules after the prune (or kept, with the warning
 * saying why), the error id and text for what is refused. The Node.js downloads are
 * shared between the builds (one artifacts dir; every other part of CACHE_DIR is fresh).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ROOT, cleanEnv, copyFixture, runBin, tempDir, writeEnvDir } from '../support/harness.js';
import { FIXTURES } from '../support/fixtures.js';
import { expectBuildLog, type LogKind } from '../support/snapshots.js';

const cleanup: string[] = [];
let artifacts: string;
let home: string;
beforeAll(async () => {
  artifacts = await tempDir('shared-artifacts');
  home = await tempDir('home');
  cleanup.push(artifacts, home);
});
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

const exists = (p: string) => fs.stat(p).then(() => true, () => false);

/**
 * Copies a fixture, pins Node.js and the manager, compiles it with a fresh CACHE_DIR (or
 * the one of a previous build: a warm build), and compares its log with the fixture's
 * snapshot when asked to.
 */
async function build(fixture: string, opts: {
  pm?: string; node: string; vars?: Record<string, string>; edit?: (app: string) => Promise<void>; storeBuilds?: number;
  cache?: string; snapshot?: LogKind;
}) {
  const app = await copyFixture(fixture);
  const cache = opts.cache ?? (await tempDir('cache'));
  cleanup.push(app, cache);
  // A snapshot build downloads what it needs itself: what the shared artifacts hold depends
  // on which tests ran before.
  if (!opts.cache && !opts.snapshot) await fs.symlink(artifacts, path.join(cache, 'artifacts'));
  if (opts.storeBuilds !== undefined) {
    await fs.mkdir(path.join(cache, 'node'));
    await fs.writeFile(path.join(cache, 'node/pnpm-store-builds'), `${opts.storeBuilds}\n`);
  }
  const pkgPath = path.join(app, 'package.json');
  const pkg = JSON.parse(await fs.readFile(pkgPath, 'utf8'));
  if (opts.pm) pkg.packageManager = opts.pm;
  else delete pkg.packageManager;
  pkg.engines = { node: opts.node };
  await fs.writeFile(pkgPath, JSON.stringify(pkg, null, 2));
  await opts.edit?.(app);
  const envDir = await writeEnvDir(opts.vars ?? {});
  cleanup.push(envDir);
  // HOME is a fresh dir: nothing of the build may land there (the pnpm store goes to CACHE_DIR).
  const r = await runBin('compile', [app, cache, envDir], cleanEnv({ HOME: home }));
  if (opts.snapshot) await expectBuildLog(r, fixture, opts.snapshot, { app, cache, env: envDir, home, artifacts });
  return { app, cache, r };
}

/** The fixture's own packageManager: that case's builds are the fixture's snapshots. */
async function ownManager(fixture: string): Promise<string | undefined> {
  return JSON.parse(await fs.readFile(path.join(FIXTURES, fixture, 'package.json'), 'utf8')).packageManager;
}

/** What the slug's own manager says its version is (run with the slug's node). */
async function slugTool(app: string, tool: string): Promise<string> {
  const bin = path.join(app, '.scalingo/node/bin');
  const r = await execa(path.join(bin, tool), ['--version'], { cwd: app, env: { PATH: `${bin}:/usr/bin:/bin`, HOME: app }, extendEnv: false, reject: false });
  return String(r.stdout).trim();
}

describe.each([
  // pnpm 7 and 8 before 8.15.6 have no `prune --ignore-scripts` ("Unknown option").
  { release: 'pnpm 7', fixture: 'node-pnpm-lock54-app', pm: 'pnpm@7.33.7', node: '20.x', prune: 'pnpm prune --prod' },
  { release: 'pnpm 8 before 8.15.6', fixture: 'node-pnpm-lock60-app', pm: 'pnpm@8.15.5', node: '20.x', prune: 'pnpm prune --prod' },
  { release: 'pnpm 9', fixture: 'node-pnpm-lock90-app', pm: 'pnpm@9.15.9', node: '20.x', prune: 'pnpm prune --prod --ignore-scripts' },
  { release: 'pnpm 10', fixture: 'node-pnpm-lock90-app', pm: 'pnpm@10.34.9', node: '20.x', prune: 'pnpm prune --prod --ignore-scripts' },
  // pnpm 11: ES module entry point, settings only from pnpm_config_*, Node.js >= 22.13.
  { release: 'pnpm 11', fixture: 'node-pnpm-lock90-app', pm: 'pnpm@11.28.11', node: '24.x', prune: 'pnpm prune --prod --ignore-scripts' },
  // pnpm 12: the npm package is a launcher for @pnpm/exe.linux-x64's native binary.
  { release: 'pnpm 12', fixture: 'node-pnpm-lock90-app', pm: 'pnpm@12.21.0', node: '20.x', prune: 'pnpm prune --prod --ignore-scripts' },
  { release: 'pnpm unpinned (newest that runs on the app\'s Node.js)', fixture: 'node-pnpm-lock90-app', pm: undefined, node: '20.x', prune: 'pnpm prune --prod --ignore-scripts' },
])('$release', ({ fixture, pm, node, prune }) => {
  it('installs, links, installs the app, prunes its devDependency and, when due, the store', async () => {
    // The store is pruned every 20 installs: this is the 20th.
    const own = pm !== undefined && pm === (await ownManager(fixture));
    const { app, cache, r } = await build(fixture, { pm, node, storeBuilds: 19, ...(own ? { snapshot: 'cold' as const } : {}) });
    expect(r.exitCode, r.all).toBe(0);
    const version = pm ? pm.split('@')[1]! : (/Installing pnpm (\d+\.\d+\.\d+)/.exec(r.stdout)?.[1] ?? 'none');
    expect(r.stdout).toContain(`Using pnpm ${version} (`);
    expect(r.stdout).toContain(`$ ${prune}\n`);
    expect(r.all).not.toMatch(/Unknown option|ERR_PNPM_ABORTED_REMOVE_MODULES_DIR_NO_TTY/);
    expect(await exists(path.join(app, 'node_modules/escape-html/package.json'))).toBe(true);
    expect(await exists(path.join(app, 'node_modules/ms'))).toBe(false);
    // The slug's pnpm is the pinned release and runs.
    expect(await slugTool(app, 'pnpm')).toBe(version);
    // The store is the cached one, not one in $HOME.
    expect((await fs.readdir(path.join(cache, 'node/pnpm-store'))).length).toBeGreaterThan(0);
    expect(await exists(path.join(home, '.local/share/pnpm'))).toBe(false);
    expect(r.stdout).toContain('pnpm store: 20 installs since it was last pruned');
    expect(r.stdout).toContain('$ pnpm store prune\n');
    expect(r.stdout).not.toContain('pnpm store prune failed');
    expect(await fs.readFile(path.join(cache, 'node/pnpm-store-builds'), 'utf8')).toBe('0\n');
    if (!pm) {
      expect(version).toMatch(/^12\./);
      expect(r.stderr).toContain('(nodejs/unpinned-package-manager)');
    }
    if (own) {
      const warm = await build(fixture, { pm, node, cache, snapshot: 'warm' });
      expect(warm.r.exitCode, warm.r.all).toBe(0);
      expect(warm.r.stdout).toContain('nothing that affects installation changed');
    }
  });
});

describe('pnpm store maintenance with nothing in the store', () => {
  it('an app without dependencies, its 20th install: nothing to prune is said, pnpm store prune (which dies on the missing files dir) is not run', async () => {
    const { r, cache } = await build('node-pnpm-lock90-app', {
      // pnpm 9.7.1's prune of such a store dies: 'ENOENT: no such file or directory, scandir …/v3/files'.
      pm: 'pnpm@9.7.1', node: '20.x', storeBuilds: 19,
      edit: async (app) => {
        const pkgPath = path.join(app, 'package.json');
        const pkg = JSON.parse(await fs.readFile(pkgPath, 'utf8'));
        delete pkg.dependencies;
        delete pkg.devDependencies;
        delete pkg.scripts;
        await fs.writeFile(pkgPath, JSON.stringify(pkg, null, 2));
        await fs.writeFile(path.join(app, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .: {}\n");
      },
    });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('pnpm store: 20 installs since it was last pruned, but it holds no package: nothing to prune');
    expect(r.stdout).not.toContain('$ pnpm store prune');
    expect(r.all).not.toContain('ENOENT');
    expect(await fs.readFile(path.join(cache, 'node/pnpm-store-builds'), 'utf8')).toBe('0\n');
  });
});

describe('pnpm workspace', () => {
  it('every member keeps its dependencies and loses its devDependencies (pnpm prune would only reinstall the root)', async () => {
    const { app, r } = await build('node-pnpm-workspace-app', { pm: 'pnpm@9.15.9', node: '24.x' });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('$ pnpm install --prod --frozen-lockfile\n');
    const web = path.join(app, 'packages/web/node_modules');
    expect(await exists(path.join(web, 'escape-html/package.json'))).toBe(true);
    expect(await exists(path.join(web, 'greeting/package.json'))).toBe(true);
    expect(await exists(path.join(web, 'marked'))).toBe(false);
  });
});

describe('refused or degraded, clearly', () => {
  it('a pnpm release that needs a newer Node.js than the app\'s stops, naming both', async () => {
    const { r } = await build('node-pnpm-lock90-app', { pm: 'pnpm@11.28.11', node: '20.x' });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/manager-needs-newer-node');
    expect(r.stderr).toMatch(/pnpm@11\.28\.11 does not run on Node\.js 20\.\d+\.\d+/);
    expect(r.stderr).toContain('requires Node.js >=22.13');
    expect(r.stdout).not.toContain('-----> Installing Node.js');
  });

  it('node_modules committed with the app (another store): pnpm recreates it instead of stopping on "no TTY"', async () => {
    const { app, r } = await build('node-pnpm-lock90-app', {
      pm: 'pnpm@10.34.9', node: '20.x',
      // What pnpm 10 leaves in node_modules on a developer's machine.
      edit: async (app) => {
        await fs.mkdir(path.join(app, 'node_modules'));
        await fs.writeFile(path.join(app, 'node_modules/.modules.yaml'), JSON.stringify({
          hoistedDependencies: {}, hoistPattern: ['*'], included: { dependencies: true, devDependencies: true, optionalDependencies: true },
          injectedDeps: {}, layoutVersion: 5, nodeLinker: 'isolated', packageManager: 'pnpm@10.34.9', pendingBuilds: [], publicHoistPattern: [],
          registries: { default: 'https://registry.npmjs.org/' }, skipped: [], storeDir: '/home/dev/.local/share/pnpm/store/v10',
          virtualStoreDir: '.pnpm', virtualStoreDirMaxLength: 120,
        }, null, 2));
      },
    });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.all).not.toContain('ERR_PNPM_ABORTED_REMOVE_MODULES_DIR_NO_TTY');
    expect(await exists(path.join(app, 'node_modules/escape-html/package.json'))).toBe(true);
    expect(await exists(path.join(app, 'node_modules/ms'))).toBe(false);
  });

  it('a failing prune names the switch of the manager in use (PNPM_SKIP_PRUNING)', async () => {
    const { r } = await build('node-pnpm-lock90-app', {
      pm: 'pnpm@10.34.9', node: '20.x',
      // The build leaves a package.json pnpm cannot read: the prune fails.
      edit: (app) => editJson(app, (p) => (p.scripts = { build: 'node -e "require(\'fs\').writeFileSync(\'package.json\', \'{\')"' })),
    });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/prune-failed');
    expect(r.stderr).toContain('Set PNPM_SKIP_PRUNING=true to skip pruning');
    expect(r.stderr).not.toContain('NPM_CONFIG_PRODUCTION');
  });

  it('Yarn 3 without workspace-tools, pinned with the hash `corepack use` writes: builds and prunes with the plugin from the registry', async () => {
    // sha512 of the single-file yarn.js release (= bin/yarn.js of @yarnpkg/cli-dist@3.8.7),
    // written by corepack 0.34 (`corepack use yarn@3.8.7`), not the hash of the npm tarball.
    const pin = 'yarn@3.8.7+sha512.bbe7e310ff7fd20dc63b111110f96fe18192234bb0d4f10441fa6b85d2b644c8923db8fbe6d7886257ace948440ab1f83325ad02af457a1806cdc97f03d2508e';
    const { app, r } = await build('node-yarn3-app', { pm: pin, node: '20.x' });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('$ yarn install --immutable');
    expect(r.stdout).toContain('loading the command from the npm registry package @yarnpkg/plugin-workspace-tools@3.1.4');
    expect(r.stdout).toContain('$ yarn workspaces focus --all --production');
    expect(await exists(path.join(app, 'node_modules/escape-html/package.json'))).toBe(true);
    expect(await exists(path.join(app, 'node_modules/ms'))).toBe(false);
    // Nothing of the loader is left in the app, and its lockfile is untouched.
    expect(await fs.readFile(path.join(app, 'yarn.lock'), 'utf8')).toBe(await fs.readFile(path.join(ROOT, 'fixtures/node-yarn3-app/yarn.lock'), 'utf8'));
    expect(await exists(path.join(app, '.yarn/plugins'))).toBe(false);
    expect(await slugTool(app, 'yarn')).toBe('3.8.7');
  });

  it('a packageManager hash that matches neither yarn.js nor the tarball stops before Yarn is used', async () => {
    const { r } = await build('node-yarn3-app', { pm: `yarn@3.8.7+sha512.${'ab'.repeat(64)}`, node: '20.x' });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/package-manager-hash-mismatch');
    expect(r.stdout).not.toContain('$ yarn install');
  });

  it('Yarn 2.0 vendored with yarnPath: no setting it does not know (enableTelemetry), no `workspaces focus`', async () => {
    const { app, cache, r } = await build('node-yarn2-app', { node: '20.x', edit: vendorYarn2, snapshot: 'cold' });
    expect(r.exitCode, r.all).toBe(0);
    expect(r.all).not.toContain('enableTelemetry');
    expect(r.stdout).toContain('$ yarn install --immutable');
    expect(r.stderr).toContain('(nodejs/prune-skipped-no-workspace-tools)');
    expect(r.stderr).toContain('Yarn 2.0.0-rc.27 (yarnPath)');
    expect(await exists(path.join(app, 'node_modules/escape-html/package.json'))).toBe(true);
    const warm = await build('node-yarn2-app', { node: '20.x', edit: vendorYarn2, cache, snapshot: 'warm' });
    expect(warm.r.exitCode, warm.r.all).toBe(0);
    expect(warm.r.stdout).toContain('Skipping yarn install --immutable: nothing that affects installation changed');
  });
});

async function editJson(app: string, fn: (j: Record<string, any>) => void) {
  const file = path.join(app, 'package.json');
  const j = JSON.parse(await fs.readFile(file, 'utf8'));
  fn(j);
  await fs.writeFile(file, JSON.stringify(j, null, 2));
}

/**
 * A Yarn 2.0 release as `yarn set version` vendors it. The 2.0/2.1 finals are not on the
 * npm registry; yarn@2.0.0-rc.27 is (bin/yarn.js, the single-file release) and, like them,
 * predates enableTelemetry (2.2.0) and has no built-in `workspaces focus`.
 */
async function vendorYarn2(app: string): Promise<void> {
  const dir = await tempDir('yarn2');
  cleanup.push(dir);
  await execa('npm', ['pack', 'yarn@2.0.0-rc.27', '--pack-destination', dir], { cwd: dir, env: cleanEnv({ HOME: dir }), extendEnv: false });
  await execa('tar', ['xzf', path.join(dir, 'yarn-2.0.0-rc.27.tgz'), '-C', dir]);
  await fs.mkdir(path.join(app, '.yarn/releases'), { recursive: true });
  await fs.copyFile(path.join(dir, 'package/bin/yarn.js'), path.join(app, '.yarn/releases/yarn-2.0.0-rc.27.cjs'));
}
