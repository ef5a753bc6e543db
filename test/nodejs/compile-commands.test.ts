/**
 * The commands a Node.js build runs for a given plan, argv and env, asserted in the fast
 * tier: compileNode with a recording `run` (nothing is started) and a runtime tree already
 * in CACHE_DIR (so nothing is downloaded). What only a real install shows (npm's own
 * behaviour, the files it writes) is left to the e2e tier.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileNode, runtimeKey } from '../../src/nodejs/compile.js';
import { planNodeBuild, type NodeAppFiles, type NodePlan } from '../../src/nodejs/plan.js';
import { embeddedNodeTable } from '../../src/nodejs/node-table.js';
import { knobsFrom } from '../../src/env/config-vars.js';
import { BuildLog } from '../../src/log/build-log.js';
import { CacheWrites } from '../../src/cache/cache-writes.js';
import { TreeCache } from '../../src/cache/tree-cache.js';
import type { RunCommand, RunOptions } from '../../src/exec/run.js';

const table = embeddedNodeTable();
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

interface Ran {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
}

/** A `run` that records each command and answers like a command that succeeded. */
function recordingRun(): { run: RunCommand; ran: Ran[] } {
  const ran: Ran[] = [];
  const run: RunCommand = async (argv: readonly string[], opts: RunOptions) => {
    ran.push({ argv: [...argv], cwd: opts.cwd, env: { ...opts.env } });
    if (!opts.quiet) opts.log.info(`$ ${opts.shown ?? argv.join(' ')}`);
    return { exit: { code: 0 }, ok: true, tail: '', output: '' };
  };
  return { run, ran };
}

async function build(pkg: Record<string, unknown>, opts: { lockfile?: string; vars?: Record<string, string>; npm: string }) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'compile-commands-'));
  dirs.push(root);
  const [buildDir, cacheDir, tmpDir, staged] = ['app', 'cache', 'tmp', 'staged'].map((d) => path.join(root, d)) as [string, string, string, string];
  for (const d of [buildDir, cacheDir, tmpDir]) await fs.mkdir(d);
  await fs.writeFile(path.join(buildDir, 'package.json'), JSON.stringify(pkg));
  if (opts.lockfile) await fs.writeFile(path.join(buildDir, opts.lockfile), '{"lockfileVersion":3}');
  const files: NodeAppFiles = {
    packageJson: JSON.stringify(pkg), lockfiles: opts.lockfile ? { [opts.lockfile]: true } : {}, serverJs: false, meteor: false,
  };
  const vars = opts.vars ?? {};
  const plan: NodePlan = planNodeBuild(files, { stack: 'scalingo-26', table, configVars: vars, knobs: knobsFrom(vars, {}) });
  // The runtime tree a previous build left (what the engine restores instead of downloading).
  await fs.mkdir(path.join(staged, 'node/bin'), { recursive: true });
  await fs.writeFile(path.join(staged, 'node/bin/node'), `#!/bin/sh\necho v${plan.node.version}\n`, { mode: 0o755 });
  await new TreeCache(path.join(cacheDir, 'runtimes')).save(runtimeKey(plan), staged, ['node'], {
    source: 'the Node.js distribution', versions: { node: plan.node.version, npm: opts.npm },
  });
  const { run, ran } = recordingRun();
  let out = '';
  const log = new BuildLog({ out: (t) => (out += t), err: (t) => (out += t) });
  await compileNode(plan, { buildDir, cacheDir, tmpDir, table, configVars: vars, platformEnv: { PATH: '/usr/bin:/bin' }, log, run, cacheWrites: new CacheWrites(cacheDir, log) });
  return { ran, out, buildDir, cacheDir, tmpDir };
}

describe('the commands of an npm build', () => {
  it('npm 11 with a lockfile: npm ci --include=dev, the build script, the prune, with the build env', async () => {
    const { ran, buildDir, cacheDir, tmpDir } = await build(
      { name: 'x', version: '1.0.0', engines: { node: '24.x' }, scripts: { build: 'node build.js' } },
      { lockfile: 'package-lock.json', npm: '11.6.2', vars: { NPM_CONFIG_LOGLEVEL: 'warn', NODE_BUILD_FLAGS: '--prod' } },
    );
    expect(ran.map((r) => r.argv)).toEqual([
      ['npm', 'ci', '--include=dev'],
      ['npm', 'run', 'build', '--', '--prod'],
      ['npm', 'prune', '--omit=dev'],
    ]);
    const install = ran[0]!;
    expect(install.cwd).toBe(buildDir);
    expect(install.env).toMatchObject({
      HOME: path.join(tmpDir, 'build-home'),
      NODE_ENV: 'production',
      NODE_OPTIONS: '--max-old-space-size=2560',
      NPM_CONFIG_LOGLEVEL: 'warn',
      npm_config_cache: path.join(cacheDir, 'node/npm-cache'),
    });
    expect(install.env.PATH!.split(':')[0]).toBe(path.join(buildDir, '.scalingo/node/bin'));
    // The build machine's tools never stand in for the slug's.
    expect(install.env.PATH).toContain(path.join(tmpDir, 'tool-guards'));
  });

  it('npm 6 (Node.js 14): npm ci --production=false --unsafe-perm, and npm run with unsafe-perm set', async () => {
    const { ran } = await build(
      { name: 'x', version: '1.0.0', engines: { node: '14.x' }, scripts: { build: 'node build.js' } },
      { lockfile: 'package-lock.json', npm: '6.14.18' },
    );
    expect(ran.map((r) => r.argv)).toEqual([
      ['npm', 'ci', '--production=false', '--unsafe-perm'],
      ['npm', 'run', 'build'],
      ['npm', 'prune', '--production'],
    ]);
    expect(ran[1]!.env.npm_config_unsafe_perm).toBe('true');
  });

  it('no lockfile, NPM_CONFIG_PRODUCTION=true: npm install without devDependencies and no prune', async () => {
    const { ran, out } = await build(
      { name: 'x', version: '1.0.0', engines: { node: '24.x' } },
      { npm: '11.6.2', vars: { NPM_CONFIG_PRODUCTION: 'true' } },
    );
    expect(ran.map((r) => r.argv)).toEqual([['npm', 'install']]);
    expect(ran[0]!.env.NPM_CONFIG_PRODUCTION).toBe('true');
    expect(out).toContain('-----> Pruning devDependencies');
  });
});
