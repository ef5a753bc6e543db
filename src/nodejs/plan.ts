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
import { readYarnrcList, readYarnrcScalar } from './yarnrc.js';
import { startNeedsDevDependency } from './start-hints.js';
import { FRAMEWORK_CACHE_KNOB, planFrameworkCaches, type FrameworkCachePlan } from './frameworks.js';
import { nodeErrors } from './errors.js';
import { parsePackageJson, type PackageJson } from './package-json.js';
import { determineNodeRequest, resolveNode, type ResolvedNode } from './node-version.js';
import { bundledNpmOf, bundledNpmMajorOf, type NodeTable } from './node-table.js';
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
  /** Workspace members' package.json texts by directory (monorepos only). */
  readonly memberManifests?: Readonly<Record<string, string>>;
}

/** Workspace members are looked for this deep (apps/web) and no further, never in node_modules or dot dirs. */
const MEMBER_DEPTH = 2;
const MEMBER_LIMIT = 200;

async function readMemberManifests(fs: AppFs): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  let seen = 0;
  const walk = async (rel: string, depth: number): Promise<void> => {
    for (const name of (await fs.readdir(rel).catch(() => [] as string[])).sort()) {
      if (name === 'node_modules' || name.startsWith('.') || ++seen > MEMBER_LIMIT) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (!(await fs.isDirectory(child))) continue;
      const text = await fs.readText(`${child}/package.json`);
      if (text !== undefined) out[child] = text;
      if (depth < MEMBER_DEPTH) await walk(child, depth + 1);
    }
  };
  await walk('', 1);
  return out;
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
  const monorepo = /"workspaces"\s*:/.test(packageJson ?? '') || (await fs.exists('pnpm-workspace.yaml'));
  const memberManifests = monorepo ? await readMemberManifests(fs) : undefined;
  const yarnPathExists = yarnPath === undefined || !isInside(yarnPath) ? undefined : (await fs.realpath(yarnPath)) !== undefined;
  return {
    packageJson, nvmrc, nodeVersion, procfile, serverJs, meteor, yarnrc, yarnCacheCommitted,
    ...(memberManifests ? { memberManifests } : {}),
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
    /** Yarn 2+ with the Plug'n'Play linker (see planPnp). */
    readonly pnp?: PnpPlan;
  };
  /**
   * Package managers the app's scripts call although another one installs the
   * dependencies: engines.yarn without a yarn.lock (npm installs, Yarn is on PATH).
   */
  readonly tools?: readonly ManagerPackage[];
  readonly install: { readonly command: readonly string[]; readonly why: string };
  readonly prune: PruneStep;
  readonly hooks: readonly Hook[];
  /** Scripts that exist but will not run, with why (for the log). */
  readonly skippedHooks: ReadonlyArray<{ readonly name: string; readonly why: string }>;
  readonly cache: { readonly enabled: true } | { readonly enabled: false; readonly why: string };
  /** Restore the previous install instead of running it when its inputs are unchanged. */
  readonly reuseInstall: { readonly enabled: true } | { readonly enabled: false; readonly why: string };
  readonly cacheDirectories: ReadonlyArray<Sourced<string>>;
  /** Framework build caches kept between builds (data/frameworks-node.json). */
  readonly frameworkCaches: FrameworkCachePlan;
  /** Env every build step gets on top of the config vars (values decided here). */
  readonly buildEnv: Readonly<Record<string, Sourced<string>>>;
  readonly processTypes: Readonly<Record<string, string>>;
  readonly processSource?: string;
  readonly warnings: readonly Problem[];
}

/**
 * Yarn Plug'n'Play: the cache zips *are* the installed packages and .pnp.cjs points at
 * them by relative path, so the cache must live in the app (it ships in the slug) and is
 * only mirrored to CACHE_DIR between builds. Node.js and its npm/node-gyp live in the
 * app too (.scalingo), so PnP must leave them alone: pnpIgnorePatterns.
 */
export interface PnpPlan {
  /** The project cache folder, relative to the app. */
  readonly cacheFolder: Sourced<string>;
  /** pnpIgnorePatterns given to Yarn: the engine's own first, then the app's. */
  readonly ignorePatterns: readonly string[];
}

/** Files Yarn must not resolve through PnP: the runtime trees the engine installs in the app. */
export const PNP_ENGINE_IGNORE_PATTERNS: readonly string[] = ['.scalingo/**'];

