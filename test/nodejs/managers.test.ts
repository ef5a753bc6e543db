import { describe, expect, it } from 'vitest';
import {
  MANAGERS, appFileReadOptions, installFingerprintFiles, isInstallRelevantVar, managerEnginesFields, managerKindOf, managerSpec, outOfSyncHint, presentLockfile,
  runScriptCommand, type ManagerKind, type ManagerSpec,
} from '../../src/nodejs/managers.js';
import { installRelevantVars } from '../../src/nodejs/install-reuse.js';
import { parsePackageJson } from '../../src/nodejs/package-json.js';
import { planNodeBuild, readNodeApp, type PlanContext } from '../../src/nodejs/plan.js';
import { embeddedNodeTable } from '../../src/nodejs/node-table.js';
import { knobsFrom } from '../../src/env/config-vars.js';
import { realAppFs } from '../../src/fs/app-fs.js';
import { LOCKFILE_READ_LIMIT, readLimitFor } from '../../src/fs/app-tree.js';
import { fileURLToPath } from 'node:url';

/**
 * A fifth manager, in this test only: a Bun-like row. The generic functions must work
 * from the row alone — adding a manager is one entry (plus its data), nothing else.
 */
const bun: ManagerSpec = {
  label: 'Bun',
  command: 'bun',
  enginesExample: '1.x',
  lockfiles: ['bun.lock', 'bun.lockb'],
  // Tried before the four (its lockfiles are its own, so the order only matters for the rule).
  detect: { order: 0 },
  configFiles: ['bunfig.toml'],
  configVars: { prefixes: ['BUN_CONFIG_'], names: ['BUN_INSTALL_TOKEN'] },
  registry: 'bundled',
  install: ({ lockfile }) => ({ command: ['bun', 'install', ...(lockfile ? ['--frozen-lockfile'] : [])], why: lockfile ? `${lockfile} found` : 'no lockfile found' }),
  prune: ({ knobs, nodeEnv }) =>
    knobs.get('BUN_SKIP_PRUNING') === 'true' ? { step: { skipped: 'BUN_SKIP_PRUNING=true: devDependencies are kept' }, problems: [] }
      : nodeEnv !== 'production' ? { step: { skipped: `NODE_ENV=${nodeEnv}: devDependencies are kept` }, problems: [] }
        : { step: { command: ['bun', 'install', '--production', '--frozen-lockfile'] }, problems: [] },
  skipPruning: 'BUN_SKIP_PRUNING=true',
  scriptArgsAfterDashes: false,
  runInstallScript: (event, dir) => ({ argv: ['bun', 'run', event], cwd: dir }),
  cache: {
    dirName: 'bun-cache', label: 'Bun cache',
    env: ({ dir }) => ({ BUN_INSTALL_CACHE_DIR: dir }),
    exportEnv: () => ({}),
  },
  installOutputs: ['node_modules/.bun-tag'],
  uncachedDirectories: undefined,
  outOfSync: {
    pattern: /lockfile had changes, but lockfile is frozen/,
    hint: (lockfile) => `${lockfile} is out of sync with package.json. Run \`bun install\` locally, commit ${lockfile}, and deploy again.`,
  },
};
const withBun = { ...MANAGERS, bun } satisfies Record<ManagerKind | 'bun', ManagerSpec>;
const pkg = parsePackageJson('{"name":"a","version":"1.0.0"}');
const npm = { major: 10, version: '10.9.2' };

