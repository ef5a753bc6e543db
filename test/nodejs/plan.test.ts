import { describe, expect, it } from 'vitest';
import { installOutputList, planNodeBuild, yarnPathRelease, type NodeAppFiles } from '../../src/nodejs/plan.js';
import { embeddedNodeTable } from '../../src/nodejs/node-table.js';
import { knobsFrom } from '../../src/env/config-vars.js';
import { said } from '../support/said.js';

const table = embeddedNodeTable();

function plan(pkg: object, opts: { files?: Partial<NodeAppFiles>; vars?: Record<string, string>; env?: Record<string, string> } = {}) {
  const files: NodeAppFiles = {
    packageJson: JSON.stringify(pkg),
    lockfiles: { 'package-lock.json': true },
    serverJs: false,
    meteor: false,
    ...opts.files,
  };
  const vars = opts.vars ?? {};
  return planNodeBuild(files, { stack: 'scalingo-26', table, configVars: vars, knobs: knobsFrom(vars, opts.env ?? {}) });
}

describe('install command', () => {
  it.each([
    [{}, {}, ['npm', 'ci', '--include=dev'], 'package-lock.json found'],
    [{ lockfiles: {} }, {}, ['npm', 'install', '--include=dev'], 'no lockfile found'],
    [{ lockfiles: { 'npm-shrinkwrap.json': true } }, {}, ['npm', 'ci', '--include=dev'], 'npm-shrinkwrap.json found'],
    [{}, { USE_NPM_INSTALL: 'true' }, ['npm', 'install', '--include=dev'], 'USE_NPM_INSTALL=true'],
    [{}, { NPM_CONFIG_PRODUCTION: 'true' }, ['npm', 'ci'], 'package-lock.json found'],
    [{}, { NPM_CONFIG_PRODUCTION: 'false' }, ['npm', 'ci'], 'package-lock.json found'],
  ] as const)('files %j vars %j → %j', (files, vars, command, why) => {
    const p = plan({}, { files: files as Partial<NodeAppFiles>, vars });
    expect(p.install).toEqual({ command, why });
    expect(p.install.command).not.toContain('--unsafe-perm');
  });
});

describe('install flags per npm release (nodejs.md §3)', () => {
  it.each([
    // Node release → the npm it bundles (data/node-bundled-npm.json) → the flags that npm understands.
    ['14.21.3', ['npm', 'ci', '--production=false', '--unsafe-perm']],
    ['14.17.0', ['npm', 'ci', '--production=false', '--unsafe-perm']],
    ['8.17.0', ['npm', 'ci', '--production=false', '--unsafe-perm']],
    ['16.20.2', ['npm', 'ci', '--include=dev']],
    ['15.14.0', ['npm', 'ci', '--include=dev']],
    ['22.23.1', ['npm', 'ci', '--include=dev']],
  ])('Node %s → %j', (node, command) => {
    expect(plan({ engines: { node } }).install.command).toEqual(command);
  });

  it('npm without `npm ci` (5.0 to 5.6: Node 8.0 to 8.9) installs with `npm install`, saying why', () => {
    for (const node of ['8.9.4', '8.0.0']) {
      const p = plan({ engines: { node } });
      expect(p.install.command).toEqual(['npm', 'install', '--production=false', '--unsafe-perm']);
      expect(p.install.why).toMatch(/package-lock\.json found, but npm \d+\.\d+\.\d+ has no `npm ci`/);
    }
    expect(plan({ engines: { node: '8.17.0' } }).install.command[1]).toBe('ci'); // npm 6.13.4
    // Without a lockfile, the bundled npm installs whatever its release (npm 3 here).
    expect(plan({ engines: { node: '6.17.1' } }, { files: { lockfiles: {} } }).install.command).toEqual(['npm', 'install', '--production=false', '--unsafe-perm']);
  });

  it('package-lock.json on a Node.js whose npm ignores it (< 5): the newest npm that reads it and runs there, warned', () => {
    for (const [node, npm] of [['6.17.1', '6.14.18'], ['4.9.1', '5.10.0']] as const) {
      const p = plan({ engines: { node } });
      expect(p.versions.npm).toBe(npm);
      expect(p.install.command).toEqual(['npm', 'ci', '--production=false', '--unsafe-perm']);
      expect(p.packageManager.source).toContain('reads package-lock.json');
      expect(p.warnings.map((w) => w.id)).toContain('nodejs/npm-upgraded-for-lockfile');
    }
    // npm-shrinkwrap.json: npm 3 reads it, nothing changes.
    const shrinkwrap = plan({ engines: { node: '6.17.1' } }, { files: { lockfiles: { 'npm-shrinkwrap.json': true } } });
    expect(shrinkwrap.versions.npm).toBeUndefined();
    expect(() => plan({ engines: { node: '0.12.18' } })).toThrowError(expect.objectContaining({ id: 'nodejs/npm-ignores-lockfile' }));
  });

  it('an engines.npm pin decides the flags, not the Node line', () => {
    expect(plan({ engines: { node: '14.x', npm: '8.x' } }).install.command).toEqual(['npm', 'ci', '--include=dev']);
    expect(plan({ engines: { node: '22.x', npm: '6.14.18' } }).install.command).toEqual(['npm', 'ci', '--production=false', '--unsafe-perm']);
  });

  it('npm < 7 gets npm_config_unsafe_perm for `npm run` hooks too; npm >= 7 never does', () => {
    expect(plan({ engines: { node: '14.x' } }).buildEnv.npm_config_unsafe_perm?.value).toBe('true');
    expect(plan({ engines: { node: '16.x' } }).buildEnv.npm_config_unsafe_perm).toBeUndefined();
    expect(plan({ engines: { node: '14.x' } }, { files: { lockfiles: { 'pnpm-lock.yaml': true } } }).buildEnv.npm_config_unsafe_perm).toBeUndefined();
  });
});

describe('NODE_BUILD_FLAGS', () => {
  it('appended to the build script: after -- for npm, directly for Yarn and pnpm', () => {
    const vars = { NODE_BUILD_FLAGS: ' --prod  --aot ' };
    expect(plan({ scripts: { build: 'b' } }, { vars }).hooks.map((h) => h.command)).toEqual([['npm', 'run', 'build', '--', '--prod', '--aot']]);
    const yarn = plan({ scripts: { 'scalingo-prebuild': 'p', 'scalingo-postbuild': 'b' } }, { vars, files: { lockfiles: { 'yarn.lock': '# yarn lockfile v1\n' } } });
    expect(yarn.hooks.map((h) => h.command)).toEqual([['yarn', 'run', 'scalingo-prebuild'], ['yarn', 'run', 'scalingo-postbuild', '--prod', '--aot']]);
    expect(plan({ scripts: { build: 'b' } }, { env: { NODE_BUILD_FLAGS: '--prod' } }).hooks[0]!.command).toEqual(['npm', 'run', 'build', '--', '--prod']);
    expect(plan({ scripts: { build: 'b' } }).hooks[0]!.command).toEqual(['npm', 'run', 'build']);
  });
});

