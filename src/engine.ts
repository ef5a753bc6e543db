/**
 * The engine's use cases, independent of the classic buildpack argv (common.md §8):
 * detect, plan, compile, release. They return values or throw BuildError; only the
 * CLI maps outcomes to exit codes and streams.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Problem } from './errors/build-error.js';
import { engineErrors } from './errors/catalog.js';
import { realAppFs, type AppFs } from './fs/app-fs.js';
import { describeKind, replaceLinkedDirs } from './fs/app-tree.js';
import { knobsFrom, parseConfigVars, readEnvDir, type ConfigVars, type Knobs } from './env/config-vars.js';
import { determineStack } from './env/stack.js';
import { detectApp, type Detection } from './detect/detect.js';
import type { BuildLog } from './log/build-log.js';
import type { NodePlan } from './nodejs/plan.js';
import { parsePackageJson } from './nodejs/package-json.js';
import { parseProcfile, renderReleaseYaml } from './release/procfile.js';
import type { PhpPlan } from './php/plan.js';
import type { PhpStores } from './php/stores.js';

// Each language's planner and executor is imported when a build needs it (issue 13):
// detect loads none of them, plan loads one language's planner, compile adds its
// executor. The bundle splits along these imports (scripts/build.mjs).
const nodePlanner = () => import('./nodejs/plan.js');
const phpPlanner = () => import('./php/plan.js');
const phpStores = () => import('./php/stores.js');
const nodeTable = async () => (await import('./nodejs/node-table.js')).embeddedNodeTable();

export type PlatformEnv = Readonly<Record<string, string | undefined>>;

interface PreparedBase {
  readonly fs: AppFs;
  readonly configVars: ConfigVars;
  readonly knobs: Knobs;
  /** Problems found before planning (config vars, stack). */
  readonly problems: readonly Problem[];
}

type Prepared =
  | (PreparedBase & { readonly detection: Extract<Detection, { kind: 'nodejs' }>; readonly plan: NodePlan })
  | (PreparedBase & { readonly detection: Extract<Detection, { kind: 'php' }>; readonly plan: PhpPlan; readonly stores: PhpStores });

export async function checkBuildDir(buildDir: string | undefined): Promise<string> {
  if (!buildDir) throw engineErrors.usage('Missing BUILD_DIR argument.');
  const abs = path.resolve(buildDir);
  const st = await fs.stat(abs).catch(() => undefined);
  if (!st?.isDirectory()) throw engineErrors.buildDirMissing(abs);
  return abs;
}

/** CACHE_DIR must be a writable directory (created when missing): said up front, not as an EEXIST later. */
export async function checkCacheDir(cacheDir: string): Promise<string> {
  const abs = path.resolve(cacheDir);
  const code = (e: unknown) => String((e as { code?: string } | null)?.code ?? e);
  const st = await fs.stat(abs).catch(() => undefined);
  if (st && !st.isDirectory()) throw engineErrors.cacheDirInvalid(abs, describeKind(st));
  if (!st) {
    await fs.mkdir(abs, { recursive: true }).catch((e: unknown) => {
      if (code(e) === 'ENOTDIR' || code(e) === 'EEXIST') throw engineErrors.cacheDirInvalid(abs, 'below a file, so it cannot be created');
      throw engineErrors.cacheDirReadOnly(abs, code(e));
    });
  }
  const probe = path.join(abs, `.write-check-${process.pid}`);
  try {
    await fs.writeFile(probe, '', { flag: 'wx' });
  } catch (e) {
    if (code(e) !== 'EEXIST') throw engineErrors.cacheDirReadOnly(abs, code(e));
  } finally {
    await fs.rm(probe, { force: true }).catch(() => undefined);
  }
  return abs;
}

/**
 * Directories the engine, or an install it runs, writes into: a link there would lead the
 * build's writes (and npm's deletions) outside the app, a file would break the step. They
 * are replaced before anything runs (src/fs/app-tree.ts).
 */
const ENGINE_DIRS = {
  always: ['.scalingo', '.profile.d'],
  nodejs: ['node_modules', '.yarn/cache', '.yarn/unplugged'],
  composer: ['vendor'],
} as const;

export async function detect(buildDir: string): Promise<Detection> {
  return detectApp(realAppFs(await checkBuildDir(buildDir)));
}