function planPnp(files: NodeAppFiles, vars: ConfigVars): PnpPlan | undefined {
  const linker = vars.YARN_NODE_LINKER ?? readYarnrcScalar(files.yarnrc, 'nodeLinker') ?? 'pnp';
  if (linker !== 'pnp') return undefined;
  const configured = readYarnrcScalar(files.yarnrc, 'cacheFolder');
  const cacheFolder: Sourced<string> = configured !== undefined && isInside(configured) && path.posix.normalize(configured) !== '.'
    ? { value: path.posix.normalize(configured).replace(/\/+$/, ''), source: 'cacheFolder in .yarnrc.yml' }
    : { value: '.yarn/cache', source: configured === undefined ? 'default' : `default (cacheFolder ${configured} is outside the app)` };
  const own = readYarnrcList(files.yarnrc, 'pnpIgnorePatterns').filter((p) => !PNP_ENGINE_IGNORE_PATTERNS.includes(p));
  return { cacheFolder, ignorePatterns: [...PNP_ENGINE_IGNORE_PATTERNS, ...own] };
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
  const tools = planExtraTools(pkg, manager, node.version);
  // engines.yarn without yarn.lock is not ignored any more: that Yarn is installed.
  warnings.push(...pmProblems.filter((p) => !(tools.length > 0 && p.id === 'nodejs/declared-manager-ignored' && p.message.startsWith('package.json declares yarn, but'))));
  const pm = planManager(manager, files, node.version);
  warnings.push(...pm.problems, ...tools.flatMap((t) => t.problems));
  warnings.push(...planDiagnoses(pkg, node.version, manager, pm, ctx));
  const npmVersion = manager.name === 'npm' && manager.version ? resolveNpmVersion(manager.version) : undefined;
  // The npm that will run: the requested one, else the one this Node.js release comes
  // with (exact from Node's release index when known). Its flags depend on it.
  const npmRelease = npmVersion ?? bundledNpmOf(node.version);
  const npmMajor = npmVersion ? semver.major(npmVersion) : bundledNpmMajorOf(node.version, ctx.table) ?? 11;
  const npm: NpmFlavour = { major: npmMajor, ...(npmRelease ? { version: npmRelease } : {}) };

  const nodeEnv = ctx.configVars.NODE_ENV ?? 'production';
  const buildEnv: Record<string, Sourced<string>> = {
    NODE_ENV: ctx.configVars.NODE_ENV !== undefined
      ? { value: ctx.configVars.NODE_ENV, source: 'config var' }
      : { value: 'production', source: 'default' },
    NODE_OPTIONS: ctx.configVars.NODE_OPTIONS !== undefined
      ? { value: ctx.configVars.NODE_OPTIONS, source: 'config var' }
      : { value: '--max-old-space-size=2560', source: 'default for builds' },
  };
  // npm < 7 run as root drops to an unprivileged user for lifecycle scripts (preinstall,
  // postinstall, `npm run`), which then "cannot run in wd": unsafe-perm keeps them
  // running as the build user. Only there: npm 7+ ignores it and npm 12 rejects it.
  if (manager.name === 'npm' && npmMajor < 7 && ctx.configVars.npm_config_unsafe_perm === undefined && ctx.configVars.NPM_CONFIG_UNSAFE_PERM === undefined) {
    buildEnv.npm_config_unsafe_perm = { value: 'true', source: `npm ${npmRelease ?? `${npmMajor}.x`} (< 7) runs lifecycle scripts as root only with unsafe-perm` };
  }
  const managerVersion = pm.install?.version;
  const pnp = manager.berry ? planPnp(files, ctx.configVars) : undefined;
  const cachePlan = planCache(pkg, ctx.knobs);
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
      ...(pnp ? { pnp } : {}),
    },
    ...(tools.length > 0 ? { tools: tools.map((t) => t.resolved) } : {}),
    install: manager.name === 'npm' ? planNpmInstall(manager, ctx, npm) : planManagerInstall(manager, pm.install, ctx.configVars),
    prune: prune.step,
    ...planHooks(pkg, ctx.knobs, manager.name),
    ...cachePlan,
    frameworkCaches: planFrameworkCaches(
      [{ dir: '', pkg }, ...memberPackages(files)],
      cachePlan.cacheDirectories.map((d) => d.value),
      ctx.knobs.get(FRAMEWORK_CACHE_KNOB) === 'false' ? `${FRAMEWORK_CACHE_KNOB}=false`
        : !cachePlan.cache.enabled ? cachePlan.cache.why : undefined,
    ),
    buildEnv,
    ...planProcessTypes(pkg, files),
    warnings: [...warnings, ...prune.problems, ...processWarning(pkg, files), ...startHints(pkg, files, prune.step)],
  };
}

/**
 * engines.yarn in an app that npm installs (no yarn.lock): the upstream buildpack
 * installs that Yarn anyway, so build scripts calling `yarn …` work. npm still installs
 * the dependencies.
 */