describe('a fifth package manager, from its row alone', () => {
  it('its lockfiles and config files join the install fingerprint (a new lockfile cannot be left out)', () => {
    const files = installFingerprintFiles(withBun);
    expect(files).toEqual(expect.arrayContaining(['bun.lock', 'bun.lockb', 'bunfig.toml']));
    // The four managers' files are all still there.
    for (const f of installFingerprintFiles()) expect(files).toContain(f);
    expect(installFingerprintFiles()).not.toContain('bun.lock');
  });

  it('its config vars are install-relevant', () => {
    expect(isInstallRelevantVar('BUN_CONFIG_REGISTRY', withBun)).toBe(true);
    expect(isInstallRelevantVar('BUN_INSTALL_TOKEN', withBun)).toBe(true);
    expect(isInstallRelevantVar('BUN_CONFIG_REGISTRY')).toBe(false);
  });

  it('install and prune argv, script args, outputs, the skip switch and the out-of-sync hint come from the row', () => {
    const lockfile = presentLockfile(bun, (f) => f === 'bun.lockb');
    expect(lockfile).toBe('bun.lockb');
    expect(bun.install({ lockfile, knobs: knobsFrom({}, {}), npm, forceNpmInstall: false })).toEqual({ command: ['bun', 'install', '--frozen-lockfile'], why: 'bun.lockb found' });
    expect(bun.prune({ knobs: knobsFrom({}, {}), nodeEnv: 'production', npm, pkg }).step).toEqual({ command: ['bun', 'install', '--production', '--frozen-lockfile'] });
    expect(bun.prune({ knobs: knobsFrom({ BUN_SKIP_PRUNING: 'true' }, {}), nodeEnv: 'production', npm, pkg }).step).toEqual({ skipped: 'BUN_SKIP_PRUNING=true: devDependencies are kept' });
    expect(runScriptCommand(bun, 'build', ['--minify'])).toEqual(['bun', 'run', 'build', '--minify']);
    expect(bun.cache?.env({ dir: '/cache/node/bun-cache' })).toEqual({ BUN_INSTALL_CACHE_DIR: '/cache/node/bun-cache' });
    expect(outOfSyncHint(bun, 'error: lockfile had changes, but lockfile is frozen', { lockfile, text: undefined }))
      .toBe('bun.lockb is out of sync with package.json. Run `bun install` locally, commit bun.lockb, and deploy again.');
    expect(outOfSyncHint(bun, 'error: something else', { lockfile, text: undefined })).toBeUndefined();
  });
});

describe('a fifth package manager, from its row alone: detection and the plan', () => {
  // An app with bun.lock (and package.json), read from disk like bin/plan reads an app.
  const app = realAppFs(fileURLToPath(new URL('../fixtures/fake-bun-app', import.meta.url)));
  const ctx = (managers?: PlanContext['managers']): PlanContext =>
    ({ stack: 'scalingo-26', table: embeddedNodeTable(), configVars: {}, knobs: knobsFrom({}, {}), ...(managers ? { managers } : {}) });

  it('readNodeApp finds the row\'s lockfile, planNodeBuild picks the row: its install, prune and script argv, its lockfiles in the fingerprint', async () => {
    const files = await readNodeApp(app, withBun);
    expect(files.lockfiles).toEqual({ 'bun.lock': true });
    const plan = planNodeBuild(files, ctx(withBun));
    expect(plan.packageManager).toMatchObject({ name: 'bun', kind: 'bun', berry: false, why: 'bun.lock found' });
    expect(plan.install).toEqual({ command: ['bun', 'install', '--frozen-lockfile'], why: 'bun.lock found' });
    expect(plan.prune).toEqual({ command: ['bun', 'install', '--production', '--frozen-lockfile'] });
    expect(plan.hooks.map((h) => h.command)).toEqual([['bun', 'run', 'build']]);
    expect(plan.installOutputs).toEqual({ eachPackage: ['node_modules'], root: ['node_modules/.bun-tag'] });
    expect(plan.installFingerprintFiles).toEqual(installFingerprintFiles(withBun));
    expect(plan.installFingerprintFiles).toEqual(expect.arrayContaining(['bun.lock', 'bun.lockb', 'bunfig.toml', 'package-lock.json', 'yarn.lock']));
  });

  it('packageManager may name the row\'s command (the field\'s names come from the table)', async () => {
    const files = await readNodeApp(app, withBun);
    const packageJson = JSON.stringify({ ...JSON.parse(files.packageJson!), packageManager: 'bun@1.2.19' });
    const plan = planNodeBuild({ ...files, packageJson }, ctx(withBun));
    expect(plan.packageManager).toMatchObject({ name: 'bun', source: 'packageManager in package.json (1.2.19)' });
    expect(() => planNodeBuild({ ...files, packageJson }, ctx())).toThrow(expect.objectContaining({ id: 'nodejs/invalid-package-manager-field' }));
  });

  it('without the row, the same app is an npm app with no lockfile (the table alone decides)', async () => {
    const files = await readNodeApp(app);
    expect(files.lockfiles).toEqual({});
    const plan = planNodeBuild(files, ctx());
    expect(plan.packageManager).toMatchObject({ name: 'npm', why: 'no lockfile found' });
    expect(plan.installFingerprintFiles).not.toContain('bun.lock');
  });

  it('its lockfile beside another manager\'s is the multiple-lockfiles error, like any other', async () => {
    const files = await readNodeApp(app, withBun);
    expect(() => planNodeBuild({ ...files, lockfiles: { ...files.lockfiles, 'package-lock.json': true } }, ctx(withBun)))
      .toThrow(expect.objectContaining({ id: 'nodejs/multiple-lockfiles', body: expect.stringContaining('package-lock.json and bun.lock') }));
  });
});