describe('prune', () => {
  it.each([
    [{}, { command: ['npm', 'prune', '--omit=dev'] }],
    [{ NPM_CONFIG_PRODUCTION: 'true' }, { skipped: 'NPM_CONFIG_PRODUCTION=true: devDependencies were not installed' }],
    [{ NPM_CONFIG_PRODUCTION: 'false' }, { skipped: 'NPM_CONFIG_PRODUCTION=false: devDependencies are kept' }],
    [{ NODE_ENV: 'staging' }, { skipped: 'NODE_ENV=staging: devDependencies are kept' }],
  ])('vars %j → %j', (vars, prune) => {
    expect(plan({}, { vars }).prune).toEqual(prune);
  });

  it('old npm (bundled with Node 14) prunes with --production', () => {
    expect(plan({ engines: { node: '14.x' } }).prune).toEqual({ command: ['npm', 'prune', '--production'] });
    expect(plan({ engines: { npm: '6.14.18' } }).prune).toEqual({ command: ['npm', 'prune', '--production'] });
  });
});

describe('hooks', () => {
  const scripts = { 'scalingo-prebuild': 'a', build: 'b', 'scalingo-postbuild': 'c', 'scalingo-cleanup': 'd' };
  it('prebuild, postbuild instead of build, cleanup — in order', () => {
    const p = plan({ scripts });
    expect(p.hooks.map((h) => [h.name, h.phase])).toEqual([
      ['scalingo-prebuild', 'prebuild'], ['scalingo-postbuild', 'build'], ['scalingo-cleanup', 'cleanup'],
    ]);
    expect(p.hooks[0]!.command).toEqual(['npm', 'run', 'scalingo-prebuild']);
    expect(p.skippedHooks).toEqual([{ name: 'build', why: 'scalingo-postbuild runs instead' }]);
  });
  it('build runs when there is no postbuild, unless NPM_NO_BUILD=true', () => {
    expect(plan({ scripts: { build: 'b' } }).hooks.map((h) => h.name)).toEqual(['build']);
    const p = plan({ scripts: { build: 'b' } }, { vars: { NPM_NO_BUILD: 'true' } });
    expect(p.hooks).toEqual([]);
    expect(p.skippedHooks).toEqual([{ name: 'build', why: 'NPM_NO_BUILD=true' }]);
  });
  it('NPM_NO_BUILD does not stop scalingo-postbuild', () => {
    expect(plan({ scripts: { 'scalingo-postbuild': 'c' } }, { vars: { NPM_NO_BUILD: 'true' } }).hooks.map((h) => h.name)).toEqual(['scalingo-postbuild']);
  });
  it('empty scripts are skipped', () => {
    const p = plan({ scripts: { build: '  ' } });
    expect(p.hooks).toEqual([]);
    expect(p.skippedHooks).toEqual([{ name: 'build', why: 'the script is empty' }]);
  });
});

describe('cache', () => {
  it('defaults to bower_components; cacheDirectories replaces it', () => {
    expect(plan({}).cacheDirectories.map(said)).toEqual([{ value: 'bower_components', source: 'default' }]);
    expect(plan({ cacheDirectories: ['client/node_modules/', './server/node_modules'] }).cacheDirectories.map(said)).toEqual([
      { value: 'client/node_modules', source: 'cacheDirectories in package.json' },
      { value: 'server/node_modules', source: 'cacheDirectories in package.json' },
    ]);
  });
  it.each(['../x', '/etc', 'a/../../b', '.', '', '..'])('%j escapes the app → error', (entry) => {
    expect(() => plan({ cacheDirectories: [entry] })).toThrowError(expect.objectContaining({ id: 'nodejs/cache-directory-outside-app' }));
  });
  it('NODE_MODULES_CACHE=false disables it, from a config var or the platform', () => {
    expect(plan({}, { vars: { NODE_MODULES_CACHE: 'false' } }).cache).toEqual({ enabled: false, why: 'NODE_MODULES_CACHE=false' });
    expect(plan({}, { env: { NODE_MODULES_CACHE: 'false' } }).cache.enabled).toBe(false);
    expect(plan({}).cache).toEqual({ enabled: true });
  });
});

describe('build env and process types', () => {
  it('NODE_ENV and NODE_OPTIONS defaults, config vars win', () => {
    expect(Object.fromEntries(Object.entries(plan({}).buildEnv).map(([k, v]) => [k, said(v)]))).toEqual({
      NODE_ENV: { value: 'production', source: 'default' },
      NODE_OPTIONS: { value: '--max-old-space-size=2560', source: 'default for builds' },
    });
    expect(plan({}, { vars: { NODE_OPTIONS: '--max-old-space-size=512' } }).buildEnv.NODE_OPTIONS!.value).toBe('--max-old-space-size=512');
  });
  it.each([
    [{ procfile: 'web: node web.js\nworker: node w.js\n', serverJs: true }, { scripts: { start: 'x' } }, { web: 'node web.js' }, 'Procfile'],
    [{ procfile: 'worker: node w.js\n' }, { scripts: { start: 'x' } }, { web: 'npm start' }, 'scripts.start in package.json'],
    // The web line is read whole, U+2028 included: it does not fall back to npm start.
    [{ procfile: 'web: node web.js\u2028--trace\n' }, { scripts: { start: 'x' } }, { web: 'node web.js\u2028--trace' }, 'Procfile'],
    [{ serverJs: true }, {}, { web: 'node server.js' }, 'server.js found'],
    [{}, {}, {}, undefined],
  ])('files %j pkg %j → %j', (files, pkg, processTypes, source) => {
    const p = plan(pkg, { files });
    expect(p.processTypes).toEqual(processTypes);
    expect(p.processSource).toBe(source);
    expect(p.warnings.some((w) => w.id === 'nodejs/no-web-process')).toBe(source === undefined);
  });
  it.each<[object, boolean, string]>([
    [{ main: 'app.js' }, true, 'Add "scripts": {"start": "node app.js"} to package.json'],
    [{ main: './src/server.cjs' }, true, '"start": "node src/server.cjs"'],
    [{ main: 'app.js' }, false, '"start": "node <your server file>"'],
    [{ main: 'index.ts' }, true, '"start": "node <your server file>"} to package.json (or a Procfile with `web: <command>`). package.json main is index.ts, TypeScript: compile it in a build script (tsc) and start the compiled .js file.'],
    [{ main: 'index.ts' }, false, '(or a Procfile with `web: <command>`).'],
    [{}, false, '"start": "node <your server file>"'],
    [{ main: 'a b.js' }, true, '"start": "node <your server file>"'],
    [{ main: 'index.ts', scripts: { 'start:dev': 'ts-node index.ts', 'start:prod': 'node dist/main.js' } }, false,
      'package.json has a start:prod script (node dist/main.js): to start the app with it, add "start": "node dist/main.js" to its scripts (or a Procfile with `web: npm run start:prod`).'],
    [{ main: 'app.js', scripts: { serve: 'node dist/server.js', 'start-production': 'node dist/prod.js' } }, true, 'package.json has a start-production script'],
    [{ main: 'app.js', scripts: { serve: 'node dist/server.js' } }, true, 'package.json has a serve script (node dist/server.js)'],
    [{ scripts: { 'start:dev': 'nodemon x', 'start:watch': 'x', dev: 'vite', 'prestart:prod': 'rimraf dist' } }, false, '"start": "node <your server file>"'],
    [{ scripts: { 'prod:build': 'x', 'prod:startserver': 'node build/server.js' } }, false, 'package.json has a prod:startserver script (node build/server.js)'],
    [{ scripts: { start: '', 'start:prod': 'node dist/main.js' } }, false, 'package.json has a start:prod script'],
  ])('the no-web-process hint suggests only what the app has (%j, main is a file: %j)', (pkg, mainIsFile, expected) => {
    const w = plan(pkg, { files: { mainIsFile } }).warnings.find((x) => x.id === 'nodejs/no-web-process');
    expect(w?.message).toContain(expected);
  });
});

