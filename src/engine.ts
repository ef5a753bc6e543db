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
import { describeKind, ensureEngineDir, replaceLinkedDirs, writeEngineFile } from './fs/app-tree.js';
import { findSpecialFiles, specialFilesProblem } from './fs/special-files.js';
import { knobsFrom, parseConfigVars, readEnvDir, type ConfigVars, type Knobs } from './env/config-vars.js';
import { platformKnobProblems } from './env/knobs.js';
import { determineStack } from './env/stack.js';
import { detectApp, detectProvider, type Detection } from './detect/detect.js';
import type { BuildLog } from './log/build-log.js';
import { parseProcfile, renderReleaseYaml } from './release/procfile.js';
import { parseReleaseFile, RELEASE_FILE, RELEASE_FILE_PATH, renderReleaseFile } from './release/release-file.js';
import { LANGUAGES, PROVIDERS, planBuildTool } from './providers/index.js';
import type { AnyProvider, DetectedApp, Planned, PlatformEnv } from './providers/provider.js';
import { ENGINE_DIRS as SLUG_ENGINE_DIRS } from './layout/layout.js';
import { CacheWrites } from './cache/cache-writes.js';

// The engine knows no language: it iterates the providers (src/providers/index.ts). Each
// provider imports its planner and executor when a build needs it (start-up time): detect
// loads none of them, plan loads one language's planner, compile adds its executor. Each
// command's bundle holds only the imports it can reach (scripts/build.mjs).

export type { PlatformEnv };

interface Prepared {
  readonly fs: AppFs;
  readonly configVars: ConfigVars;
  readonly knobs: Knobs;
  /** Problems found before planning (config vars, stack). */
  readonly problems: readonly Problem[];
  readonly provider: AnyProvider;
  readonly detection: DetectedApp;
  readonly planned: Planned;
}

/** `p` made absolute; a relative one needs the working directory, which may have been deleted (see main.ts). */
function absolutePath(p: string): string {
  try {
    return path.resolve(p);
  } catch {
    throw engineErrors.workingDirGone(p);
  }
}

export async function checkBuildDir(buildDir: string | undefined): Promise<string> {
  if (!buildDir) throw engineErrors.usage('Missing BUILD_DIR argument.');
  const abs = absolutePath(buildDir);
  const st = await fs.stat(abs).catch(() => undefined);
  if (!st?.isDirectory()) throw engineErrors.buildDirMissing(abs);
  return abs;
}

