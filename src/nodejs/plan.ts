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
import { configVarSource, defaultSource, describeSource, fileSource, type Sourced } from '../env/sourced.js';
import { parseProcfile } from '../release/procfile.js';
import { readYarnrcList, readYarnrcScalar } from './yarnrc.js';
import { startNeedsDevDependency, suggestStart } from './start-hints.js';
import { FRAMEWORK_CACHE_KNOB, planFrameworkCaches, type FrameworkCachePlan } from './frameworks.js';
import { nodeErrors } from './errors.js';
import { parsePackageJson, type PackageJson } from './package-json.js';
import { determineNodeRequest, resolveNode, type ResolvedNode } from './node-version.js';
import { planNodeSources, type NodeSourcesPlan } from './node-source.js';
import { bundledNpmOf, bundledNpmMajorOf, type NodeTable } from './node-table.js';
import {
  determinePackageManager, npmForLockfile, oldNpmProblem, resolveManagerPackage, resolveNpmVersion,
  type Lockfiles, type ManagerName, type ManagerPackage, type RequestedManager,
} from './package-manager.js';
import {
  MANAGERS, appFileReadOptions, installFingerprintFiles, lockfilesToRead, runScriptCommand, unreadConfigFilesProblem, type ManagerKind, type ManagerSpec, type ManagerTable, type NpmFlavour,
} from './managers.js';
import { ENGINE_DIRS } from '../layout/layout.js';
import { readMemberManifest, selectMembers, workspacePatterns } from './install-scripts.js';