describe('errors before anything runs', () => {
  it.each([
    [{ meteor: true }, 'nodejs/meteor-not-supported'],
    [{ packageJson: undefined }, 'nodejs/package-json-missing'],
    [{ lockfiles: { 'yarn.lock': '__metadata:\n' }, yarnrc: 'yarnPath: .yarn/releases/yarn-4.1.1.cjs\n', yarnPathExists: false }, 'nodejs/yarn-path-invalid'],
    [{ lockfiles: { 'yarn.lock': '__metadata:\n' }, yarnrc: 'yarnPath: ../outside.cjs\n' }, 'nodejs/yarn-path-invalid'],
    [{ procfile: 'web node server.js\n' }, 'engine/procfile-invalid'],
  ])('%j → %s', (files, id) => {
    expect(() => plan({}, { files: files as Partial<NodeAppFiles> })).toThrowError(expect.objectContaining({ id }));
  });
  it('npm version requested exactly is resolved into the plan', () => {
    const p = plan({ engines: { npm: '10.9.0' } });
    expect(p.versions).toEqual({ node: '24.18.0', npm: '10.9.0' });
    expect(p.packageManager.source).toBe('engines.npm in package.json (10.9.0)');
  });
});

describe('where Node.js and the registry packages come from (decided by the plan)', () => {
  const dist = 'https://nodejs.org/download/release/v24.18.0/node-v24.18.0-linux-x64.tar.gz';
  it('the distribution tarball of the resolved release and the default registry', () => {
    const p = plan({ engines: { node: '24.x' } });
    expect(p.sources).toEqual({
      binary: { from: 'distribution', version: '24.18.0', url: dist, checksum: p.node.checksum },
      registry: 'https://registry.npmjs.org/',
    });
  });
  it.each([
    ['a release of the version table: its checksum', `https://mirror.example/v24.18.0/node-v24.18.0-linux-x64.tar.gz`, { version: '24.18.0', checksum: 'sha256:783130984963db7ba9cbd01089eaf2c2efb055c7c1693c943174b967b3050cb8' }],
    ['another release: the mirror\'s SHASUMS256.txt', 'https://mirror.example/v99.0.0/node-v99.0.0-linux-x64.tar.gz', { version: '99.0.0', shasums: 'https://mirror.example/v99.0.0/SHASUMS256.txt' }],
  ])('NODE_BINARY_URL, %s', (_what, url, expected) => {
    const p = plan({ engines: { node: '24.x' } }, { vars: { NODE_BINARY_URL: url } });
    expect(p.sources.binary).toEqual({ from: 'NODE_BINARY_URL', url, ...expected });
  });
  it('NODEJS_ORG_MIRROR (config var, else the build environment): the release in the mirror, verified with its SHASUMS256.txt; NODE_BINARY_URL wins', () => {
    const dir = 'https://node-mirror.example/dist/v24.18.0/';
    const mirrored = { from: 'NODEJS_ORG_MIRROR', version: '24.18.0', url: `${dir}node-v24.18.0-linux-x64.tar.gz`, shasums: `${dir}SHASUMS256.txt` };
    expect(plan({ engines: { node: '24.x' } }, { vars: { NODEJS_ORG_MIRROR: 'https://node-mirror.example/dist/' } }).sources.binary).toEqual(mirrored);
    expect(plan({ engines: { node: '24.x' } }, { env: { NODEJS_ORG_MIRROR: 'https://node-mirror.example/dist' } }).sources.binary).toEqual(mirrored);
    const url = 'https://one.example/v24.18.0/node-v24.18.0-linux-x64.tar.gz';
    expect(plan({ engines: { node: '24.x' } }, { vars: { NODE_BINARY_URL: url }, env: { NODEJS_ORG_MIRROR: 'https://node-mirror.example/dist' } }).sources.binary)
      .toMatchObject({ from: 'NODE_BINARY_URL', url });
    expect(() => plan({}, { env: { NODEJS_ORG_MIRROR: 'node-mirror.example' } })).toThrowError(expect.objectContaining({ id: 'nodejs/mirror-url-invalid' }));
  });
  it('NPM_CONFIG_REGISTRY (config var, else the build environment; npm_config_registry too), ending in /', () => {
    expect(plan({}, { vars: { NPM_CONFIG_REGISTRY: 'https://npm.example/r' } }).sources.registry).toBe('https://npm.example/r/');
    expect(plan({}, { env: { npm_config_registry: 'https://npm.example/' } }).sources.registry).toBe('https://npm.example/');
  });
  it('a NODE_BINARY_URL that names no release tarball is refused by the plan (bin/plan too)', () => {
    expect(() => plan({}, { vars: { NODE_BINARY_URL: 'https://mirror.example/node.zip' } }))
      .toThrowError(expect.objectContaining({ id: 'nodejs/binary-url-invalid' }));
  });
});

describe('what the install writes and the manager cache folder (decided by the plan)', () => {
  const berry = { lockfiles: { 'yarn.lock': '__metadata:\n' } };
  const pnpm = { lockfiles: { 'pnpm-lock.yaml': true } };
  const yarnPnp = ['.pnp.cjs', '.pnp.loader.mjs', '.yarn/unplugged', '.yarn/install-state.gz'];
  it.each([
    ['npm', {}, {}, [], 'yarn-cache'],
    ['pnpm', { packageManager: 'pnpm@9.15.9' }, pnpm, [], 'pnpm-store'],
    ['Yarn 4 PnP: its cache folder is part of the install', { packageManager: 'yarn@4.18.1' }, berry, [...yarnPnp, '.yarn/cache'], 'yarn-cache'],
    ['Yarn 4 PnP, zero-install: the committed cache is not', { packageManager: 'yarn@4.18.1' }, { ...berry, yarnCacheCommitted: true }, yarnPnp, 'yarn-cache'],
  ] as const)('%s', (_n, pkg, files, root, folder) => {
    const p = plan(pkg, { files: files as Partial<NodeAppFiles> });
    expect(p.installOutputs).toEqual({ eachPackage: ['node_modules'], root });
    expect(p.managerCacheFolder).toBe(folder);
  });
  it('installOutputList: each package\'s outputs (root first, then members), then the root-only ones', () => {
    expect(installOutputList({ eachPackage: ['node_modules'], root: ['.pnp.cjs'] }, ['apps/web', 'packages/a']))
      .toEqual(['node_modules', 'apps/web/node_modules', 'packages/a/node_modules', '.pnp.cjs']);
  });
});