/** CACHE_DIR must be a writable directory (created when missing): said up front, not as an EEXIST later. */
export async function checkCacheDir(cacheDir: string): Promise<string> {
  const abs = absolutePath(cacheDir);
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

/** Where `p` leads with every link resolved: the nearest existing ancestor's real path, then the rest as given. */
async function realPathOf(p: string): Promise<string> {
  const rest: string[] = [];
  for (let at = p; ; at = path.dirname(at)) {
    const real = await fs.realpath(at).catch(() => undefined);
    if (real !== undefined) return path.join(real, ...rest.reverse());
    if (at === path.dirname(at)) return p;
    rest.push(path.basename(at));
  }
}

/**
 * CACHE_DIR and BUILD_DIR must not overlap: a cache inside the app ships in the slug (and
 * each save would copy the cache into itself), an app inside the cache is deleted with it.
 * Refused rather than worked around: it is the platform's setup, fixed once there.
 */
export async function checkDirsApart(buildDir: string, cacheDir: string): Promise<void> {
  const [build, cache] = await Promise.all([realPathOf(buildDir), realPathOf(cacheDir)]);
  const inside = (a: string, b: string) => a === b || a.startsWith(b.endsWith('/') ? b : `${b}/`);
  if (inside(cache, build)) throw engineErrors.cacheDirInBuildDir(cacheDir, buildDir, cache === build ? 'is' : 'is inside');
  if (inside(build, cache)) throw engineErrors.cacheDirInBuildDir(cacheDir, buildDir, 'holds');
}

/**
 * Directories the engine, or an install it runs, writes into: a link there would lead the
 * build's writes (and npm's deletions) outside the app, a file would break the step. They
 * are replaced before anything runs (src/fs/app-tree.ts). Each provider's plan adds its own.
 */
const ENGINE_DIRS = Object.values(SLUG_ENGINE_DIRS);

export async function detect(buildDir: string): Promise<Detection> {
  return detectApp(realAppFs(await checkBuildDir(buildDir)));
}

async function prepare(buildDir: string, envDir: string | undefined, platformEnv: PlatformEnv, mode: 'plan' | 'compile'): Promise<Prepared> {
  const appFs = realAppFs(await checkBuildDir(buildDir));
  const envRead = await readEnvDir(envDir);
  const { vars: configVars, problems } = parseConfigVars(envRead.entries);
  problems.unshift(...envRead.problems);
  const knobs = knobsFrom(configVars, platformEnv);
  // A knob set by the fleet with a value it cannot take warns as a config var would.
  problems.push(...platformKnobProblems(platformEnv, configVars));
  const { stack, problems: stackProblems } = determineStack(platformEnv.STACK);
  const found = await detectProvider(appFs);
  if ('reason' in found) throw engineErrors.noAppDetected(found.reason, LANGUAGES);
  const { provider, detection } = found;
  const input = { fs: appFs, configVars, knobs, stack: stack.value, mode };
  const planned = await provider.plan(detection, { ...input, planBuildTool: (id) => planBuildTool(id, input) });
  return { fs: appFs, configVars, knobs, problems: [...problems, ...stackProblems], provider, detection, planned };
}

/** What bin/plan prints: the plan, with the warnings found before planning. */
export async function plan(buildDir: string, envDir: string | undefined, platformEnv: PlatformEnv): Promise<Record<string, unknown>> {
  const p = await prepare(buildDir, envDir, platformEnv, 'plan');
  return p.provider.describe(p.planned, p.problems);
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
  const build = await checkBuildDir(buildDir);
  await checkDirsApart(build, absolutePath(cacheDir));
  await checkCacheDir(cacheDir);
  const p = await prepare(buildDir, envDir, platformEnv, 'compile');
  log.header(`${p.detection.label} app detected`);
  for (const w of p.problems) log.warn(w);
  await replaceLinkedDirs(p.fs.root, [...ENGINE_DIRS, ...p.planned.engineDirs], (w) => log.warn(w));
  const special = specialFilesProblem((await findSpecialFiles(p.fs.root)).found);
  if (special) log.warn(special);
  const tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'engine-'));
  try {
    const cacheAt = absolutePath(cacheDir);
    try {
      const processTypes = await p.provider.compile(p.planned, {
        buildDir: p.fs.root, cacheDir: cacheAt, tmpDir,
        configVars: p.configVars, knobs: p.knobs, platformEnv, log, root: runsAsRoot,
        cacheWrites: await CacheWrites.open(cacheAt, log),
      });
      // What bin/release reports (after the Procfile): written last, over anything a build step left there.
      const dir = await ensureEngineDir(p.fs.root, RELEASE_FILE.dir, (w) => log.warn(w));
      await writeEngineFile(dir, RELEASE_FILE.name, renderReleaseFile(processTypes));
    } catch (e) {
      // A full disk is said as such, whichever step hit it (src/fs/disk-full-error.ts).
      const { asDiskFull } = await import('./fs/disk-full-error.js');
      throw (await asDiskFull(e, { buildDir: p.fs.root, cacheDir: cacheAt, tmpDir })) ?? e;
    }
  } finally {
    await fs.rm(tmpDir, { recursive: true, force: true });
  }
  log.header('Build succeeded');
}

/**
 * Process types for bin/release: the Procfile's web entry; else what compile recorded in
 * .scalingo/release.json. A BUILD_DIR compiled by an engine older than release.json has
 * no such file: then each provider, in order, reads the built tree as releases did before
 * (the PHP boot script; npm start; node server.js). Keep that fallback while such build
 * directories can still be released.
 */
export async function release(buildDir: string): Promise<string> {
  const appFs = realAppFs(await checkBuildDir(buildDir));
  const procfile = await appFs.readText('Procfile');
  const web = procfile !== undefined ? parseProcfile(procfile).web : undefined;
  if (web) return renderReleaseYaml({ web });
  const recorded = await appFs.readText(RELEASE_FILE_PATH);
  if (recorded !== undefined) {
    const parsed = parseReleaseFile(recorded);
    if ('problem' in parsed) throw engineErrors.releaseFileInvalid(RELEASE_FILE_PATH, parsed.problem);
    return renderReleaseYaml(parsed.processTypes);
  }
  for (const provider of PROVIDERS) {
    const legacy = await provider.legacyProcessTypes(appFs);
    if (legacy !== undefined) return renderReleaseYaml(legacy);
  }
  return renderReleaseYaml({});
}