describe('a fifth package manager, from its row alone: lockfile alternatives, engines, packageManager', () => {
  const app = realAppFs(fileURLToPath(new URL('../fixtures/fake-bun-app', import.meta.url)));
  const ctx = (managers?: PlanContext['managers']): PlanContext =>
    ({ stack: 'scalingo-26', table: embeddedNodeTable(), configVars: {}, knobs: knobsFrom({}, {}), ...(managers ? { managers } : {}) });
  const withPackageJson = async (fields: object) => {
    const files = await readNodeApp(app, withBun);
    return { ...files, packageJson: JSON.stringify({ ...JSON.parse(files.packageJson!), ...fields }) };
  };

  it('both of its lockfiles (bun.lock and bun.lockb) are one manager, not multiple lockfiles: the row\'s order picks bun.lock', async () => {
    const files = await readNodeApp(app, withBun);
    const both = { ...files, lockfiles: { 'bun.lockb': true, 'bun.lock': true } as const };
    const plan = planNodeBuild(both, ctx(withBun));
    expect(plan.packageManager).toMatchObject({ name: 'bun', why: 'bun.lock found' });
    expect(plan.install.command).toEqual(['bun', 'install', '--frozen-lockfile']);
    // Beside another manager's lockfile, the pair counts once.
    expect(() => planNodeBuild({ ...both, lockfiles: { ...both.lockfiles, 'pnpm-lock.yaml': true } }, ctx(withBun)))
      .toThrow(expect.objectContaining({ id: 'nodejs/multiple-lockfiles', body: expect.stringContaining('The app has pnpm-lock.yaml and bun.lock. ') }));
  });

  it('engines.bun is read (the field is the row\'s command): a version, a conflict with another manager\'s, a type error with the row\'s example', async () => {
    const plan = planNodeBuild(await withPackageJson({ engines: { bun: '1.x' } }), ctx(withBun));
    expect(plan.packageManager).toMatchObject({ name: 'bun', source: 'engines.bun in package.json (1.x)' });
    expect(parsePackageJson('{"engines": {"bun": "1.x"}}', withBun).engines).toMatchObject({ bun: '1.x' });
    const twoManagers = await withPackageJson({ engines: { bun: '1.x', npm: '10.x' } });
    expect(() => planNodeBuild(twoManagers, ctx(withBun)))
      .toThrow(expect.objectContaining({ id: 'nodejs/multiple-package-managers', body: expect.stringContaining('engines.bun: "1.x"') }));
    expect(() => parsePackageJson('{"engines": {"bun": 1}}', withBun)).toThrow(expect.objectContaining({
      id: 'nodejs/package-json-field', title: 'package.json: engines.bun must be a string', body: expect.stringContaining('"engines": {"bun": "1.x"}'),
    }));
    // Without the row, engines.bun is not a manager's field.
    expect(parsePackageJson('{"engines": {"bun": 1}}').engines).toEqual({ iojs: false });
  });

  it('an invalid packageManager names the table\'s managers', async () => {
    const invalid = await withPackageJson({ packageManager: 'deno@2.0.0' });
    expect(() => planNodeBuild(invalid, ctx(withBun))).toThrow(expect.objectContaining({
      id: 'nodejs/invalid-package-manager-field', body: expect.stringContaining('packageManager must name npm, yarn, pnpm or bun with an exact version'),
    }));
  });
});