describe('Yarn and pnpm', () => {
  const yarn1 = { lockfiles: { 'yarn.lock': '# yarn lockfile v1\n' } };
  const berry = { lockfiles: { 'yarn.lock': '# generated\n\n__metadata:\n  version: 8\n' } };
  const pnpm = { lockfiles: { 'pnpm-lock.yaml': true } };

  it.each([
    ['Yarn 1, default 1.22.x', {}, yarn1, {}, { name: 'yarn', version: '1.22.22' },
      ['yarn', 'install', '--frozen-lockfile', '--ignore-engines', '--prefer-offline', '--production=false'],
      { command: ['yarn', 'install', '--frozen-lockfile', '--ignore-engines', '--prefer-offline', '--production=true'] }, []],
    ['Yarn 1 with YARN_PRODUCTION', { engines: { yarn: '1.22.19' } }, yarn1, { YARN_PRODUCTION: 'true' }, { version: '1.22.19' },
      ['yarn', 'install', '--frozen-lockfile', '--ignore-engines', '--prefer-offline'],
      { skipped: 'YARN_PRODUCTION=true: the install already decided about devDependencies' }, []],
    ['Yarn 4 from packageManager', { packageManager: 'yarn@4.18.1' }, berry, {}, { name: 'yarn', berry: true, version: '4.18.1' },
      ['yarn', 'install', '--immutable'], { command: ['yarn', 'workspaces', 'focus', '--all', '--production'], yarnCache: { folder: '.yarn/cache', keep: 'pnp-map' } }, []],
    ['Yarn 4 unpinned warns', {}, berry, { YARN2_SKIP_PRUNING: 'true' }, { berry: true, version: '4.18.1' },
      ['yarn', 'install', '--immutable'], { skipped: 'YARN2_SKIP_PRUNING=true: devDependencies are kept' }, ['nodejs/unpinned-package-manager']],
    ['pnpm pinned', { packageManager: 'pnpm@9.15.9' }, pnpm, {}, { name: 'pnpm', version: '9.15.9' },
      ['pnpm', 'install', '--frozen-lockfile', '--prod=false'], { command: ['pnpm', 'prune', '--prod', '--ignore-scripts'] }, []],
    // Unpinned: pnpm 12, which installs devDependencies whatever NODE_ENV says (and 12.0.0 rejects --prod=false).
    ['pnpm unpinned warns, PNPM_SKIP_PRUNING', {}, pnpm, { PNPM_SKIP_PRUNING: 'true' }, { name: 'pnpm' },
      ['pnpm', 'install', '--frozen-lockfile'], { skipped: 'PNPM_SKIP_PRUNING=true: devDependencies are kept' }, ['nodejs/unpinned-package-manager']],
  ])('%s', (_n, pkg, files, vars, pm, install, prune, warnings) => {
    const p = plan({ ...pkg, scripts: { build: 'x', start: 'node .' } }, { files: files as Partial<NodeAppFiles>, vars });
    expect(p.packageManager).toMatchObject(pm);
    expect(p.install.command).toEqual(install);
    expect(p.prune).toEqual(prune);
    expect(p.hooks[0]!.command).toEqual([p.packageManager.name, 'run', 'build']);
    expect(p.warnings.map((w) => w.id)).toEqual(warnings);
    expect(p.versions[p.packageManager.name as 'yarn' | 'pnpm']).toBe(p.packageManager.version);
  });

  it('a vendored yarnPath is used instead of installing Yarn', () => {
    const p = plan({}, { files: { ...berry, yarnrc: 'yarnPath: ".yarn/releases/yarn-4.1.1.cjs"\n', yarnPathExists: true } as Partial<NodeAppFiles> });
    expect(p.packageManager).toMatchObject({ yarnPath: '.yarn/releases/yarn-4.1.1.cjs', source: 'yarnPath in .yarnrc.yml (.yarn/releases/yarn-4.1.1.cjs)' });
    expect(p.packageManager.install).toBeUndefined();
  });

  it('a committed .yarn/cache is zero-install', () => {
    expect(plan({}, { files: { ...berry, yarnCacheCommitted: true } as Partial<NodeAppFiles> }).packageManager.zeroInstall).toBe(true);
  });

  it.each([
    ['no .yarnrc.yml: PnP is Yarn 2+\'s default', undefined, {}, { cacheFolder: { value: '.yarn/cache', source: 'default' }, ignorePatterns: ['.scalingo/**'] }],
    ['nodeLinker: node-modules', 'nodeLinker: node-modules\n', {}, undefined],
    ['nodeLinker: pnpm', 'nodeLinker: "pnpm"\n', {}, undefined],
    ['YARN_NODE_LINKER wins over the file', 'nodeLinker: pnp\n', { YARN_NODE_LINKER: 'node-modules' }, undefined],
    ['cacheFolder in the app', 'nodeLinker: pnp\ncacheFolder: ./deps/cache/ # zips\n', {}, { cacheFolder: { value: 'deps/cache', source: 'cacheFolder in .yarnrc.yml' }, ignorePatterns: ['.scalingo/**'] }],
    ['cacheFolder outside the app', 'cacheFolder: /var/cache/yarn\n', {}, { cacheFolder: { value: '.yarn/cache', source: 'default (cacheFolder /var/cache/yarn is outside the app)' }, ignorePatterns: ['.scalingo/**'] }],
    ['the app\'s pnpIgnorePatterns are kept', 'pnpIgnorePatterns:\n  - "scripts/**"\n  - tools/*.js\nnodeLinker: pnp\n', {}, { cacheFolder: { value: '.yarn/cache', source: 'default' }, ignorePatterns: ['.scalingo/**', 'scripts/**', 'tools/*.js'] }],
    ['flow-style pnpIgnorePatterns', 'pnpIgnorePatterns: ["a/**", \'b/**\']\n', {}, { cacheFolder: { value: '.yarn/cache', source: 'default' }, ignorePatterns: ['.scalingo/**', 'a/**', 'b/**'] }],
  ] as const)('Plug\'n\'Play: %s', (_label, yarnrc, vars, pnp) => {
    const p = plan({}, { files: { ...berry, ...(yarnrc === undefined ? {} : { yarnrc }) } as Partial<NodeAppFiles>, vars });
    const got = p.packageManager.pnp;
    expect(got && { ...got, cacheFolder: said(got.cacheFolder) }).toEqual(pnp);
  });

  it('Yarn 1 and pnpm never plan PnP', () => {
    expect(plan({}, { files: yarn1 as Partial<NodeAppFiles> }).packageManager.pnp).toBeUndefined();
  });

  it.each([
    // Yarn 2/3 have `workspaces focus` only with the workspace-tools plugin: no plugin, no prune (warned).
    ['Yarn 2 without the plugin', { packageManager: 'yarn@2.4.2' }, undefined, { skipped: expect.stringContaining('Yarn 2.4.2 has no `yarn workspaces focus`') }, ['nodejs/prune-skipped-no-workspace-tools']],
    // Yarn 3: the plugin's command is loaded from its npm package for the prune.
    ['Yarn 3 without the plugin', { packageManager: 'yarn@3.8.7' }, undefined,
      { command: ['yarn', 'workspaces', 'focus', '--all', '--production'], plugin: { name: '@yarnpkg/plugin-workspace-tools', version: '3.1.4' }, yarnCache: { folder: '.yarn/cache', keep: 'pnp-map' } }, []],
    ['Yarn 3 importing the plugin', { packageManager: 'yarn@3.8.7' }, 'plugins:\n  - path: .yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs\n    spec: "@yarnpkg/plugin-workspace-tools"\n',
      { command: ['yarn', 'workspaces', 'focus', '--all', '--production'], yarnCache: { folder: '.yarn/cache', keep: 'pnp-map' } }, []],
    ['Yarn 4 has it built in', { packageManager: 'yarn@4.0.0' }, undefined, { command: ['yarn', 'workspaces', 'focus', '--all', '--production'], yarnCache: { folder: '.yarn/cache', keep: 'pnp-map' } }, []],
  ])('%s', (_n, pkg, yarnrc, prune, warnings) => {
    const p = plan({ ...pkg, scripts: { start: 'node .' } }, { files: { ...berry, ...(yarnrc ? { yarnrc } : {}) } as Partial<NodeAppFiles> });
    expect(p.prune).toEqual(prune);
    expect(p.warnings.map((w) => w.id)).toEqual(warnings);
    if (warnings.length) expect(p.warnings[0]!.message).toContain('yarn plugin import workspace-tools');
  });

  it('a vendored Yarn (unknown release) without the plugin in .yarnrc.yml: compile asks the release', () => {
    const p = plan({}, { files: { ...berry, yarnrc: 'yarnPath: .yarn/releases/yarn-2.1.1.cjs\n', yarnPathExists: true } as Partial<NodeAppFiles> });
    expect(p.prune).toEqual({ command: ['yarn', 'workspaces', 'focus', '--all', '--production'], needs: 'workspace-tools', yarnCache: { folder: '.yarn/cache', keep: 'pnp-map' } });
  });

  it.each([
    ['7.33.7', ['pnpm', 'prune', '--prod']],
    ['8.15.5', ['pnpm', 'prune', '--prod']],
    ['8.15.6', ['pnpm', 'prune', '--prod', '--ignore-scripts']],
    ['12.21.0', ['pnpm', 'prune', '--prod', '--ignore-scripts']],
  ])('pnpm %s prunes with %j', (version, command) => {
    const p = plan({ packageManager: `pnpm@${version}`, engines: { node: '20.x' }, scripts: { start: 'node .' } }, { files: pnpm as Partial<NodeAppFiles> });
    expect(p.prune).toEqual({ command });
  });

  it('a pnpm workspace is pruned by reinstalling every project without devDependencies (prune would empty the members)', () => {
    const files = { ...pnpm, pnpmWorkspace: "packages:\n  - 'packages/*'\n" } as Partial<NodeAppFiles>;
    expect(plan({ packageManager: 'pnpm@9.15.9', scripts: { start: 'node .' } }, { files }).prune).toEqual({ command: ['pnpm', 'install', '--prod', '--frozen-lockfile'] });
    // A settings-only pnpm-workspace.yaml (pnpm >= 10.5) is no workspace.
    expect(plan({ packageManager: 'pnpm@10.34.9', scripts: { start: 'node .' } }, { files: { ...pnpm, pnpmWorkspace: 'onlyBuiltDependencies: []\n' } as Partial<NodeAppFiles> }).prune)
      .toEqual({ command: ['pnpm', 'prune', '--prod', '--ignore-scripts'] });
    const withScript = plan({ packageManager: 'pnpm@9.15.9', scripts: { start: 'node .', postinstall: 'node x.js' } }, { files });
    expect(withScript.prune).toEqual({ skipped: expect.stringContaining('pnpm reinstalls a workspace to prune it') });
  });

  it('a pnpm workspace member with an install script: the reinstall would run it again without devDependencies, so the prune is skipped with a warning', () => {
    const files = {
      ...pnpm, pnpmWorkspace: "packages:\n  - 'packages/*'\n",
      memberManifests: {
        'packages/lib': JSON.stringify({ name: 'lib', scripts: { prepare: 'tsc' } }),
        'packages/web': JSON.stringify({ name: 'web', scripts: { build: 'vite build' } }),
        // Not a member (outside the globs): its scripts never run.
        'examples/demo': JSON.stringify({ name: 'demo', scripts: { postinstall: 'x' } }),
      },
    } as Partial<NodeAppFiles>;
    const p = plan({ packageManager: 'pnpm@9.15.9', scripts: { start: 'node .' } }, { files });
    expect(p.prune).toEqual({ skipped: 'pnpm reinstalls a workspace to prune it, which would run the prepare of packages/lib script again: devDependencies are kept' });
    expect(p.warnings.find((w) => w.id === 'nodejs/prune-skipped-lifecycle-scripts')?.message).toContain('prepare of packages/lib');
    const noScript = { ...files, memberManifests: { 'packages/web': JSON.stringify({ name: 'web' }), 'examples/demo': JSON.stringify({ scripts: { postinstall: 'x' } }) } } as Partial<NodeAppFiles>;
    expect(plan({ packageManager: 'pnpm@9.15.9', scripts: { start: 'node .' } }, { files: noScript }).prune).toEqual({ command: ['pnpm', 'install', '--prod', '--frozen-lockfile'] });
  });

  it('pnpm before 8.15.6 with install scripts: prune would run them again, so it is skipped with a warning', () => {
    const p = plan({ packageManager: 'pnpm@8.6.0', engines: { node: '20.x' }, scripts: { start: 'node .', postinstall: 'node x.js' } }, { files: pnpm as Partial<NodeAppFiles> });
    expect(p.prune).toEqual({ skipped: expect.stringContaining('would run the postinstall script again') });
    expect(p.warnings.map((w) => w.id)).toContain('nodejs/prune-skipped-lifecycle-scripts');
  });

  it('unpinned pnpm is the newest release that runs on the app\'s Node.js', () => {
    // pnpm 11 requires Node.js >= 22.13; pnpm 12 (a native binary) >= 18.
    expect(plan({ engines: { node: '20.x' } }, { files: pnpm as Partial<NodeAppFiles> }).packageManager.version).toMatch(/^12\./);
    expect(plan({ engines: { node: '16.x' } }, { files: pnpm as Partial<NodeAppFiles> }).packageManager.version).toMatch(/^8\./);
  });

  it('a range takes its newest release that runs on the app\'s Node.js', () => {
    expect(plan({ engines: { node: '16.x', pnpm: '>=7' } }, { files: pnpm as Partial<NodeAppFiles> }).packageManager.version).toMatch(/^8\./);
    expect(plan({ engines: { node: '20.x', pnpm: '11 || 10' } }, { files: pnpm as Partial<NodeAppFiles> }).packageManager.version).toMatch(/^10\./);
  });

  it('a pinned release that needs a newer Node.js stops, naming both', () => {
    expect(() => plan({ packageManager: 'pnpm@11.0.0', engines: { node: '20.x' } }, { files: pnpm as Partial<NodeAppFiles> }))
      .toThrowError(expect.objectContaining({ id: 'nodejs/manager-needs-newer-node', title: expect.stringMatching(/^pnpm@11\.0\.0 does not run on Node\.js 20\./) }));
    expect(() => plan({ packageManager: 'yarn@4.0.0', engines: { node: '16.x' } }, { files: berry as Partial<NodeAppFiles> }))
      .toThrowError(expect.objectContaining({ id: 'nodejs/manager-needs-newer-node', body: expect.stringContaining('requires Node.js >=18.12.0') }));
  });

  it('Yarn 2+ requested for a Yarn 1 lockfile says to convert it', () => {
    expect(() => plan({ engines: { yarn: '4.x' } }, { files: yarn1 as Partial<NodeAppFiles> })).toThrowError(expect.objectContaining({ id: 'nodejs/yarn-lockfile-format' }));
  });
});