async function prepare(buildDir: string, envDir: string | undefined, platformEnv: PlatformEnv, mode: 'plan' | 'compile'): Promise<Prepared> {
  const appFs = realAppFs(await checkBuildDir(buildDir));
  const { vars: configVars, problems } = parseConfigVars(await readEnvDir(envDir));
  const knobs = knobsFrom(configVars, platformEnv);
  const { stack, problems: stackProblems } = determineStack(platformEnv.STACK);
  const detection = await detectApp(appFs);
  if (detection.kind === 'none') {
    throw engineErrors.noAppDetected(detection.reason);
  }
  const base = { fs: appFs, configVars, knobs, problems: [...problems, ...stackProblems] };
  if (detection.kind === 'php') {
    const [{ planPhpBuild }, { loadPhpStores, requireStores }, table] = await Promise.all([phpPlanner(), phpStores(), nodeTable()]);
    if (mode === 'compile') requireStores(knobs);
    const stores = await loadPhpStores(knobs, stack.value, mode);
    const plan = await planPhpBuild(appFs, {
      stack: stack.value, configVars, knobs, catalogs: stores.catalogs, nodeTable: table,
    });
    return { ...base, detection, plan, stores };
  }
  const [{ planNodeBuild, readNodeApp }, table] = await Promise.all([nodePlanner(), nodeTable()]);
  const plan = planNodeBuild(await readNodeApp(appFs), {
    stack: stack.value, table, configVars, knobs,
  });
  return { ...base, detection, plan };
}

/** What bin/plan prints: the plan, with the warnings found before planning. */
export async function plan(buildDir: string, envDir: string | undefined, platformEnv: PlatformEnv): Promise<Record<string, unknown>> {
  const p = await prepare(buildDir, envDir, platformEnv, 'plan');
  if ('stores' in p) return (await import('./php/describe.js')).phpPlanToJson(p.plan, p.problems, p.stores);
  return (await import('./nodejs/plan-json.js')).planToJson(p.plan, p.problems);
}


export async function compile(
  buildDir: string,
  cacheDir: string | undefined,
  envDir: string | undefined,
  platformEnv: PlatformEnv,
  log: BuildLog,
  runsAsRoot = false,
): Promise<void> {
  if (!cacheDir) throw engineErrors.usage('Missing CACHE_DIR argument: bin/compile BUILD_DIR CACHE_DIR [ENV_DIR]');
  await checkBuildDir(buildDir);
  await checkCacheDir(cacheDir);
  const p = await prepare(buildDir, envDir, platformEnv, 'compile');
  log.header(`${p.detection.label} app detected`);
  for (const w of p.problems) log.warn(w);
  const usesNode = !('stores' in p) || p.plan.node !== undefined;
  const usesComposer = 'stores' in p && p.plan.composer !== undefined;
  await replaceLinkedDirs(p.fs.root, [
    ...ENGINE_DIRS.always, ...(usesNode ? ENGINE_DIRS.nodejs : []), ...(usesComposer ? ENGINE_DIRS.composer : []),
  ], (w) => log.warn(w));
  const tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'engine-'));
  try {
    if ('stores' in p) {
      const { compilePhp } = await import('./php/compile.js');
      await compilePhp(p.plan, {
        buildDir: p.fs.root, cacheDir: path.resolve(cacheDir), tmpDir, stores: p.stores, nodeTable: await nodeTable(),
        configVars: p.configVars, knobs: p.knobs, platformEnv, log, root: runsAsRoot,
      });
    } else {
      const { compileNode } = await import('./nodejs/compile.js');
      await compileNode(p.plan, {
        buildDir: p.fs.root, cacheDir: path.resolve(cacheDir), tmpDir, table: await nodeTable(),
        configVars: p.configVars, knobs: p.knobs, platformEnv, log,
      });
    }
  } finally {
    await fs.rm(tmpDir, { recursive: true, force: true });
  }
  log.header('Build succeeded');
}

/**
 * Process types for bin/release: Procfile web; else the PHP boot script when compile
 * wrote one; else npm start, else node server.js.
 */
export async function release(buildDir: string): Promise<string> {
  const appFs = realAppFs(await checkBuildDir(buildDir));
  const procfile = await appFs.readText('Procfile');
  const web = procfile !== undefined ? parseProcfile(procfile).web : undefined;
  if (web) return renderReleaseYaml({ web });
  const { BOOT_SCRIPT, DEFAULT_WEB_COMMAND } = await phpPlanner();
  if (await appFs.exists(BOOT_SCRIPT)) return renderReleaseYaml({ web: DEFAULT_WEB_COMMAND });
  const pkgText = await appFs.readText('package.json');
  if (pkgText !== undefined) {
    const pkg = parsePackageJson(pkgText);
    if (pkg.scripts.start?.trim()) return renderReleaseYaml({ web: 'npm start' });
  }
  if (await appFs.exists('server.js')) return renderReleaseYaml({ web: 'node server.js' });
  return renderReleaseYaml({});
}
