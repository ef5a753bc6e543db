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
import { determinePackageManager, resolveNpmVersion, type Lockfiles, type RequestedManager } from './package-manager.js';

/** The raw facts about an app that planning needs; read once by `readNodeApp`. */
export interface NodeAppFiles {
  readonly packageJson?: string;
  readonly nvmrc?: string;
  readonly nodeVersion?: string;
  readonly lockfiles: Lockfiles;
  readonly procfile?: string;
  readonly serverJs: boolean;
  readonly meteor: boolean;
}

export async function readNodeApp(fs: AppFs): Promise<NodeAppFiles> {
  const [packageJson, nvmrc, nodeVersion, packageLock, shrinkwrap, yarnLock, pnpmLock, procfile, serverJs, meteor] =
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
    ]);
  return {
    packageJson, nvmrc, nodeVersion, procfile, serverJs, meteor,
    lockfiles: { packageLock, shrinkwrap, yarnLock, pnpmLock },
  };
}

export interface Hook {
  readonly name: string;
  readonly phase: 'prebuild' | 'build' | 'cleanup';
  readonly command: readonly string[];
}

export type PruneStep = { readonly command: readonly string[] } | { readonly skipped: string };

export interface NodePlan {
  readonly language: 'nodejs';
  readonly stack: string;
  readonly versions: { readonly node: string; readonly npm?: string };
  readonly node: ResolvedNode;
  readonly packageManager: {
    readonly name: 'npm';
    readonly version?: string;
    readonly source: string;
    readonly why: string;
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
  if (manager.name !== 'npm') {
    throw nodeErrors.managerNotSupportedYet(manager.berry ? 'Yarn 2+' : manager.name === 'yarn' ? 'Yarn 1' : 'pnpm', manager.lockfile!);
  }
  const npmVersion = manager.version ? resolveNpmVersion(manager.version) : undefined;
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

  return {
    language: 'nodejs',
    stack: ctx.stack,
    versions: { node: node.version, ...(npmVersion ? { npm: npmVersion } : {}) },
    node,
    packageManager: {
      name: 'npm',
      ...(npmVersion ? { version: npmVersion } : {}),
      source: manager.version ? `${manager.version.source} (${manager.version.value})` : 'bundled with Node.js',
      why: manager.why,
    },
    install: planNpmInstall(manager, ctx),
    prune: planNpmPrune(ctx.configVars, nodeEnv, npmMajor),
    ...planHooks(pkg, ctx.knobs),
    ...planCache(pkg, ctx.knobs),
    buildEnv,
    ...planProcessTypes(pkg, files),
    warnings: [...warnings, ...processWarning(pkg, files)],
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

function planHooks(pkg: PackageJson, knobs: Knobs): Pick<NodePlan, 'hooks' | 'skippedHooks'> {
  const hooks: Hook[] = [];
  const skippedHooks: Array<{ name: string; why: string }> = [];
  const add = (name: string, phase: Hook['phase']) => {
    const script = pkg.scripts[name];
    if (script === undefined) return;
    if (script.trim() === '') skippedHooks.push({ name, why: 'the script is empty' });
    else hooks.push({ name, phase, command: ['npm', 'run', name] });
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
