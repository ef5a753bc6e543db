/**
 * The scripts a reused install runs for the app: which lifecycle scripts each manager
 * release runs (data/install-scripts.json), the `run` commands that run exactly those
 * (hooks included), the workspace members, and what makes an install not reusable.
 */
import { describe, expect, it } from 'vitest';
import semver from 'semver';
import doc from '../../data/install-scripts.json' with { type: 'json' };
import { MANAGERS } from '../../src/nodejs/managers.js';
import {
  decideScriptReplay, dependencyOrder, installLifecycle, planScriptReplay, readMemberManifest, runExpansion,
  scriptSettingSetBy, selectMembers, workspacePatterns, type ReplayInputs,
} from '../../src/nodejs/install-scripts.js';

const scripts = (...names: string[]) => Object.fromEntries(names.map((n) => [n, `node ${n}.js`]));

describe('data/install-scripts.json', () => {
  it('describes every manager row, each row with a valid range, steps, hooks and why', () => {
    expect(Object.keys(doc.kinds).sort()).toEqual(Object.keys(MANAGERS).sort());
    for (const rows of Object.values(doc.kinds)) {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows as Array<{ range: string; steps: Array<{ who: string; events: string[] }>; runHooks: string; why: string }>) {
        expect(semver.validRange(row.range), row.range).not.toBeNull();
        expect(['any', 'unprefixed', 'none']).toContain(row.runHooks);
        expect(row.why.length).toBeGreaterThan(20);
        for (const step of row.steps) {
          expect(['root', 'members']).toContain(step.who);
          expect(step.events.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it.each([
    ['npm', '3.10.10', ['preinstall', 'install', 'postinstall', 'prepublish'], 'unprefixed'],
    ['npm', '6.14.18', ['preinstall', 'install', 'postinstall', 'prepublish', 'prepare'], 'unprefixed'],
    ['npm', '11.21.2', ['preinstall', 'prepare', 'install', 'postinstall', 'preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare'], 'any'],
    ['yarn1', '1.22.22', ['preinstall', 'preinstall', 'install', 'postinstall', 'install', 'postinstall', 'prepublish', 'prepare'], 'any'],
    ['yarn-berry', '4.18.1', ['preinstall', 'install', 'postinstall', 'preinstall', 'install', 'postinstall'], 'none'],
    ['yarn-berry', undefined, ['preinstall', 'install', 'postinstall', 'preinstall', 'install', 'postinstall'], 'none'],
    ['pnpm', '8.15.9', ['pnpm:devPreinstall', 'preinstall', 'install', 'postinstall', 'prepare', 'preinstall', 'install', 'postinstall', 'prepare'], 'none'],
    ['pnpm', '10.34.9', ['pnpm:devPreinstall', 'preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare', 'preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare'], 'any'],
    ['pnpm', '12.0.0', ['pnpm:devPreinstall', 'preinstall', 'preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare'], 'any'],
  ])('%s %s runs %j', (kind, version, events, hooks) => {
    const l = installLifecycle(kind, version)!;
    expect(l.steps.flatMap((s) => s.events)).toEqual(events);
    expect(l.runHooks).toBe(hooks);
  });

  it('a manager row the data does not describe has no lifecycle (its install is not reusable)', () => {
    expect(installLifecycle('bun', '1.0.0')).toBeUndefined();
  });
});

describe('runExpansion: what `run x` runs', () => {
  const pkg = { dir: '', scripts: scripts('preinstall', 'install', 'postinstall', 'preprepare', 'prepare') };
  it.each([
    ['install', 'any', ['preinstall', 'install', 'postinstall']],
    ['prepare', 'any', ['preprepare', 'prepare']],
    ['install', 'unprefixed', ['preinstall', 'install', 'postinstall']],
    ['prepare', 'unprefixed', ['prepare']],
    ['postinstall', 'unprefixed', ['postinstall']],
    ['install', 'none', ['install']],
  ] as const)('%s with hooks %s', (event, hooks, runs) => {
    expect(runExpansion(pkg, event, hooks)).toEqual(runs);
  });

  it('an empty script is no hook', () => {
    expect(runExpansion({ dir: '', scripts: { preinstall: ' ', install: 'x' } }, 'install', 'any')).toEqual(['install']);
  });
});

describe('planScriptReplay', () => {
  const npm11 = installLifecycle('npm', '11.0.0')!;
  const npm6 = installLifecycle('npm', '6.14.18')!;
  const yarn1 = installLifecycle('yarn1', '1.22.22')!;
  const berry = installLifecycle('yarn-berry', '4.0.0')!;
  const root = (...names: string[]) => ({ dir: '', scripts: scripts(...names) });
  const events = (r: ReturnType<typeof planScriptReplay>) => ('runs' in r ? r.runs.map((x) => `${x.dir || '.'}:${x.event}`) : r.reason);

  it.each([
    ['npm 11, postinstall', npm11, root('postinstall', 'build'), ['.:postinstall']],
    ['npm 11, preinstall install postinstall: one `run install`', npm11, root('preinstall', 'install', 'postinstall'), ['.:install']],
    ['npm 11, preinstall and postinstall', npm11, root('preinstall', 'postinstall'), ['.:preinstall', '.:postinstall']],
    ['npm 11, prepare with its hooks', npm11, root('preprepare', 'prepare', 'postprepare', 'postinstall'), ['.:postinstall', '.:prepare']],
    ['npm 6, prepare alone (npm 6 runs no hooks for a pre- name)', npm6, root('preprepare', 'prepare'), ['.:prepare']],
    ['npm 6, the lot', npm6, root('preinstall', 'install', 'postinstall', 'prepublish', 'prepare'), ['.:install', '.:prepublish', '.:prepare']],
    ['Yarn 2+, only install-time scripts', berry, root('preinstall', 'postinstall', 'prepare'), ['.:preinstall', '.:postinstall']],
    ['no lifecycle script at all', npm11, root('build', 'start'), []],
  ])('%s', (_name, lifecycle, pkg, want) => {
    expect(events(planScriptReplay(lifecycle, pkg, [], false))).toEqual(want);
  });

  it('members before the root (npm 7+), each with its own scripts', () => {
    const members = [{ dir: 'packages/a', scripts: scripts('prepare') }, { dir: 'packages/b', scripts: scripts('postinstall') }];
    expect(events(planScriptReplay(npm11, root('postinstall'), members, false))).toEqual(['packages/a:prepare', 'packages/b:postinstall', '.:postinstall']);
  });

  it('Yarn 1: the root preinstall first, prepare only in a non-production install', () => {
    const members = [{ dir: 'packages/a', scripts: scripts('postinstall') }];
    expect(events(planScriptReplay(yarn1, root('preinstall', 'prepare'), members, false))).toEqual(['.:preinstall', 'packages/a:postinstall', '.:prepare']);
    expect(events(planScriptReplay(yarn1, root('preinstall', 'prepare'), members, true))).toEqual(['.:preinstall', 'packages/a:postinstall']);
  });

  it.each([
    ['Yarn 1 root with preinstall and install: `yarn run install` would run preinstall twice', yarn1, root('preinstall', 'install'), 'install of package.json'],
    ['npm 7+ member with preinstall, prepare and install (`run install` would run preinstall after prepare)', npm11, { dir: '', scripts: {} }, 'packages/a/package.json'],
    ['npm 7+ member with preprepare, which npm does not run for members', npm11, { dir: '', scripts: {} }, 'prepare of packages/b/package.json'],
  ])('not replayable: %s', (name, lifecycle, pkg, inReason) => {
    const members = name.includes('preprepare') ? [{ dir: 'packages/b', scripts: scripts('preprepare', 'prepare') }]
      : name.includes('member') ? [{ dir: 'packages/a', scripts: scripts('preinstall', 'prepare', 'install') }] : [];
    const r = planScriptReplay(lifecycle, pkg, members, false);
    expect('reason' in r && r.reason).toContain(inReason);
  });
});

describe('workspace members', () => {
  it.each([
    ['npm', '{"workspaces": ["packages/*", "apps/web"]}', undefined, ['packages/*', 'apps/web']],
    ['yarn1', '{"workspaces": {"packages": ["libs/**"]}}', undefined, ['libs/**']],
    ['npm', '{"name": "x"}', undefined, []],
    ['pnpm', '{}', "packages:\n  - 'packages/*'\n  - \"!**/test/**\"  # not tests\nother: 1\n", ['packages/*', '!**/test/**']],
    ['pnpm', '{}', 'packages: [apps/*, "libs/*"]\n', ['apps/*', 'libs/*']],
    ['pnpm', '{}', undefined, []],
    ['npm', '{"workspaces": [1]}', undefined, 'package.json workspaces is not a list of paths'],
  ])('%s: %s %j', (kind, pkg, yaml, want) => {
    expect(workspacePatterns(kind, pkg, yaml)).toEqual(want);
  });

  it('globs select member directories, negations take away, unknown syntax is said', () => {
    const dirs = ['packages/a', 'packages/a/test', 'apps/web', 'libs/x/y', 'examples/demo'];
    expect(selectMembers(['packages/*', './apps/*/'], dirs)).toEqual(['packages/a', 'apps/web']);
    expect(selectMembers(['**', '!examples/**', '!**/test'], dirs)).toEqual(['packages/a', 'apps/web', 'libs/x/y']);
    expect(selectMembers(['libs/**'], dirs)).toEqual(['libs/x/y']);
    expect(selectMembers(['{a,b}/*'], dirs)).toContain('glob syntax');
  });

  it('members come after the members they depend on, by directory otherwise; a cycle keeps directory order', () => {
    const m = (dir: string, text: object) => readMemberManifest(dir, JSON.stringify(text))!;
    const ordered = dependencyOrder([
      m('apps/web', { name: 'web', dependencies: { lib: 'workspace:*' } }),
      m('packages/lib', { name: 'lib', devDependencies: { util: '*' } }),
      m('packages/util', { name: 'util' }),
    ]);
    expect(ordered.map((x) => x.dir)).toEqual(['packages/util', 'packages/lib', 'apps/web']);
    const cycle = dependencyOrder([m('b', { name: 'b', dependencies: { a: '1' } }), m('a', { name: 'a', dependencies: { b: '1' } })]);
    expect(cycle.map((x) => x.dir)).toEqual(['b', 'a']);
    expect(readMemberManifest('x', '[1]')).toBeUndefined();
  });
});

describe('settings that change which scripts run', () => {
  it.each([
    [{ NPM_CONFIG_IGNORE_SCRIPTS: 'true' }, {}, 'NPM_CONFIG_IGNORE_SCRIPTS (config var)'],
    [{ npm_config_enable_pre_post_scripts: 'false' }, {}, 'npm_config_enable_pre_post_scripts (config var)'],
    [{ YARN_IGNORE_SCRIPTS: 'true' }, {}, 'YARN_IGNORE_SCRIPTS (config var)'],
    [{}, { '.npmrc': 'registry=x\nignore-scripts = true\n' }, 'ignore-scripts in .npmrc'],
    [{}, { '.yarnrc': 'ignore-scripts true\n' }, 'ignore-scripts in .yarnrc'],
    [{}, { 'pnpm-workspace.yaml': 'packages: []\nenablePrePostScripts: false\n' }, 'enable-pre-post-scripts in pnpm-workspace.yaml'],
    [{ NPM_CONFIG_IGNORE_SCRIPTS: '' }, { '.npmrc': '# ignore-scripts=true\n' }, undefined],
  ])('%j %j', (vars, files, want) => {
    expect(scriptSettingSetBy(vars, files)).toBe(want);
  });
});

describe('decideScriptReplay', () => {
  const base = (over: Partial<ReplayInputs>): ReplayInputs => ({
    kind: 'npm', runInstallScript: MANAGERS.npm.runInstallScript, version: '11.6.2', installCommand: ['npm', 'ci', '--include=dev'],
    env: {}, texts: { 'package.json': JSON.stringify({ scripts: scripts('postinstall') }) }, manifests: ['package.json'], ...over,
  });
  const argv = (d: ReturnType<typeof decideScriptReplay>) => ('commands' in d ? d.commands.map((c) => `${c.cwd || '.'}$ ${c.argv.join(' ')}`) : d.reason);

  it.each([
    ['npm, the install flags passed on', base({}), ['.$ npm run postinstall --include=dev']],
    ['npm 6 as root', base({ version: '6.14.18', installCommand: ['npm', 'ci', '--production=false', '--unsafe-perm'] }),
      ['.$ npm run postinstall --production=false --unsafe-perm']],
    ['npm workspaces: a member by --workspace, a package.json outside the globs ignored', base({
      texts: {
        'package.json': JSON.stringify({ workspaces: ['packages/*'], scripts: scripts('postinstall') }),
        'packages/a/package.json': JSON.stringify({ scripts: scripts('prepare') }),
        'examples/x/package.json': JSON.stringify({ scripts: scripts('postinstall') }),
      },
      manifests: ['examples/x/package.json', 'package.json', 'packages/a/package.json'],
    }), ['.$ npm run prepare --workspace=packages/a --include=dev', '.$ npm run postinstall --include=dev']],
    ['Yarn 1 member with --cwd', base({
      kind: 'yarn1', runInstallScript: MANAGERS.yarn1.runInstallScript, version: '1.22.22',
      texts: { 'package.json': JSON.stringify({ workspaces: ['packages/*'] }), 'packages/a/package.json': JSON.stringify({ scripts: scripts('postinstall') }) },
      manifests: ['package.json', 'packages/a/package.json'],
    }), ['.$ yarn --cwd packages/a run postinstall']],
    ['Yarn 2+ member in its directory', base({
      kind: 'yarn-berry', runInstallScript: MANAGERS['yarn-berry'].runInstallScript, version: '4.5.0',
      texts: { 'package.json': JSON.stringify({ workspaces: ['packages/*'] }), 'packages/a/package.json': JSON.stringify({ scripts: scripts('postinstall') }) },
      manifests: ['package.json', 'packages/a/package.json'],
    }), ['packages/a$ yarn run postinstall']],
    ['pnpm member with --dir', base({
      kind: 'pnpm', runInstallScript: MANAGERS.pnpm.runInstallScript, version: '9.15.9',
      texts: { 'package.json': '{}', 'pnpm-workspace.yaml': 'packages:\n  - packages/*\n', 'packages/a/package.json': JSON.stringify({ scripts: scripts('prepare') }) },
      manifests: ['package.json', 'packages/a/package.json'],
    }), ['.$ pnpm --dir packages/a run prepare']],
    ['ignore-scripts in .npmrc', base({ texts: { 'package.json': JSON.stringify({ scripts: scripts('postinstall') }), '.npmrc': 'ignore-scripts=true' } }),
      'ignore-scripts in .npmrc changes which lifecycle scripts the install runs, so they cannot be run for it'],
    ['ignore-scripts without any lifecycle script: nothing to run, reusable', base({ texts: { 'package.json': '{}', '.npmrc': 'ignore-scripts=true' } }), []],
    ['a member whose package.json does not parse', base({
      texts: { 'package.json': JSON.stringify({ workspaces: ['packages/*'] }), 'packages/a/package.json': '{' },
      manifests: ['package.json', 'packages/a/package.json'],
    }), 'packages/a/package.json does not parse'],
    ['Yarn 1 production install (YARN_PRODUCTION=true): no prepare', base({
      kind: 'yarn1', runInstallScript: MANAGERS.yarn1.runInstallScript, version: '1.22.22', installCommand: ['yarn', 'install'],
      env: { YARN_PRODUCTION: 'true' }, texts: { 'package.json': JSON.stringify({ scripts: scripts('postinstall', 'prepare') }) },
    }), ['.$ yarn run postinstall']],
  ])('%s', (_name, inputs, want) => {
    expect(argv(decideScriptReplay(inputs))).toEqual(want);
  });
});