describe('the four rows', () => {
  it('package.json\'s manager engines fields and their examples are the same as before the table', () => {
    expect(managerEnginesFields()).toEqual([{ field: 'npm', example: '11.x' }, { field: 'yarn', example: '1.22.x' }, { field: 'pnpm', example: '9.x' }]);
  });


  it('the install fingerprint covers the same files as before the table', () => {
    expect([...installFingerprintFiles()].sort()).toEqual(
      ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc', '.yarnrc', '.yarnrc.yml'].sort());
  });

  it('install-relevant config vars are the same as before the table', () => {
    const vars = installRelevantVars({
      NODE_ENV: 'production', NPM_CONFIG_X: '1', npm_config_y: '1', YARN_X: '1', PNPM_X: '1', USE_NPM_INSTALL: 'true', NPM_TOKEN: 's',
      pnpm_config_x: '1', BUN_X: '1', OTHER: '1',
    });
    expect(Object.keys(vars).map((k) => k.replace('config var ', '')).sort())
      .toEqual(['NODE_ENV', 'NPM_CONFIG_X', 'NPM_TOKEN', 'PNPM_X', 'USE_NPM_INSTALL', 'YARN_X', 'npm_config_y']);
  });

  it.each([
    [{ name: 'npm', berry: false }, 'npm', 'NPM_CONFIG_PRODUCTION=false'],
    [{ name: 'yarn', berry: false }, 'yarn1', 'YARN_PRODUCTION=false'],
    [{ name: 'yarn', berry: true }, 'yarn-berry', 'YARN2_SKIP_PRUNING=true'],
    [{ name: 'pnpm', berry: false }, 'pnpm', 'PNPM_SKIP_PRUNING=true'],
  ] as const)('%j is the %s row (skip switch %s)', (pm, kind, skip) => {
    expect(managerKindOf(pm)).toBe(kind);
    expect(managerSpec(pm)).toBe(MANAGERS[kind]);
    expect(managerSpec({ kind })).toBe(MANAGERS[kind]);
    expect(MANAGERS[kind].skipPruning).toBe(skip);
  });

  it('detection is unambiguous: one fallback row, and rows sharing a lockfile are ordered, the earlier ones telling it by format', () => {
    const rows: ManagerSpec[] = Object.values(MANAGERS);
    expect(rows.filter((s) => s.detect.fallback)).toHaveLength(1);
    for (const file of new Set(rows.flatMap((s) => s.lockfiles))) {
      const sharing = rows.filter((s) => s.lockfiles.includes(file)).sort((a, b) => a.detect.order - b.detect.order);
      expect(new Set(sharing.map((s) => s.detect.order)).size).toBe(sharing.length);
      for (const s of sharing.slice(0, -1)) expect(s.detect.format, `${s.label} before another row with ${file}`).toBeDefined();
    }
  });

  it('every row\'s lockfile is read whole (the install fingerprint hashes it), a fake row\'s too, with no entry in the reader\'s size list', () => {
    for (const file of new Set(Object.values(withBun).flatMap((s) => s.lockfiles))) {
      expect(appFileReadOptions(file, withBun).limit, file).toBe(LOCKFILE_READ_LIMIT);
    }
    expect(readLimitFor('bun.lock')).toBeLessThan(LOCKFILE_READ_LIMIT);
    expect(appFileReadOptions('.npmrc', withBun)).toEqual({});
  });

  it('npm prefers npm-shrinkwrap.json for its out-of-sync hint, as npm does', () => {
    expect(presentLockfile(MANAGERS.npm, () => true)).toBe('npm-shrinkwrap.json');
    expect(outOfSyncHint(MANAGERS.npm, 'npm ERR! `npm ci` can only install packages when your package.json and package-lock.json are in sync',
      { lockfile: 'package-lock.json', text: undefined })).toMatch(/package-lock\.json/);
  });

  it('build flags go after -- for npm only', () => {
    expect(runScriptCommand(MANAGERS.npm, 'build', ['--prod'])).toEqual(['npm', 'run', 'build', '--', '--prod']);
    expect(runScriptCommand(MANAGERS.pnpm, 'build', ['--prod'])).toEqual(['pnpm', 'run', 'build', '--prod']);
    expect(runScriptCommand(MANAGERS.yarn1, 'build', [])).toEqual(['yarn', 'run', 'build']);
  });
});
