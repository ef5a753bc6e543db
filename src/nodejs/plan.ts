/**
 * The Node.js build plan: everything compile will do, as a pure value computed from
 * the app's files, the config vars and the embedded tables. `bin/plan` prints it,
 * `bin/compile` logs and executes it (one source of truth).
 */
import * as path from 'node:path';
import semver from 'semver';
import type { Problem } from '../errors/build-error.js';
import type { AppFs } from '../fs/app-fs.js';
import type { ConfigVars, Knobs } from '../env/config-vars.js';
import type { Sourced } from '../env/sourced.js';
import { parseProcfile } from '../release/procfile.js';
import { nodeErrors } from './errors.js';
import { parsePackageJson, type PackageJson } from './package-json.js';
import { determineNodeRequest, resolveNode, type ResolvedNode } from './node-version.js';
import type { NodeTable } from './node-table.js';
import {
  determinePackageManager, resolveManagerPackage, resolveNpmVersion,
  type Lockfiles, type ManagerName, type ManagerPackage, type RequestedManager,
} from './package-manager.js';
import { releaseRules } from './manager-releases.js';

/** The raw facts about an app that planning needs; read once by `readNodeApp`. */
export interface NodeAppFiles {
  readonly packageJson?: string;
  readonly nvmrc?: string;
  readonly nodeVersion?: string;
  readonly lockfiles: Lockfiles;
  readonly procfile?: string;
  readonly serverJs: boolean;
  readonly meteor: boolean;
  readonly yarnrc?: string;
  /** Whether the yarnPath named in .yarnrc.yml exists (undefined: no yarnPath). */
  readonly yarnPathExists?: boolean;
  /** A committed .yarn/cache (Yarn 2+ zero-install). */
  readonly yarnCacheCommitted?: boolean;
  /** pnpm-workspace.yaml, when present. */
  readonly pnpmWorkspace?: string;
}