function planExtraTools(pkg: PackageJson, manager: RequestedManager, nodeVersion: string): Array<{ resolved: ManagerPackage; problems: Problem[] }> {
  const range = pkg.engines.yarn;
  if (manager.name !== 'npm' || range === undefined) return [];
  const min = semver.validRange(range) ? semver.minVersion(range) : null;
  const berry = min !== null && semver.major(min) >= 2;
  const { resolved, problems } = resolveManagerPackage({
    name: 'yarn', berry, why: 'engines.yarn in package.json', version: { value: range, source: 'engines.yarn in package.json' },
  }, nodeVersion);
  return [{
    resolved,
    problems: [...problems, {
      id: 'nodejs/yarn-without-lockfile',
      message:
        `package.json sets engines.yarn (${range}) but the app has no yarn.lock: npm installs the dependencies ` +
        `(${manager.why}), and Yarn ${resolved.version} is installed for the scripts that call it.\n` +
        'To install with Yarn, run `yarn install` locally and commit yarn.lock (and remove package-lock.json).',
    }],
  }];
}

/** Warnings the upstream buildpack gives about settings and releases that do not do what they seem to. */
function planDiagnoses(
  pkg: PackageJson, nodeVersion: string, manager: RequestedManager, pm: { yarnPath?: string }, ctx: PlanContext,
): Problem[] {
  const out: Problem[] = [];
  const broken = ctx.table.policy.brokenReleases?.[nodeVersion];
  if (broken) {
    out.push({ id: 'nodejs/known-broken-release', message: `Node.js ${nodeVersion} is a known-broken release: ${broken}` });
  }
  if (manager.berry && ctx.configVars.YARN_PRODUCTION !== undefined) {
    out.push({
      id: 'nodejs/yarn-production-ignored',
      message:
        `YARN_PRODUCTION=${ctx.configVars.YARN_PRODUCTION} is a Yarn 1 setting; Yarn 2+ ignores it (it installs every dependency, then the build prunes devDependencies).\n` +
        'To keep devDependencies with Yarn 2+, set YARN2_SKIP_PRUNING=true instead, and remove YARN_PRODUCTION.',
    });
  }
  if (pm.yarnPath && manager.version?.source === 'packageManager in package.json') {
    out.push({
      id: 'nodejs/package-manager-ignored-for-yarn-path',
      message:
        `package.json pins packageManager ${pkg.packageManager}, but .yarnrc.yml sets yarnPath: ${pm.yarnPath}, and the vendored release is the Yarn that runs (as with Yarn itself).\n` +
        'Make them agree: `yarn set version <version>` updates both, or remove the yarnPath line and the vendored release to use packageManager.',
    });
  }
  if (ctx.knobs.get('YARN_BINARY_URL') !== undefined) {
    out.push({
      id: 'nodejs/yarn-binary-url-unsupported',
      message:
        'YARN_BINARY_URL is not supported and was ignored: Yarn is installed from the npm registry (NPM_CONFIG_REGISTRY, a mirror works) and verified there.\n' +
        'Choose the release with "packageManager": "yarn@<version>" (or engines.yarn) in package.json, and unset YARN_BINARY_URL.',
    });
  }
  const cache = ctx.knobs.get('NPM_CONFIG_CACHE') ?? ctx.knobs.get('npm_config_cache');
  if (cache !== undefined && cache !== '') {
    out.push({
      id: 'nodejs/npm-cache-set',
      message:
        `NPM_CONFIG_CACHE=${cache} is used as npm's cache, as set; the build cache does not keep that directory between builds.\n` +
        'Unset NPM_CONFIG_CACHE to let the build keep npm\'s cache in CACHE_DIR (faster rebuilds).',
    });
  }
  return out;
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

/** The npm release the build runs: its major always, its exact version when known. */
export interface NpmFlavour {
  readonly major: number;
  readonly version?: string;
}

/** What differs between npm releases for the commands we run (nodejs.md §3). */
export const NPM_RELEASE_FLAGS = Object.freeze({
  /** `npm ci` arrived in npm 5.7.0. */
  ciSince: '5.7.0',
  /** `--include=dev` (and `--omit`) arrived in npm 7; older npm only knows `--production=false`. */
  includeDevSince: 7,
  /** npm < 7 run as root skips lifecycle scripts unless `--unsafe-perm`; npm 12 rejects the flag. */
  unsafePermBefore: 7,
});

function planNpmInstall(manager: RequestedManager, ctx: PlanContext, npm: NpmFlavour): NodePlan['install'] {
  const forced = ctx.knobs.flag('USE_NPM_INSTALL');
  const hasCi = npm.version ? semver.gte(npm.version, NPM_RELEASE_FLAGS.ciSince) : npm.major >= 6;
  const useCi = manager.lockfile !== undefined && !forced && hasCi;
  const command = ['npm', useCi ? 'ci' : 'install'];
  // NODE_ENV=production would make npm skip devDependencies, which the build needs.
  if (ctx.configVars.NPM_CONFIG_PRODUCTION === undefined) {
    command.push(npm.major >= NPM_RELEASE_FLAGS.includeDevSince ? '--include=dev' : '--production=false');
  }
  if (npm.major < NPM_RELEASE_FLAGS.unsafePermBefore) command.push('--unsafe-perm');
  const why = useCi
    ? `${manager.lockfile} found`
    : forced
      ? 'USE_NPM_INSTALL=true'
      : manager.lockfile !== undefined
        ? `${manager.lockfile} found, but npm ${npm.version ?? npm.major} has no \`npm ci\` (npm >= ${NPM_RELEASE_FLAGS.ciSince})`
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
  // NODE_BUILD_FLAGS (the upstream buildpack's knob) go to the build script, as the
  // peer passes them: after `--` for npm (npm run build -- --prod), directly for Yarn
  // and pnpm, which forward extra arguments themselves.
  const flags = (knobs.get('NODE_BUILD_FLAGS') ?? '').trim().split(/\s+/).filter((f) => f !== '');
  const buildFlags = flags.length === 0 ? [] : manager === 'npm' ? ['--', ...flags] : flags;
  const add = (name: string, phase: Hook['phase']) => {
    const script = pkg.scripts[name];
    if (script === undefined) return;
    if (script.trim() === '') skippedHooks.push({ name, why: 'the script is empty' });
    else hooks.push({ name, phase, command: [manager, 'run', name, ...(phase === 'build' ? buildFlags : [])] });
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

/** Members whose package.json does not parse are left to the package manager to report. */
function memberPackages(files: NodeAppFiles): Array<{ dir: string; pkg: PackageJson }> {
  const out: Array<{ dir: string; pkg: PackageJson }> = [];
  for (const [dir, text] of Object.entries(files.memberManifests ?? {})) {
    try {
      out.push({ dir, pkg: parsePackageJson(text) });
    } catch {
      // not ours to judge: a member npm or Yarn ignores, or will report itself
    }
  }
  return out;
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

/**
 * The process types of the built app (recorded by compile in .scalingo/release.json):
 * the rule the plan applied, on the tree as the build left it (a build step may write
 * server.js or the Procfile).
 */
export async function builtProcessTypes(fs: AppFs): Promise<NodePlan['processTypes']> {
  const [packageJson, procfile, serverJs] = await Promise.all([fs.readText('package.json'), fs.readText('Procfile'), fs.exists('server.js')]);
  const pkg = parsePackageJson(packageJson ?? '{}');
  return planProcessTypes(pkg, { procfile, serverJs }).processTypes;
}

function planProcessTypes(pkg: PackageJson, files: Pick<NodeAppFiles, 'procfile' | 'serverJs'>): Pick<NodePlan, 'processTypes' | 'processSource'> {
  const procfileWeb = files.procfile !== undefined ? parseProcfile(files.procfile).web : undefined;
  if (procfileWeb) return { processTypes: { web: procfileWeb }, processSource: 'Procfile' };
  if (pkg.scripts.start !== undefined && pkg.scripts.start.trim() !== '') {
    return { processTypes: { web: 'npm start' }, processSource: 'scripts.start in package.json' };
  }
  if (files.serverJs) return { processTypes: { web: 'node server.js' }, processSource: 'server.js found' };
  return { processTypes: {} };
}

/** Only when the prune will really remove devDependencies (the planned prune step). */
function startHints(pkg: PackageJson, files: NodeAppFiles, prune: PruneStep): Problem[] {
  if ('skipped' in prune) return [];
  const { processTypes, processSource } = planProcessTypes(pkg, files);
  return startNeedsDevDependency(pkg, processTypes.web ? { command: processTypes.web, source: processSource! } : undefined);
}

/** The file a start hint names: package.json's `main` when it is a plain path, else a placeholder. */
function startFileHint(pkg: PackageJson): string {
  return pkg.main !== undefined && /^[\w./@-]+$/.test(pkg.main) ? pkg.main : '<your server file>';
}

function processWarning(pkg: PackageJson, files: NodeAppFiles): Problem[] {
  if (Object.keys(planProcessTypes(pkg, files).processTypes).length > 0) return [];
  return [{
    id: 'nodejs/no-web-process',
    message:
      'The app declares no way to start: no web entry in a Procfile, no start script in package.json, no server.js.\n' +
      `Add "scripts": {"start": "node ${startFileHint(pkg)}"} to package.json (or a Procfile with \`web: <command>\`).`,
  }];
}