describe('diagnoses the upstream buildpack gives (warnings)', () => {
  const ids = (p: ReturnType<typeof plan>) => p.warnings.map((w) => w.id);
  const yarn1 = { lockfiles: { 'yarn.lock': '# yarn lockfile v1\n' } };
  const berry = { lockfiles: { 'yarn.lock': '__metadata:\n  version: 8\n' } };

  it('a known-broken release (data/node-policy.json brokenReleases) is warned, with the fix', () => {
    const p = plan({ engines: { node: '22.5.0' } });
    expect(p.warnings.find((w) => w.id === 'nodejs/known-broken-release')?.message).toMatch(/22\.5\.0 .*22\.5\.1/s);
    expect(ids(plan({ engines: { node: '22.5.1' } }))).not.toContain('nodejs/known-broken-release');
  });

  it('YARN_PRODUCTION with Yarn 2+ points at YARN2_SKIP_PRUNING; with Yarn 1 it is honoured silently', () => {
    const p = plan({ packageManager: 'yarn@4.5.0' }, { files: berry, vars: { YARN_PRODUCTION: 'false' } });
    expect(p.warnings.find((w) => w.id === 'nodejs/yarn-production-ignored')?.message).toContain('YARN2_SKIP_PRUNING=true');
    expect(ids(plan({}, { files: yarn1, vars: { YARN_PRODUCTION: 'false' } }))).not.toContain('nodejs/yarn-production-ignored');
  });

  it.each<[string, Partial<NodeAppFiles>, string[], RegExp | undefined]>([
    ['Yarn 2+ with .npmrc', berry, ['.npmrc'], /^\.npmrc is not read by Yarn 2\+, which installs this app: it takes its settings from \.yarnrc\.yml \(and YARN_\* config vars\) only, so what it sets/],
    ['Yarn 2+ with .npmrc and .yarnrc', berry, ['.npmrc', '.yarnrc', '.yarnrc.yml'], /^\.npmrc and \.yarnrc are not read by Yarn 2\+[^\n]*what they set[^\n]*\nMove those settings to \.yarnrc\.yml \(a registry is npmRegistryServer/],
    ['Yarn 2+ with .yarnrc.yml only', berry, ['.yarnrc.yml'], undefined],
    ['Yarn 1 with .npmrc and .yarnrc (it reads both)', yarn1, ['.npmrc', '.yarnrc'], undefined],
    ['npm with .yarnrc', {}, ['.yarnrc', '.npmrc'], undefined],
    ['pnpm with .npmrc (it reads it)', { lockfiles: { 'pnpm-lock.yaml': true } }, ['.npmrc'], undefined],
  ])('config files the installing manager does not read: %s', (_name, files, configFiles, message) => {
    const p = plan({}, { files: { ...files, configFiles } });
    const w = p.warnings.find((x) => x.id === 'nodejs/config-file-not-read');
    if (message === undefined) expect(w).toBeUndefined();
    else expect(w?.message).toMatch(message);
  });

  it('YARN_PRODUCTION with Yarn 2+ is withheld from the build env, as the warning says; Yarn 1 gets it', () => {
    expect(plan({ packageManager: 'yarn@2.4.2' }, { files: berry, vars: { YARN_PRODUCTION: 'false' } }).withheldEnv)
      .toEqual([{ name: 'YARN_PRODUCTION', why: expect.stringContaining('unknown to Yarn 2+') }]);
    expect(plan({ packageManager: 'yarn@4.5.0' }, { files: berry }).withheldEnv).toBeUndefined();
    expect(plan({}, { files: yarn1, vars: { YARN_PRODUCTION: 'false' } }).withheldEnv).toBeUndefined();
  });

  it('packageManager next to a vendored yarnPath release: the vendored one runs, and the build says so', () => {
    const files = { ...berry, yarnrc: 'yarnPath: .yarn/releases/yarn-3.8.7.cjs\n', yarnPathExists: true };
    const p = plan({ packageManager: 'yarn@4.5.0' }, { files });
    expect(p.packageManager.yarnPath).toBe('.yarn/releases/yarn-3.8.7.cjs');
    expect(p.warnings.find((w) => w.id === 'nodejs/package-manager-ignored-for-yarn-path')?.message).toContain('yarn@4.5.0');
    expect(ids(plan({}, { files }))).not.toContain('nodejs/package-manager-ignored-for-yarn-path');
    expect(p.warnings.find((w) => w.id === 'nodejs/package-manager-ignored-for-yarn-path')?.message).toContain('which is Yarn 3.8.7');
  });

  it.each<[string, string, string, boolean, string | undefined]>([
    ['they agree (what `yarn set version 3.1.1` writes)', 'yarn@3.1.1', '.yarn/releases/yarn-3.1.1.cjs', false, undefined],
    ['they agree, a release candidate', 'yarn@4.0.0-rc.53', '.yarn/releases/yarn-4.0.0-rc.53.cjs', false, undefined],
    ['the file name says another release', 'yarn@3.1.1', '.yarn/releases/yarn-3.2.0.cjs', true, undefined],
    ['the file name says no release: compared once it runs', 'yarn@3.1.1', '.yarn/releases/yarn-berry.cjs', false, '3.1.1'],
  ])('packageManager and yarnPath: %s', (_name, packageManager, yarnPath, warned, pin) => {
    const p = plan({ packageManager }, { files: { ...berry, yarnrc: `yarnPath: ${yarnPath}\n`, yarnPathExists: true } });
    expect(ids(p).includes('nodejs/package-manager-ignored-for-yarn-path')).toBe(warned);
    expect(p.packageManager.yarnPathPin).toBe(pin);
  });

  it.each<[string, string | undefined]>([
    ['.yarn/releases/yarn-3.1.1.cjs', '3.1.1'],
    ['.yarn/releases/yarn-2.4.2.js', '2.4.2'],
    ['.yarn/releases/yarn-4.0.0-rc.53.cjs', '4.0.0-rc.53'],
    ['yarn-1.22.19.js', '1.22.19'],
    ['.yarn/releases/yarn-berry.cjs', undefined],
    ['.yarn/releases/yarn-3.1.1.cjs.bak', undefined],
    ['.yarn/releases/my-yarn-3.1.1.cjs', undefined],
  ])('yarnPathRelease(%j) = %j', (yarnPath, release) => {
    expect(yarnPathRelease(yarnPath)).toBe(release);
  });

  it('YARN_BINARY_URL is said to be unsupported (config var or build environment)', () => {
    expect(ids(plan({}, { vars: { YARN_BINARY_URL: 'https://x/yarn.tgz' } }))).toContain('nodejs/yarn-binary-url-unsupported');
    expect(ids(plan({}, { env: { YARN_BINARY_URL: 'https://x/yarn.tgz' } }))).toContain('nodejs/yarn-binary-url-unsupported');
    expect(ids(plan({}))).not.toContain('nodejs/yarn-binary-url-unsupported');
  });

  it('a user NPM_CONFIG_CACHE is used, and the build says the build cache does not keep it', () => {
    expect(plan({}, { vars: { NPM_CONFIG_CACHE: '/tmp/mine' } }).warnings.find((w) => w.id === 'nodejs/npm-cache-set')?.message).toContain('/tmp/mine');
  });

  it('engines.yarn without yarn.lock: npm installs, that Yarn is installed as a tool, and the warning says so', () => {
    const p = plan({ engines: { yarn: '1.22.x' } });
    expect(p.packageManager.name).toBe('npm');
    expect(p.tools?.map((t) => [t.name, t.pkg, t.version.split('.')[0]])).toEqual([['yarn', 'yarn', '1']]);
    expect(ids(p)).toContain('nodejs/yarn-without-lockfile');
    expect(ids(p)).not.toContain('nodejs/declared-manager-ignored');
    expect(plan({ engines: { yarn: '4.x' } }).tools?.[0]?.pkg).toBe('@yarnpkg/cli-dist');
    expect(plan({}).tools).toBeUndefined();
  });
});

describe('start needs a devDependency the prune removes', () => {
  const hint = (pkg: object, opts: Parameters<typeof plan>[1] = {}) =>
    plan(pkg, opts).warnings.filter((w) => w.id === 'nodejs/start-needs-dev-dependency').map((w) => w.message.split('\n')[0]);

  it.each([
    ['nest start, @nestjs/cli in devDependencies', { scripts: { start: 'nest start' }, devDependencies: { '@nestjs/cli': '^11' } }, '`nest`, which comes from @nestjs/cli'],
    ['env and npx in front', { scripts: { start: 'NODE_ENV=production npx ts-node src/main.ts' }, devDependencies: { 'ts-node': '^10' } }, '`ts-node`, which comes from ts-node'],
    ['cross-env itself', { scripts: { start: 'cross-env PORT=1 node server.js' }, devDependencies: { 'cross-env': '^7' } }, '`cross-env`, which comes from cross-env'],
    ['the second command of a chain', { scripts: { start: 'node migrate.js && next start' }, devDependencies: { next: '^15' } }, '`next`, which comes from next'],
  ])('%s', (_label, pkg, expected) => {
    const found = hint(pkg);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it.each([
    ['in dependencies', { scripts: { start: 'nest start' }, dependencies: { '@nestjs/cli': '^11' } }, {}],
    ['plain node', { scripts: { start: 'node dist/main.js' }, devDependencies: { '@nestjs/cli': '^11' } }, {}],
    ['no pruning (NODE_ENV)', { scripts: { start: 'nest start' }, devDependencies: { '@nestjs/cli': '^11' } }, { NODE_ENV: 'development' }],
    ['no pruning (NPM_CONFIG_PRODUCTION)', { scripts: { start: 'nest start' }, devDependencies: { '@nestjs/cli': '^11' } }, { NPM_CONFIG_PRODUCTION: 'false' }],
  ])('no hint: %s', (_label, pkg, vars) => {
    expect(hint(pkg, { vars })).toEqual([]);
  });

  it('a Procfile web command is checked too', () => {
    const found = hint({ devDependencies: { nodemon: '^3' } }, { files: { procfile: 'web: nodemon server.js\n' } });
    expect(found[0]).toContain('(Procfile: nodemon server.js) runs `nodemon`');
  });
});

describe('Heroku hook names (heroku-prebuild, heroku-postbuild, heroku-cleanup)', () => {
  const herokuWarnings = (p: ReturnType<typeof plan>) => p.warnings.filter((w) => w.id === 'nodejs/heroku-script-not-run').map((w) => w.message);

  it.each<[string, Record<string, string>, Partial<NodeAppFiles>, string[]]>([
    ['heroku-postbuild alone', { 'heroku-postbuild': 'ng build' }, {},
      ["package.json has a heroku-postbuild script, which is Heroku's name: this build runs scalingo-postbuild after the install, instead of the build script, and no heroku-postbuild.\n" +
        'Rename heroku-postbuild to scalingo-postbuild in package.json to run it (or add "scalingo-postbuild": "npm run heroku-postbuild" to keep both).']],
    ['heroku-postbuild beside build', { 'heroku-postbuild': 'a', build: 'b' }, {}, [expect.stringContaining('and no heroku-postbuild (so the build script runs now).')]],
    ['all three, Yarn', { 'heroku-prebuild': 'a', 'heroku-postbuild': 'b', 'heroku-cleanup': 'c' }, { lockfiles: { 'yarn.lock': '# yarn lockfile v1\n' } }, [
      expect.stringMatching(/^package\.json has a heroku-prebuild script[^\n]*runs scalingo-prebuild before the dependencies are installed, and no heroku-prebuild\.\n.*"scalingo-prebuild": "yarn run heroku-prebuild"/s),
      expect.stringContaining('heroku-postbuild'),
      expect.stringMatching(/heroku-cleanup script[^\n]*runs scalingo-cleanup after devDependencies are pruned, and no heroku-cleanup\./),
    ]],
    ['with its scalingo twin: no warning', { 'heroku-postbuild': 'a', 'scalingo-postbuild': 'a' }, {}, []],
    ['none', { build: 'b' }, {}, []],
  ])('%s', (_name, scripts, files, expected) => {
    expect(herokuWarnings(plan({ scripts }, { files }))).toEqual(expected);
  });

  it('is not run, and the log says why', () => {
    const p = plan({ scripts: { 'heroku-postbuild': 'ng build' } });
    expect(p.hooks).toEqual([]);
    expect(p.skippedHooks).toEqual([{ name: 'heroku-postbuild', why: "it is Heroku's name for scalingo-postbuild, which this build runs (see the warning)" }]);
  });
});

describe('Yarn 2+ prune: the cache zips the slug keeps', () => {
  const berry = { lockfiles: { 'yarn.lock': '__metadata:\n  version: 8\n' } };
  it.each<[string, Partial<NodeAppFiles>, Record<string, string>, object | undefined]>([
    ["Plug'n'Play: the project cache, by the pruned map", { ...berry, yarnrc: 'nodeLinker: pnp\n' }, {}, { folder: '.yarn/cache', keep: 'pnp-map' }],
    ["Plug'n'Play with a cacheFolder of its own", { ...berry, yarnrc: 'cacheFolder: deps/zips\n' }, {}, { folder: 'deps/zips', keep: 'pnp-map' }],
    ["Plug'n'Play zero-install", { ...berry, yarnCacheCommitted: true }, {}, { folder: '.yarn/cache', keep: 'pnp-map' }],
    ['node-modules linker, zero-install: every zip', { ...berry, yarnrc: 'nodeLinker: node-modules\n', yarnCacheCommitted: true }, {}, { folder: '.yarn/cache', keep: 'none' }],
    ['node-modules linker, the cache in CACHE_DIR: nothing in the app', { ...berry, yarnrc: 'nodeLinker: node-modules\n' }, {}, undefined],
    ['no prune (YARN2_SKIP_PRUNING): the zips are the devDependencies kept', { ...berry, yarnrc: 'nodeLinker: pnp\n' }, { YARN2_SKIP_PRUNING: 'true' }, undefined],
  ])('%s', (_name, files, vars, yarnCache) => {
    const p = plan({ packageManager: 'yarn@4.5.0' }, { files, vars });
    expect('yarnCache' in p.prune ? p.prune.yarnCache : undefined).toEqual(yarnCache);
  });
  it('npm, Yarn 1 and pnpm have no such step', () => {
    const each: Array<Record<string, string | true>> = [{ 'package-lock.json': true }, { 'yarn.lock': '# yarn lockfile v1\n' }, { 'pnpm-lock.yaml': true }];
    for (const lockfiles of each) {
      expect(plan({}, { files: { lockfiles } }).prune).not.toHaveProperty('yarnCache');
    }
  });
});

describe('knobs from the platform\'s environment are read like config vars, everywhere', () => {
  const yarn1 = { lockfiles: { 'yarn.lock': '# yarn lockfile v1\n' } } as Partial<NodeAppFiles>;
  const pnpmFiles = { lockfiles: { 'pnpm-lock.yaml': true } } as Partial<NodeAppFiles>;
  const berryFiles = { lockfiles: { 'yarn.lock': '__metadata:\n  version: 8\n' } } as Partial<NodeAppFiles>;
  it.each([
    ['NPM_CONFIG_PRODUCTION=true', {}, { NPM_CONFIG_PRODUCTION: 'true' }, ['npm', 'ci'], { skipped: 'NPM_CONFIG_PRODUCTION=true: devDependencies were not installed' }],
    ['NPM_CONFIG_PRODUCTION=false', {}, { NPM_CONFIG_PRODUCTION: 'false' }, ['npm', 'ci'], { skipped: 'NPM_CONFIG_PRODUCTION=false: devDependencies are kept' }],
    ['YARN_PRODUCTION=false (Yarn 1)', yarn1, { YARN_PRODUCTION: 'false' }, ['yarn', 'install', '--frozen-lockfile', '--ignore-engines', '--prefer-offline'],
      { skipped: 'YARN_PRODUCTION=false: the install already decided about devDependencies' }],
    ['PNPM_SKIP_PRUNING=true', pnpmFiles, { PNPM_SKIP_PRUNING: 'true' }, undefined, { skipped: 'PNPM_SKIP_PRUNING=true: devDependencies are kept' }],
    ['YARN2_SKIP_PRUNING=true', berryFiles, { YARN2_SKIP_PRUNING: 'true' }, undefined, { skipped: 'YARN2_SKIP_PRUNING=true: devDependencies are kept' }],
    ['NODE_ENV=staging', {}, { NODE_ENV: 'staging' }, undefined, { skipped: 'NODE_ENV=staging: devDependencies are kept' }],
  ])('%s in the platform env decides the install and the prune', (_name, files, env, install, prune) => {
    const p = plan({ packageManager: files === pnpmFiles ? 'pnpm@9.15.9' : undefined, scripts: { start: 'node .' } }, { files, env });
    if (install) expect(p.install.command).toEqual(install);
    expect(p.prune).toEqual(prune);
  });

  it('a platform YARN_PRODUCTION reaches Yarn 1 (the build does not pass the platform env on); NODE_ENV says where it came from', () => {
    expect(plan({}, { files: yarn1, env: { YARN_PRODUCTION: 'true' } }).buildEnv.YARN_PRODUCTION).toEqual({ value: 'true', source: { kind: 'platform-env', name: 'YARN_PRODUCTION' } });
    expect(plan({}, { files: yarn1, vars: { YARN_PRODUCTION: 'true' } }).buildEnv.YARN_PRODUCTION).toBeUndefined(); // a config var reaches it anyway
    expect(plan({}, { env: { NODE_ENV: 'staging' } }).buildEnv.NODE_ENV).toEqual({ value: 'staging', source: { kind: 'platform-env', name: 'NODE_ENV' } });
    expect(plan({}, { vars: { NODE_ENV: 'test' }, env: { NODE_ENV: 'staging' } }).buildEnv.NODE_ENV?.value).toBe('test');
  });
});

describe('cacheDirectories and the package manager', () => {
  const pnpmFiles = { lockfiles: { 'pnpm-lock.yaml': true } } as Partial<NodeAppFiles>;
  it('pnpm: node_modules (and a member\'s) is not kept, said why; the other entries are', () => {
    const p = plan({ packageManager: 'pnpm@9.15.9', cacheDirectories: ['node_modules', 'packages/web/node_modules', '.cache/x'] }, { files: pnpmFiles });
    expect(p.cacheDirectories.map((d) => d.value)).toEqual(['.cache/x']);
    expect(p.skippedCacheDirectories?.map((d) => d.path)).toEqual(['node_modules', 'packages/web/node_modules']);
    expect(p.skippedCacheDirectories?.[0]?.why).toContain("pnpm's node_modules is links into its store");
  });

  it('npm and Yarn keep node_modules when the app lists it', () => {
    expect(plan({ cacheDirectories: ['node_modules'] }).cacheDirectories.map((d) => d.value)).toEqual(['node_modules']);
    expect(plan({ cacheDirectories: ['node_modules'] }).skippedCacheDirectories).toBeUndefined();
  });
});

describe('npm releases whose prune is broken', () => {
  it.each([
    ['Node.js 8.2.1 (bundles npm 5.3.0)', { node: '8.2.1' }, 'npm 5.3.0 fails on `npm prune` (https://github.com/npm/npm/issues/17781)'],
    ['engines.npm 5.6.0', { node: '8.x', npm: '5.6.0' }, 'npm 5.6.0 fails on `npm prune` (https://github.com/npm/npm/issues/19356)'],
  ])('%s: the prune is skipped with a warning', (_name, engines, why) => {
    const p = plan({ engines });
    expect(p.prune).toEqual({ skipped: `${why}: devDependencies are kept` });
    expect(p.warnings.map((w) => w.id)).toContain('nodejs/prune-skipped-npm-bug');
  });

  it('npm 5.7.1 prunes', () => {
    expect(plan({ engines: { node: '8.x', npm: '5.7.1' } }).prune).toEqual({ command: ['npm', 'prune', '--production'] });
  });
});