/** `yarnPath:` in .yarnrc.yml (a flat key; the file is YAML, but this key is a plain scalar). */
export function parseYarnPath(yarnrc: string | undefined): string | undefined {
  const m = yarnrc === undefined ? null : /^yarnPath:\s*["']?([^"'#\r\n]+?)["']?\s*(?:#.*)?$/m.exec(yarnrc);
  return m?.[1];
}

export async function readNodeApp(fs: AppFs): Promise<NodeAppFiles> {
  const [packageJson, nvmrc, nodeVersion, packageLock, shrinkwrap, yarnLock, pnpmLock, procfile, serverJs, meteor, yarnrc, yarnCacheCommitted, pnpmWorkspace] =
    await Promise.all([
      fs.readText('package.json'),
      fs.readText('.nvmrc'),
      fs.readText('.node-version'),
      fs.exists('package-lock.json'),
      fs.exists('npm-shrinkwrap.json'),
      fs.readText('yarn.lock'),
      fs.exists('pnpm-lock.yaml'),
      fs.readText('Procfile'),
      fs.exists('server.js'),
      fs.isDirectory('.meteor'),
      fs.readText('.yarnrc.yml'),
      fs.isDirectory('.yarn/cache'),
      fs.readText('pnpm-workspace.yaml'),
    ]);
  const yarnPath = parseYarnPath(yarnrc);
  const yarnPathExists = yarnPath === undefined || !isInside(yarnPath) ? undefined : await fs.exists(yarnPath);
  return {
    packageJson, nvmrc, nodeVersion, procfile, serverJs, meteor, yarnrc, yarnCacheCommitted,
    ...(pnpmWorkspace === undefined ? {} : { pnpmWorkspace }),
    ...(yarnPathExists === undefined ? {} : { yarnPathExists }),
    lockfiles: { packageLock, shrinkwrap, yarnLock, pnpmLock },
  };
}

export interface Hook {
  readonly name: string;
  readonly phase: 'prebuild' | 'build' | 'cleanup';
  readonly command: readonly string[];
}

/**
 * `needs: 'workspace-tools'`: a vendored Yarn 2+ (yarnPath) of unknown release prunes
 * with `yarn workspaces focus` only if that release has the command (built in from
 * Yarn 4, else the workspace-tools plugin); compile asks the release itself.
 * `plugin`: the command comes from this npm package, loaded for the prune only.
 */
export type PruneStep =
  | {
    readonly command: readonly string[];
    readonly needs?: 'workspace-tools';
    readonly plugin?: { readonly name: string; readonly version: string };
  }
  | { readonly skipped: string };

export interface NodePlan {
  readonly language: 'nodejs';
  readonly stack: string;
  readonly versions: { readonly node: string; readonly npm?: string; readonly yarn?: string; readonly pnpm?: string };
  readonly node: ResolvedNode;
  readonly packageManager: {
    readonly name: ManagerName;
    /** Yarn 2+. */
    readonly berry: boolean;
    readonly version?: string;
    readonly source: string;
    readonly why: string;
    /** Yarn or pnpm, installed from the npm registry into the slug. */
    readonly install?: ManagerPackage;
    /** A vendored Yarn release (.yarnrc.yml yarnPath), used instead of installing one. */
    readonly yarnPath?: string;
    /** Yarn 2+ zero-install: the committed .yarn/cache is the cache. */
    readonly zeroInstall?: boolean;
  };
  readonly install: { readonly command: readonly string[]; readonly why: string };
  readonly prune: PruneStep;
  readonly hooks: readonly Hook[];
  /** Scripts that exist but will not run, with why (for the log). */
  readonly skippedHooks: ReadonlyArray<{ readonly name: string; readonly why: string }>;
  readonly cache: { readonly enabled: true } | { readonly enabled: false; readonly why: string };
  /** Restore the previous install instead of running it when its inputs are unchanged. */
  readonly reuseInstall: { readonly enabled: true } | { readonly enabled: false; readonly why: string };
  readonly cacheDirectories: ReadonlyArray<Sourced<string>>;
  /** Env every build step gets on top of the config vars (values decided here). */
  readonly buildEnv: Readonly<Record<string, Sourced<string>>>;
  readonly processTypes: Readonly<Record<string, string>>;
  readonly processSource?: string;
  readonly warnings: readonly Problem[];
}

export interface PlanContext {
  readonly stack: string;
  readonly table: NodeTable;
  readonly configVars: ConfigVars;
  readonly knobs: Knobs;
}

export function planNodeBuild(files: NodeAppFiles, ctx: PlanContext): NodePlan {
  if (files.meteor) throw nodeErrors.meteorNotSupported();
  if (files.packageJson === undefined) throw nodeErrors.packageJsonMissing();
  const pkg = parsePackageJson(files.packageJson);
  const warnings: Problem[] = [];

  const requested = determineNodeRequest(pkg, { nvmrc: files.nvmrc, nodeVersion: files.nodeVersion }, ctx.table);
  const { node, problems: nodeProblems } = resolveNode(requested, ctx.table, {
    allowWideRange: ctx.knobs.flag('NODEJS_ALLOW_WIDE_RANGE'),
  });
  warnings.push(...nodeProblems);

  const { manager, problems: pmProblems } = determinePackageManager(pkg, files.lockfiles);
  warnings.push(...pmProblems);
  const pm = planManager(manager, files, node.version);
  warnings.push(...pm.problems);
  const npmVersion = manager.name === 'npm' && manager.version ? resolveNpmVersion(manager.version) : undefined;
  const npmMajor = npmVersion ? semver.major(npmVersion) : ctx.table.policy.bundledNpmMajor[String(semver.major(node.version))] ?? 11;

  const nodeEnv = ctx.configVars.NODE_ENV ?? 'production';
  const buildEnv: Record<string, Sourced<string>> = {
    NODE_ENV: ctx.configVars.NODE_ENV !== undefined
      ? { value: ctx.configVars.NODE_ENV, source: 'config var' }
      : { value: 'production', source: 'default' },
    NODE_OPTIONS: ctx.configVars.NODE_OPTIONS !== undefined
      ? { value: ctx.configVars.NODE_OPTIONS, source: 'config var' }
      : { value: '--max-old-space-size=2560', source: 'default for builds' },
  };
  const managerVersion = pm.install?.version;
  const prune = manager.name === 'npm'
    ? { step: planNpmPrune(ctx.configVars, nodeEnv, npmMajor), problems: [] }
    : planManagerPrune(manager, { install: pm.install, yarnrc: files.yarnrc, pnpmWorkspace: files.pnpmWorkspace, pkg }, ctx.configVars, nodeEnv);

  return {
    language: 'nodejs',
    stack: ctx.stack,
    versions: {
      node: node.version,
      ...(npmVersion ? { npm: npmVersion } : {}),
      ...(managerVersion ? { [manager.name]: managerVersion } : {}),
    },
    node,
    packageManager: {
      name: manager.name,
      berry: manager.berry,
      ...(npmVersion ? { version: npmVersion } : managerVersion ? { version: managerVersion } : {}),
      source: pm.install ? pm.install.source : pm.yarnPath ? `yarnPath in .yarnrc.yml (${pm.yarnPath})`
        : manager.version ? `${manager.version.source} (${manager.version.value})` : 'bundled with Node.js',
      why: manager.why,
      ...(pm.install ? { install: pm.install } : {}),
      ...(pm.yarnPath ? { yarnPath: pm.yarnPath } : {}),
      ...(manager.berry && files.yarnCacheCommitted ? { zeroInstall: true } : {}),
    },
    install: manager.name === 'npm' ? planNpmInstall(manager, ctx) : planManagerInstall(manager, pm.install, ctx.configVars),
    prune: prune.step,
    ...planHooks(pkg, ctx.knobs, manager.name),
    ...planCache(pkg, ctx.knobs),
    buildEnv,
    ...planProcessTypes(pkg, files),
    warnings: [...warnings, ...prune.problems, ...processWarning(pkg, files)],
  };
}

/** Yarn/pnpm: which release to install, or the vendored yarnPath. */
function planManager(manager: RequestedManager, files: NodeAppFiles, nodeVersion: string): { install?: ManagerPackage; yarnPath?: string; problems: Problem[] } {
  if (manager.name === 'npm') return { problems: [] };
  const yarnPath = manager.name === 'yarn' && manager.berry ? parseYarnPath(files.yarnrc) : undefined;
  if (yarnPath !== undefined) {
    if (!isInside(yarnPath)) throw nodeErrors.yarnPathInvalid(yarnPath, 'points outside the app');
    if (!files.yarnPathExists) throw nodeErrors.yarnPathInvalid(yarnPath, 'does not exist in the app');
    return { yarnPath: path.posix.normalize(yarnPath), problems: [] };
  }
  const { resolved, problems } = resolveManagerPackage(manager, nodeVersion);
  return { install: resolved, problems };
}

function planManagerInstall(manager: RequestedManager, install: ManagerPackage | undefined, vars: ConfigVars): NodePlan['install'] {
  if (manager.name === 'pnpm') {
    return { command: ['pnpm', ...releaseRules('pnpm', install!.version).install!], why: 'pnpm-lock.yaml found' };
  }
  if (manager.berry) return { command: ['yarn', 'install', '--immutable'], why: 'Berry-format yarn.lock found' };
  const command = ['yarn', 'install', '--frozen-lockfile', '--ignore-engines', '--prefer-offline'];
  if (vars.YARN_PRODUCTION === undefined) command.push('--production=false');
  return { command, why: 'yarn.lock found' };
}

/** Lifecycle scripts pnpm runs again on `pnpm prune` in releases without --ignore-scripts. */
const PNPM_PRUNE_LIFECYCLE_SCRIPTS = ['pnpm:devPreinstall', 'preinstall', 'install', 'postinstall', 'prepare'];

function planManagerPrune(
  manager: RequestedManager,
  app: { install?: ManagerPackage; yarnrc?: string; pnpmWorkspace?: string; pkg: PackageJson },
  vars: ConfigVars,
  nodeEnv: string,
): { step: PruneStep; problems: Problem[] } {
  const skip = (skipped: string, problems: Problem[] = []) => ({ step: { skipped }, problems });
  if (manager.name === 'yarn' && !manager.berry && vars.YARN_PRODUCTION !== undefined) {
    return skip(`YARN_PRODUCTION=${vars.YARN_PRODUCTION}: the install already decided about devDependencies`);
  }
  if (manager.berry && vars.YARN2_SKIP_PRUNING === 'true') return skip('YARN2_SKIP_PRUNING=true: devDependencies are kept');
  if (manager.name === 'pnpm' && vars.PNPM_SKIP_PRUNING === 'true') return skip('PNPM_SKIP_PRUNING=true: devDependencies are kept');
  if (nodeEnv !== 'production') return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
  const version = app.install?.version;
  if (manager.name === 'pnpm') {
    // `pnpm prune` in a workspace only reinstalls the root project (members lose their
    // dependencies): a workspace reinstalls every project without devDependencies instead.
    const workspace = app.pnpmWorkspace !== undefined && /^packages\s*:/m.test(app.pnpmWorkspace);
    const prune = workspace
      ? { args: ['install', '--prod', '--frozen-lockfile'], runsLifecycleScripts: true }
      : releaseRules('pnpm', version!).prune!;
    const scripts = PNPM_PRUNE_LIFECYCLE_SCRIPTS.filter((s) => app.pkg.scripts[s] !== undefined);
    if (prune.runsLifecycleScripts && scripts.length > 0) {
      const why = workspace
        ? `pnpm reinstalls a workspace to prune it, which would run the ${scripts.join(', ')} script${scripts.length > 1 ? 's' : ''} again`
        : `pnpm ${version} would run the ${scripts.join(', ')} script${scripts.length > 1 ? 's' : ''} again while pruning (--ignore-scripts arrived in pnpm 8.15.6)`;
      return skip(`${why}: devDependencies are kept`, [{
        id: 'nodejs/prune-skipped-lifecycle-scripts',
        message: `devDependencies are not pruned: ${why}, without the devDependencies they may need.\n` +
          (workspace
            ? 'Move that work into the build script to prune safely, '
            : 'Use pnpm >= 8.15.6 ("packageManager": "pnpm@<version>" in package.json) to prune safely, ') +
          'or set PNPM_SKIP_PRUNING=true to keep devDependencies without this warning.',
      }]);
    }
    return { step: { command: ['pnpm', ...prune.args] }, problems: [] };
  }
  if (manager.berry) {
    // `workspaces focus --production` reinstalls without devDependencies: built into Yarn 4,
    // a plugin the project imports in Yarn 2 and 3.
    const command = ['yarn', 'workspaces', 'focus', '--all', '--production'];
    if (importsWorkspaceTools(app.yarnrc)) return { step: { command }, problems: [] };
    if (version === undefined) return { step: { command, needs: 'workspace-tools' }, problems: [] };
    const rules = releaseRules('yarnBerry', version);
    if (rules.workspaceToolsBuiltIn) return { step: { command }, problems: [] };
    if (rules.workspaceToolsFromRegistry) return { step: { command, plugin: rules.workspaceToolsFromRegistry }, problems: [] };
    const problem = yarnPruneSkipped(`Yarn ${version}`);
    return skip(problem.reason, [problem.problem]);
  }
  return { step: { command: ['yarn', 'install', '--frozen-lockfile', '--ignore-engines', '--prefer-offline', '--production=true'] }, problems: [] };
}

/** .yarnrc.yml imports the workspace-tools plugin (`plugins:` entry naming it). */
export function importsWorkspaceTools(yarnrc: string | undefined): boolean {
  return yarnrc !== undefined && /^\s*-?\s*(?:path:\s*)?["']?[^\n]*plugin-workspace-tools/m.test(yarnrc.split(/^plugins:/m)[1] ?? '');
}

/** Why Yarn 2/3 without the workspace-tools plugin keeps devDependencies, and how to change it. */
export function yarnPruneSkipped(release: string): { reason: string; problem: Problem } {
  return {
    reason: `${release} has no \`yarn workspaces focus\` (the workspace-tools plugin is not imported): devDependencies are kept`,
    problem: {
      id: 'nodejs/prune-skipped-no-workspace-tools',
      message:
        `devDependencies are not pruned: ${release} prunes with \`yarn workspaces focus --all --production\`, which comes with ` +
        'the workspace-tools plugin, and this project does not import it (Yarn 4 has it built in).\n' +
        'To prune: run `yarn plugin import workspace-tools`, commit .yarnrc.yml and .yarn/plugins, and deploy again ' +
        '(or move to Yarn 4). Set YARN2_SKIP_PRUNING=true to keep devDependencies without this warning.',
    },
  };
}

function planNpmInstall(manager: RequestedManager, ctx: PlanContext): NodePlan['install'] {
  const forced = ctx.knobs.flag('USE_NPM_INSTALL');
  const useCi = manager.lockfile !== undefined && !forced;
  const command = ['npm', useCi ? 'ci' : 'install'];
  // NODE_ENV=production would make npm skip devDependencies, which the build needs.
  if (ctx.configVars.NPM_CONFIG_PRODUCTION === undefined) command.push('--production=false');
  const why = useCi
    ? `${manager.lockfile} found`
    : forced
      ? 'USE_NPM_INSTALL=true'
      : 'no lockfile found';
  return { command, why };
}

function planNpmPrune(vars: ConfigVars, nodeEnv: string, npmMajor: number): PruneStep {
  const production = vars.NPM_CONFIG_PRODUCTION;
  if (production === 'true') return { skipped: 'NPM_CONFIG_PRODUCTION=true: devDependencies were not installed' };
  if (production !== undefined) return { skipped: `NPM_CONFIG_PRODUCTION=${production}: devDependencies are kept` };
  if (nodeEnv !== 'production') return { skipped: `NODE_ENV=${nodeEnv}: devDependencies are kept` };
  // --omit arrived in npm 7; older npm only knows --production.
  return { command: ['npm', 'prune', npmMajor >= 7 ? '--omit=dev' : '--production'] };
}

function planHooks(pkg: PackageJson, knobs: Knobs, manager: ManagerName): Pick<NodePlan, 'hooks' | 'skippedHooks'> {
  const hooks: Hook[] = [];
  const skippedHooks: Array<{ name: string; why: string }> = [];
  const add = (name: string, phase: Hook['phase']) => {
    const script = pkg.scripts[name];
    if (script === undefined) return;
    if (script.trim() === '') skippedHooks.push({ name, why: 'the script is empty' });
    else hooks.push({ name, phase, command: [manager, 'run', name] });
  };
  add('scalingo-prebuild', 'prebuild');
  if (pkg.scripts['scalingo-postbuild'] !== undefined) {
    if (pkg.scripts.build !== undefined) skippedHooks.push({ name: 'build', why: 'scalingo-postbuild runs instead' });
    add('scalingo-postbuild', 'build');
  } else if (knobs.flag('NPM_NO_BUILD')) {
    if (pkg.scripts.build !== undefined) skippedHooks.push({ name: 'build', why: 'NPM_NO_BUILD=true' });
  } else {
    add('build', 'build');
  }
  add('scalingo-cleanup', 'cleanup');
  return { hooks, skippedHooks };
}

function planCache(pkg: PackageJson, knobs: Knobs): Pick<NodePlan, 'cache' | 'cacheDirectories' | 'reuseInstall'> {
  let cacheDirectories: Array<Sourced<string>>;
  if (pkg.cacheDirectories) {
    const { key, paths } = pkg.cacheDirectories;
    cacheDirectories = paths.map((p) => ({ value: checkCachePath(key, p), source: `${key} in package.json` }));
  } else {
    cacheDirectories = [{ value: 'bower_components', source: 'default' }];
  }
  const cache = knobs.get('NODE_MODULES_CACHE') === 'false'
    ? ({ enabled: false, why: 'NODE_MODULES_CACHE=false' } as const)
    : ({ enabled: true } as const);
  const reuseInstall = !cache.enabled
    ? ({ enabled: false, why: 'NODE_MODULES_CACHE=false' } as const)
    : knobs.get('NODE_REUSE_INSTALL') === 'false'
      ? ({ enabled: false, why: 'NODE_REUSE_INSTALL=false' } as const)
      : ({ enabled: true } as const);
  return { cache, cacheDirectories, reuseInstall };
}

function isInside(rel: string): boolean {
  const normal = path.posix.normalize(rel.replace(/\\/g, '/'));
  return !(path.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../'));
}

/** A cached directory must be a relative path that stays inside the app. */
function checkCachePath(key: string, entry: string): string {
  const normal = path.posix.normalize(entry.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (entry.trim() === '' || path.posix.isAbsolute(normal) || normal === '.' || normal === '..' || normal.startsWith('../')) {
    throw nodeErrors.cacheDirectoryOutside(key, entry);
  }
  return normal;
}

function planProcessTypes(pkg: PackageJson, files: NodeAppFiles): Pick<NodePlan, 'processTypes' | 'processSource'> {
  const procfileWeb = files.procfile !== undefined ? parseProcfile(files.procfile).web : undefined;
  if (procfileWeb) return { processTypes: { web: procfileWeb }, processSource: 'Procfile' };
  if (pkg.scripts.start !== undefined && pkg.scripts.start.trim() !== '') {
    return { processTypes: { web: 'npm start' }, processSource: 'scripts.start in package.json' };
  }
  if (files.serverJs) return { processTypes: { web: 'node server.js' }, processSource: 'server.js found' };
  return { processTypes: {} };
}

function processWarning(pkg: PackageJson, files: NodeAppFiles): Problem[] {
  if (Object.keys(planProcessTypes(pkg, files).processTypes).length > 0) return [];
  return [{
    id: 'nodejs/no-web-process',
    message:
      'The app declares no way to start: no web entry in a Procfile, no start script in package.json, no server.js.\n' +
      'Add "scripts": {"start": "node index.js"} to package.json (or a Procfile with `web: <command>`).',
  }];
}