/** The raw facts about an app that planning needs; read once by `readNodeApp`. */
export interface NodeAppFiles {
  readonly packageJson?: string;
  readonly nvmrc?: string;
  readonly nodeVersion?: string;
  /** The lockfiles the manager rows name that the app has (text where detection needs it). */
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
  /** package.json's `main` names a file in the app (for the start hint). */
  readonly mainIsFile?: boolean;
  /** Config files of the manager rows (.npmrc, .yarnrc, …) the app has. */
  readonly configFiles?: readonly string[];
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

/**
 * package.json has a top-level `workspaces` key. Only to decide whether to look for
 * members; a file that does not parse is reported by the plan, not here.
 */
function declaresWorkspaces(packageJson: string | undefined): boolean {
  if (packageJson === undefined) return false;
  try {
    const raw: unknown = JSON.parse(packageJson.replace(/^\uFEFF/, ''));
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'workspaces' in raw;
  } catch {
    return false;
  }
}

/**
 * Every lockfile a manager row names: its text when a row tells its format by it
 * (yarn.lock), else only whether it exists (lockfiles reach tens of MB).
 */
async function readLockfiles(fs: AppFs, managers: ManagerTable): Promise<Lockfiles> {
  const entries = await Promise.all(lockfilesToRead(managers).map(async ({ file, text }) =>
    [file, text ? await fs.readText(file, appFileReadOptions(file, managers)) : (await fs.exists(file)) || undefined] as const));
  return Object.fromEntries(entries.filter((e): e is readonly [string, string | true] => e[1] !== undefined));
}

/** `managers`: the manager table (a test passes one with an extra row). */
export async function readNodeApp(fs: AppFs, managers: ManagerTable = MANAGERS): Promise<NodeAppFiles> {
  const [packageJson, nvmrc, nodeVersion, lockfiles, procfile, serverJs, meteor, yarnrc, yarnCacheCommitted, pnpmWorkspace] =
    await Promise.all([
      fs.readText('package.json'),
      fs.readText('.nvmrc'),
      fs.readText('.node-version'),
      readLockfiles(fs, managers),
      fs.readText('Procfile'),
      fs.exists('server.js'),
      fs.isDirectory('.meteor'),
      fs.readText('.yarnrc.yml'),
      fs.isDirectory('.yarn/cache'),
      fs.readText('pnpm-workspace.yaml'),
    ]);
  const configFiles = await presentConfigFiles(fs, managers);
  const mainIsFile = await isFileInApp(fs, mainOf(packageJson));
  const yarnPath = parseYarnPath(yarnrc);
  const monorepo = declaresWorkspaces(packageJson) || pnpmWorkspace !== undefined;
  const memberManifests = monorepo ? await readMemberManifests(fs) : undefined;
  const yarnPathExists = yarnPath === undefined || !isInside(yarnPath) ? undefined : (await fs.realpath(yarnPath)) !== undefined;
  return {
    packageJson, nvmrc, nodeVersion, procfile, serverJs, meteor, yarnrc, yarnCacheCommitted,
    ...(memberManifests ? { memberManifests } : {}),
    ...(pnpmWorkspace === undefined ? {} : { pnpmWorkspace }),
    ...(yarnPathExists === undefined ? {} : { yarnPathExists }),
    ...(configFiles.length > 0 ? { configFiles } : {}),
    ...(mainIsFile ? { mainIsFile } : {}),
    lockfiles,
  };
}

/** package.json's `main`, when a string. Only for a hint; a file that does not parse is reported by the plan. */
function mainOf(packageJson: string | undefined): string | undefined {
  if (packageJson === undefined) return undefined;
  try {
    const raw: unknown = JSON.parse(packageJson.replace(/^\uFEFF/, ''));
    const main = typeof raw === 'object' && raw !== null ? (raw as { main?: unknown }).main : undefined;
    return typeof main === 'string' && main.trim() !== '' ? main.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** `rel` is a file (not a directory) that stays inside the app once links are followed. */
async function isFileInApp(fs: AppFs, rel: string | undefined): Promise<boolean> {
  if (rel === undefined || !isInside(rel)) return false;
  const [real, root] = await Promise.all([fs.realpath(rel), fs.realpath('.')]);
  return real !== undefined && root !== undefined && (real === root || real.startsWith(`${root}/`)) && !(await fs.isDirectory(rel));
}

/** Which config files any manager row names (configFiles, unreadConfigFiles) the app has. */
async function presentConfigFiles(fs: AppFs, managers: ManagerTable): Promise<string[]> {
  const names = [...new Set(Object.values(managers).flatMap((s) => [...s.configFiles, ...(s.unreadConfigFiles?.files ?? [])]))];
  const present = await Promise.all(names.map((n) => fs.exists(n)));
  return names.filter((_, i) => present[i]);
}

export interface Hook {
  readonly name: string;
  readonly phase: 'prebuild' | 'build' | 'cleanup';
  readonly command: readonly string[];
}

export type { PruneStep, YarnCacheCleanup } from './model.js';
import type { PruneStep, YarnCacheCleanup } from './model.js';

export interface NodePlan {
  readonly language: 'nodejs';
  readonly stack: string;
  readonly versions: { readonly node: string; readonly npm?: string; readonly yarn?: string; readonly pnpm?: string };
  readonly node: ResolvedNode;
  /** Where Node.js (the distribution or NODE_BINARY_URL) and the registry packages come from. */
  readonly sources: NodeSourcesPlan;
  readonly packageManager: {
    readonly name: ManagerName;
    /** Its row in the manager table: what compile looks the manager up by (managerSpec). */
    readonly kind: ManagerKind;
    /** Yarn 2+. */
    readonly berry: boolean;
    readonly version?: string;
    readonly source: string;
    readonly why: string;
    /** Yarn or pnpm, installed from the npm registry into the slug. */
    readonly install?: ManagerPackage;
    /** A vendored Yarn release (.yarnrc.yml yarnPath), used instead of installing one. */
    readonly yarnPath?: string;
    /**
     * packageManager's Yarn release beside a vendored release whose file name does not say
     * which it is: compile compares it with the release once it runs.
     */
    readonly yarnPathPin?: string;
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
  /**
   * The app-root files whose content is part of the install fingerprint (besides every
   * package.json, root and members): every manager row's lockfiles and config files, from
   * the table, so a lockfile a new row adds cannot be left out (a warm build would
   * silently reuse a stale install). Compile hashes these.
   */
  readonly installFingerprintFiles: readonly string[];
  /** What the install writes, relative to the app: what a warm rebuild restores (see installOutputList). */
  readonly installOutputs: InstallOutputs;
  /**
   * The manager's cache folder under CACHE_DIR/node (TMPDIR when the cache is off). npm's
   * is npm's own cache: an npm app gets Yarn's name, unused (as before the managers table).
   */
  readonly managerCacheFolder: string;
  readonly prune: PruneStep;
  readonly hooks: readonly Hook[];
  /** Scripts that exist but will not run, with why (for the log). */
  readonly skippedHooks: ReadonlyArray<{ readonly name: string; readonly why: string }>;
  readonly cache: { readonly enabled: true } | { readonly enabled: false; readonly why: string };
  /** Restore the previous install instead of running it when its inputs are unchanged. */
  readonly reuseInstall: { readonly enabled: true } | { readonly enabled: false; readonly why: string };
  readonly cacheDirectories: ReadonlyArray<Sourced<string>>;
  /** `cacheDirectories` entries the manager's row does not keep, with why (only when there are some). */
  readonly skippedCacheDirectories?: ReadonlyArray<{ readonly path: string; readonly why: string }>;
  /** Framework build caches kept between builds (data/frameworks-node.json). */
  readonly frameworkCaches: FrameworkCachePlan;
  /** Env every build step gets on top of the config vars (values decided here). */
  readonly buildEnv: Readonly<Record<string, Sourced<string>>>;
  /**
   * Config vars left out of every build step's env, with why: settings the installing
   * manager does not know and would stop on (Yarn 2+ reads every YARN_* as a setting).
   */
  readonly withheldEnv?: ReadonlyArray<{ readonly name: string; readonly why: string }>;
  readonly processTypes: Readonly<Record<string, string>>;
  readonly processSource?: string;
  readonly warnings: readonly Problem[];
}

export interface InstallOutputs {
  /** In the app root and in each workspace member (the members are found when the install runs, after prebuild). */
  readonly eachPackage: readonly string[];
  /** At the app root only: the manager's own files (.pnp.cjs, …), then Plug'n'Play's cache folder. */
  readonly root: readonly string[];
}

/** The paths an install writes, given the workspace members' directories: each package's first, root-only ones last. */
export function installOutputList(outputs: InstallOutputs, memberDirs: readonly string[]): string[] {
  return [...['', ...memberDirs].flatMap((d) => outputs.eachPackage.map((p) => (d ? `${d}/${p}` : p))), ...outputs.root];
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
export const PNP_ENGINE_IGNORE_PATTERNS: readonly string[] = [`${ENGINE_DIRS.engine}/**`];

function planPnp(files: NodeAppFiles, vars: ConfigVars): PnpPlan | undefined {
  const linker = vars.YARN_NODE_LINKER ?? readYarnrcScalar(files.yarnrc, 'nodeLinker') ?? 'pnp';
  if (linker !== 'pnp') return undefined;
  const configured = readYarnrcScalar(files.yarnrc, 'cacheFolder');
  const cacheFolder: Sourced<string> = configured !== undefined && isInside(configured) && path.posix.normalize(configured) !== '.'
    ? { value: path.posix.normalize(configured).replace(/\/+$/, ''), source: fileSource('.yarnrc.yml', 'cacheFolder') }
    : { value: '.yarn/cache', source: defaultSource(configured === undefined ? undefined : `default (cacheFolder ${configured} is outside the app)`) };
  const own = readYarnrcList(files.yarnrc, 'pnpIgnorePatterns').filter((p) => !PNP_ENGINE_IGNORE_PATTERNS.includes(p));
  return { cacheFolder, ignorePatterns: [...PNP_ENGINE_IGNORE_PATTERNS, ...own] };
}

/** Where Yarn 2+'s cache is in the app (see YarnCacheCleanup); undefined when it is not (CACHE_DIR). */
function planYarnCacheCleanup(pnp: PnpPlan | undefined, zeroInstall: boolean): YarnCacheCleanup | undefined {
  if (pnp) return { folder: pnp.cacheFolder.value, keep: 'pnp-map' };
  // The zero-install cache is the committed .yarn/cache (what NodeAppFiles.yarnCacheCommitted looks at).
  return zeroInstall ? { folder: '.yarn/cache', keep: 'none' } : undefined;
}

export interface PlanContext {
  readonly stack: string;
  readonly table: NodeTable;
  readonly configVars: ConfigVars;
  readonly knobs: Knobs;
  /** The manager table (default MANAGERS; a test passes one with an extra row). */
  readonly managers?: ManagerTable;
  /**
   * 'build-tool': another language's app builds its assets with Node.js (php.md §9), and
   * serves itself: no advice about how a Node.js app starts. Default 'app'.
   */
  readonly role?: 'app' | 'build-tool';
}

export function planNodeBuild(files: NodeAppFiles, ctx: PlanContext): NodePlan {
  if (files.meteor) throw nodeErrors.meteorNotSupported();
  if (files.packageJson === undefined) throw nodeErrors.packageJsonMissing();
  const pkg = parsePackageJson(files.packageJson, ctx.managers);
  const warnings: Problem[] = [];

  const requested = determineNodeRequest(pkg, { nvmrc: files.nvmrc, nodeVersion: files.nodeVersion }, ctx.table);
  const { node, problems: nodeProblems } = resolveNode(requested, ctx.table, {
    allowWideRange: ctx.knobs.flag('NODEJS_ALLOW_WIDE_RANGE'),
  });
  warnings.push(...nodeProblems);
  const sources = planNodeSources(node, ctx.knobs, ctx.table);

  const managers = ctx.managers ?? MANAGERS;
  const { manager, problems: pmProblems } = determinePackageManager(pkg, files.lockfiles, managers);
  const spec = managers[manager.kind]!;
  const tools = planExtraTools(pkg, manager, node.version);
  // engines.yarn without yarn.lock is not ignored any more: that Yarn is installed (with
  // tools, the declared manager can only be that Yarn: a second declaration stops the build).
  warnings.push(...pmProblems.filter((p) => !(tools.length > 0 && p.id === 'nodejs/declared-manager-ignored')));
  const pm = planManager(manager, spec, files, node.version);
  warnings.push(...pm.problems, ...tools.flatMap((t) => t.problems));
  const unread = unreadConfigFilesProblem(spec, (f) => files.configFiles?.includes(f) ?? false);
  if (unread) warnings.push(unread);
  warnings.push(...planDiagnoses(pkg, node.version, manager, pm, ctx));
  const requestedNpm = manager.name === 'npm' && manager.version ? resolveNpmVersion(manager.version, node.version) : undefined;
  // An npm that ignores package-lock.json never installs the app (npm 3 with Node.js 6).
  const lockfileNpm = manager.name === 'npm'
    ? npmForLockfile(manager.lockfile, requestedNpm ? { version: requestedNpm, source: describeSource(manager.version!.source) } : undefined, bundledNpmOf(node.version), node.version)
    : {};
  if (lockfileNpm.problem) warnings.push(lockfileNpm.problem);
  const npmVersion = requestedNpm ?? lockfileNpm.version;
  // The npm that will run: the requested one, else the one this Node.js release comes
  // with (exact from Node's release index when known). Its flags depend on it.
  const npmRelease = npmVersion ?? bundledNpmOf(node.version);
  const npmMajor = npmVersion ? semver.major(npmVersion) : bundledNpmMajorOf(node.version, ctx.table) ?? 11;
  const npm: NpmFlavour = { major: npmMajor, ...(npmRelease ? { version: npmRelease } : {}) };
  if (manager.name === 'npm' && npmRelease) {
    const from = requestedNpm ? describeSource(manager.version!.source) : lockfileNpm.version ? 'installed to read package-lock.json' : `bundled with Node.js ${node.version}`;
    const old = oldNpmProblem(npmRelease, from, node.version);
    if (old) warnings.push(old);
  }

  // Knobs, read one way (src/env/knobs.ts): a config var, else the platform's environment.
  const knob = (name: string): Sourced<string> | undefined => {
    const value = ctx.knobs.get(name);
    if (value === undefined) return undefined;
    return { value, source: ctx.knobs.sourceOf(name) === 'build environment' ? { kind: 'platform-env', name } : configVarSource() };
  };
  const nodeEnv = ctx.knobs.get('NODE_ENV') ?? 'production';
  const buildEnv: Record<string, Sourced<string>> = {
    NODE_ENV: knob('NODE_ENV') ?? { value: 'production', source: defaultSource() },
    NODE_OPTIONS: knob('NODE_OPTIONS') ?? { value: '--max-old-space-size=2560', source: defaultSource('default for builds') },
  };
  // The install and prune follow YARN_PRODUCTION wherever it is set: Yarn 1 reads it too,
  // so one from the platform's environment (which the build does not pass on) is given to it.
  const yarnProduction = knob('YARN_PRODUCTION');
  if (manager.kind === 'yarn1' && yarnProduction?.source.kind === 'platform-env') buildEnv.YARN_PRODUCTION = yarnProduction;
  // npm < 7 run as root drops to an unprivileged user for lifecycle scripts (preinstall,
  // postinstall, `npm run`), which then "cannot run in wd": unsafe-perm keeps them
  // running as the build user. Only there: npm 7+ ignores it and npm 12 rejects it.
  if (manager.name === 'npm' && npmMajor < 7 && ctx.configVars.npm_config_unsafe_perm === undefined && ctx.configVars.NPM_CONFIG_UNSAFE_PERM === undefined) {
    buildEnv.npm_config_unsafe_perm = { value: 'true', source: { kind: 'rule', says: `npm ${npmRelease ?? `${npmMajor}.x`} (< 7) runs lifecycle scripts as root only with unsafe-perm` } };
  }
  // What the yarn-production-ignored warning says: Yarn 2+ never sees YARN_PRODUCTION.
  const withheldEnv = manager.berry && ctx.configVars.YARN_PRODUCTION !== undefined
    ? [{ name: 'YARN_PRODUCTION', why: 'a Yarn 1 setting, unknown to Yarn 2+ (Yarn 2 stops on it)' }]
    : [];
  const hooks = planHooks(pkg, ctx.knobs, spec);
  const pinBesideYarnPath = yarnPathPin(manager, pm);
  const unnamedPin = pinBesideYarnPath && yarnPathRelease(pinBesideYarnPath.yarnPath) === undefined ? pinBesideYarnPath : undefined;
  const managerVersion = pm.install?.version;
  const pnp = manager.berry ? planPnp(files, ctx.configVars) : undefined;
  const cachePlan = planCache(pkg, ctx.knobs, spec);
  const zeroInstall = manager.berry && files.yarnCacheCommitted === true;
  // PnP: the project cache holds the installed packages, so it is part of the install.
  const installOutputs: InstallOutputs = { eachPackage: ['node_modules'], root: [...spec.installOutputs, ...(pnp && !zeroInstall ? [pnp.cacheFolder.value] : [])] };
  const pruned = spec.prune({
    ...(managerVersion ? { version: managerVersion } : {}), knobs: ctx.knobs, nodeEnv, npm, pkg,
    ...(files.yarnrc !== undefined ? { yarnrc: files.yarnrc } : {}), ...(files.pnpmWorkspace !== undefined ? { pnpmWorkspace: files.pnpmWorkspace } : {}),
    members: workspaceMemberScripts(manager.kind, files),
  });
  const yarnCache = manager.berry ? planYarnCacheCleanup(pnp, zeroInstall) : undefined;
  const prune = yarnCache && !('skipped' in pruned.step) ? { ...pruned, step: { ...pruned.step, yarnCache } } : pruned;

  return {
    language: 'nodejs',
    stack: ctx.stack,
    versions: {
      node: node.version,
      ...(npmVersion ? { npm: npmVersion } : {}),
      ...(managerVersion ? { [manager.name]: managerVersion } : {}),
    },
    node,
    sources,
    packageManager: {
      name: manager.name,
      kind: manager.kind,
      berry: manager.berry,
      ...(npmVersion ? { version: npmVersion } : managerVersion ? { version: managerVersion } : {}),
      source: pm.install ? pm.install.source : pm.yarnPath ? `yarnPath in .yarnrc.yml (${pm.yarnPath})`
        : manager.version ? `${describeSource(manager.version.source)} (${manager.version.value})`
          : lockfileNpm.version ? `the newest npm that runs on Node.js ${node.version} and reads package-lock.json (Node.js bundles npm ${bundledNpmOf(node.version)}, which does not)`
            : 'bundled with Node.js',
      why: manager.why,
      ...(pm.install ? { install: pm.install } : {}),
      ...(pm.yarnPath ? { yarnPath: pm.yarnPath } : {}),
      ...(unnamedPin ? { yarnPathPin: unnamedPin.version } : {}),
      ...(zeroInstall ? { zeroInstall: true } : {}),
      ...(pnp ? { pnp } : {}),
    },
    ...(tools.length > 0 ? { tools: tools.map((t) => t.resolved) } : {}),
    install: spec.install({
      ...(manager.lockfile ? { lockfile: manager.lockfile } : {}), ...(managerVersion ? { version: managerVersion } : {}),
      knobs: ctx.knobs, npm, forceNpmInstall: ctx.knobs.flag('USE_NPM_INSTALL'),
    }),
    installFingerprintFiles: installFingerprintFiles(managers),
    installOutputs,
    managerCacheFolder: spec.cache?.dirName ?? 'yarn-cache',
    prune: prune.step,
    hooks: hooks.hooks,
    skippedHooks: hooks.skippedHooks,
    ...cachePlan,
    frameworkCaches: planFrameworkCaches(
      [{ dir: '', pkg }, ...memberPackages(files)],
      cachePlan.cacheDirectories.map((d) => d.value),
      ctx.knobs.get(FRAMEWORK_CACHE_KNOB) === 'false' ? `${FRAMEWORK_CACHE_KNOB}=false`
        : !cachePlan.cache.enabled ? cachePlan.cache.why : undefined,
    ),
    buildEnv,
    ...(withheldEnv.length > 0 ? { withheldEnv } : {}),
    ...planProcessTypes(pkg, files),
    warnings: [...warnings, ...hooks.problems, ...prune.problems, ...(ctx.role === 'build-tool' ? [] : processWarning(pkg, files)), ...startHints(pkg, files, prune.step)],
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
    name: 'yarn', berry, why: 'engines.yarn in package.json', version: { value: range, source: fileSource('package.json', 'engines.yarn') },
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
  const yarnProduction = ctx.knobs.get('YARN_PRODUCTION');
  if (manager.berry && yarnProduction !== undefined) {
    out.push({
      id: 'nodejs/yarn-production-ignored',
      message:
        `YARN_PRODUCTION=${yarnProduction} is a Yarn 1 setting, which Yarn 2+ does not know (Yarn 2 stops on it): the build leaves it out of the environment ` +
        'of its commands and scripts; Yarn installs every dependency, then the build prunes devDependencies.\n' +
        'To keep devDependencies with Yarn 2+, set YARN2_SKIP_PRUNING=true instead, and remove YARN_PRODUCTION.',
    });
  }
  const pin = yarnPathPin(manager, pm);
  // A release its file name does not tell is compared once it runs (compile).
  const named = pin && yarnPathRelease(pin.yarnPath);
  if (pin && named !== undefined && named !== pin.version) out.push(yarnPathDisagreement(pkg.packageManager!, pin.yarnPath, named));
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

/** packageManager's Yarn release beside a vendored yarnPath release (the one that runs). */
function yarnPathPin(manager: RequestedManager, pm: { yarnPath?: string }): { version: string; yarnPath: string } | undefined {
  if (!pm.yarnPath || manager.version?.source.kind !== 'file' || manager.version.source.key !== 'packageManager') return undefined;
  return { version: manager.version.value, yarnPath: pm.yarnPath };
}

/**
 * The release a vendored Yarn's file name gives, the way `yarn set version` names it
 * (`.yarn/releases/yarn-3.1.1.cjs`); undefined for any other name (`yarn-berry.cjs`).
 */
export function yarnPathRelease(yarnPath: string): string | undefined {
  return /(?:^|\/)yarn-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.c?js$/.exec(yarnPath)?.[1];
}

/** packageManager and the vendored release (`vendored`: its version) name different Yarns. */
export function yarnPathDisagreement(packageManager: string, yarnPath: string, vendored: string): Problem {
  return {
    id: 'nodejs/package-manager-ignored-for-yarn-path',
    message:
      `package.json pins packageManager ${packageManager}, but .yarnrc.yml sets yarnPath: ${yarnPath}, which is Yarn ${vendored}, ` +
      'and the vendored release is the Yarn that runs (as with Yarn itself).\n' +
      'Make them agree: `yarn set version <version>` updates both, or remove the yarnPath line and the vendored release to use packageManager.',
  };
}

/** Yarn/pnpm: which release to install, or the vendored yarnPath. */
function planManager(
  manager: RequestedManager, spec: ManagerSpec, files: NodeAppFiles, nodeVersion: string,
): { install?: ManagerPackage; yarnPath?: string; problems: Problem[] } {
  // A manager that comes with Node.js (npm) has no release to install.
  if (spec.registry === 'bundled') return { problems: [] };
  const yarnPath = manager.berry ? parseYarnPath(files.yarnrc) : undefined;
  if (yarnPath !== undefined) {
    if (!isInside(yarnPath)) throw nodeErrors.yarnPathInvalid(yarnPath, 'points outside the app');
    if (!files.yarnPathExists) throw nodeErrors.yarnPathInvalid(yarnPath, 'does not exist in the app');
    return { yarnPath: path.posix.normalize(yarnPath), problems: [] };
  }
  const { resolved, problems } = resolveManagerPackage(manager, nodeVersion, spec);
  return { install: resolved, problems };
}

/** The release lines of npm, Yarn and pnpm and their commands live in one table (managers.ts). */
export { NPM_RELEASE_FLAGS, importsWorkspaceTools, yarnPruneSkipped, type NpmFlavour } from './managers.js';

/**
 * The build's own hooks, and the names the same hooks have on Heroku (the peer buildpack
 * runs those): an app moved from there keeps them, and they would silently not run.
 */
const HOOKS: ReadonlyArray<{ readonly name: string; readonly heroku: string; readonly when: string }> = [
  { name: 'scalingo-prebuild', heroku: 'heroku-prebuild', when: 'before the dependencies are installed' },
  { name: 'scalingo-postbuild', heroku: 'heroku-postbuild', when: 'after the install, instead of the build script' },
  { name: 'scalingo-cleanup', heroku: 'heroku-cleanup', when: 'after devDependencies are pruned' },
];

/** A Heroku hook without its twin: not run, said in the log, and warned with the rename. */
function herokuHooks(pkg: PackageJson, manager: ManagerSpec): { skipped: Array<{ name: string; why: string }>; problems: Problem[] } {
  const orphans = HOOKS.filter((h) => pkg.scripts[h.heroku] !== undefined && pkg.scripts[h.name] === undefined);
  return {
    skipped: orphans.map((h) => ({ name: h.heroku, why: `it is Heroku's name for ${h.name}, which this build runs (see the warning)` })),
    problems: orphans.map((h) => ({
      id: 'nodejs/heroku-script-not-run',
      message:
        `package.json has a ${h.heroku} script, which is Heroku's name: this build runs ${h.name} ${h.when}, and no ${h.heroku}` +
        `${h.heroku === 'heroku-postbuild' && pkg.scripts.build !== undefined ? ' (so the build script runs now)' : ''}.\n` +
        `Rename ${h.heroku} to ${h.name} in package.json to run it (or add "${h.name}": "${runScriptCommand(manager, h.heroku, []).join(' ')}" to keep both).`,
    })),
  };
}

function planHooks(pkg: PackageJson, knobs: Knobs, manager: ManagerSpec): Pick<NodePlan, 'hooks' | 'skippedHooks'> & { problems: Problem[] } {
  const hooks: Hook[] = [];
  const heroku = herokuHooks(pkg, manager);
  const skippedHooks: Array<{ name: string; why: string }> = [...heroku.skipped];
  // NODE_BUILD_FLAGS (the upstream buildpack's knob) go to the build script, as the
  // peer passes them: after `--` for npm (npm run build -- --prod), directly for Yarn
  // and pnpm, which forward extra arguments themselves.
  const flags = (knobs.get('NODE_BUILD_FLAGS') ?? '').trim().split(/\s+/).filter((f) => f !== '');
  const add = (name: string, phase: Hook['phase']) => {
    const script = pkg.scripts[name];
    if (script === undefined) return;
    if (script.trim() === '') skippedHooks.push({ name, why: 'the script is empty' });
    else hooks.push({ name, phase, command: runScriptCommand(manager, name, phase === 'build' ? flags : []) });
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
  return { hooks, skippedHooks, problems: heroku.problems };
}

function planCache(pkg: PackageJson, knobs: Knobs, spec: ManagerSpec): Pick<NodePlan, 'cache' | 'cacheDirectories' | 'skippedCacheDirectories' | 'reuseInstall'> {
  let cacheDirectories: Array<Sourced<string>>;
  const skipped: Array<{ path: string; why: string }> = [];
  if (pkg.cacheDirectories) {
    const { key, paths } = pkg.cacheDirectories;
    cacheDirectories = paths.map((p) => ({ value: checkCachePath(key, p), source: fileSource('package.json', key) }));
    const uncached = spec.uncachedDirectories;
    if (uncached) {
      for (const d of cacheDirectories.filter((c) => uncached.test(c.value))) skipped.push({ path: d.value, why: uncached.why });
      cacheDirectories = cacheDirectories.filter((c) => !uncached.test(c.value));
    }
  } else {
    cacheDirectories = [{ value: 'bower_components', source: defaultSource() }];
  }
  const cache = knobs.get('NODE_MODULES_CACHE') === 'false'
    ? ({ enabled: false, why: 'NODE_MODULES_CACHE=false' } as const)
    : ({ enabled: true } as const);
  const reuseInstall = !cache.enabled
    ? ({ enabled: false, why: 'NODE_MODULES_CACHE=false' } as const)
    : knobs.get('NODE_REUSE_INSTALL') === 'false'
      ? ({ enabled: false, why: 'NODE_REUSE_INSTALL=false' } as const)
      : ({ enabled: true } as const);
  return { cache, cacheDirectories, ...(skipped.length > 0 ? { skippedCacheDirectories: skipped } : {}), reuseInstall };
}

/**
 * The scripts of the workspace members (the directories the workspace globs select; all
 * found when the globs cannot be read, so that no member's script is missed).
 */
function workspaceMemberScripts(kind: ManagerKind, files: NodeAppFiles): Array<{ dir: string; scripts: Readonly<Record<string, string>> }> {
  const found = Object.entries(files.memberManifests ?? {});
  const patterns = workspacePatterns(kind, files.packageJson, files.pnpmWorkspace);
  const selected = typeof patterns === 'string' ? undefined : selectMembers(patterns, found.map(([dir]) => dir));
  return found
    .filter(([dir]) => !Array.isArray(selected) || selected.includes(dir))
    .flatMap(([dir, text]) => {
      const m = readMemberManifest(dir, text);
      return m ? [{ dir, scripts: m.scripts }] : [];
    });
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
export async function builtProcessTypes(fs: AppFs): Promise<Pick<NodePlan, 'processTypes' | 'processSource'>> {
  const [packageJson, procfile, serverJs] = await Promise.all([fs.readText('package.json'), fs.readText('Procfile'), fs.exists('server.js')]);
  const pkg = parsePackageJson(packageJson ?? '{}');
  return planProcessTypes(pkg, { procfile, serverJs });
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

function processWarning(pkg: PackageJson, files: NodeAppFiles): Problem[] {
  if (Object.keys(planProcessTypes(pkg, files).processTypes).length > 0) return [];
  return [{
    id: 'nodejs/no-web-process',
    message:
      'The app declares no way to start: no web entry in a Procfile, no start script in package.json, no server.js.\n' +
      suggestStart(pkg, files.mainIsFile === true),
  }];
}
