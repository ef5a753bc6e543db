/**
 * The contract every language implements. The engine (src/engine.ts)
 * and detection (src/detect/detect.ts) iterate the ordered list in ./index.ts and know no
 * language by name. A provider module imports only types and neutral modules statically:
 * its planner and executor load on demand (dynamic imports inside plan/describe/compile),
 * so `bin/detect` loads no language's planner.
 */
import type { Problem } from '../errors/build-error.js';
import type { AppFs } from '../fs/app-fs.js';
import type { ConfigVars, Knobs } from '../env/config-vars.js';
import type { BuildLog } from '../log/build-log.js';
import type { CacheWrites } from '../cache/cache-writes.js';
import type { PlanBuildTool, PlannedBuildTool } from '../compose/build-tool.js';
export type { BuildToolCompileInput, PlanBuildTool, PlannedBuildTool } from '../compose/build-tool.js';

export type PlatformEnv = Readonly<Record<string, string | undefined>>;
export type { ProcessTypes } from '../release/release-file.js';
import type { ProcessTypes } from '../release/release-file.js';

/** What every detection carries; a provider adds its own fields. `kind` is the provider's id. */
export interface DetectedApp {
  readonly kind: string;
  /** Printed by bin/detect and in compile's first header. */
  readonly label: string;
}

export interface PlanInput {
  readonly fs: AppFs;
  readonly configVars: ConfigVars;
  readonly knobs: Knobs;
  readonly stack: string;
  /** bin/plan or bin/compile: compile may require what plan only describes (e.g. the PHP store). */
  readonly mode: 'plan' | 'compile';
  /**
   * Plans another language as a build tool of this app (PHP asks for 'nodejs' to build
   * front-end assets): the app's language names the tool by id and imports nothing of it.
   */
  readonly planBuildTool: PlanBuildTool;
}

/** What the engine itself needs from any provider's plan. */
export interface Planned {
  /**
   * Directories the build (or an install it runs) writes into, beyond `.scalingo` and
   * `.profile.d`: replaced before anything runs when they are links or files.
   */
  readonly engineDirs: readonly string[];
}

export interface CompileInput {
  readonly buildDir: string;
  readonly cacheDir: string;
  readonly tmpDir: string;
  readonly configVars: ConfigVars;
  readonly knobs: Knobs;
  readonly platformEnv: PlatformEnv;
  readonly log: BuildLog;
  /** The build's writes into CACHE_DIR (best-effort; a full cache disk said once). */
  readonly cacheWrites: CacheWrites;
  /** The build runs as root (process.getuid() === 0), read by the CLI edge. */
  readonly root: boolean;
}

/**
 * One language. Methods (not function-valued properties) on purpose: a list of providers
 * of different plan types is a `readonly AnyProvider[]`, and the engine only ever passes
 * a provider's own detection and plan back to it.
 */
export interface Provider<D extends DetectedApp, P extends Planned> {
  /** The detection kind and the prefix of the provider's error and warning ids. */
  readonly id: D['kind'];
  /** The language as users read it ("Node.js"). */
  readonly name: string;
  /**
   * Root files that make an app this language's, manifest first: named when nothing is
   * detected (and checked against .gitignore/.slugignore); the manifest is what is looked
   * for in subfolders.
   */
  readonly signalFiles: readonly [string, ...string[]];
  /** undefined: not this language. Reads only through AppFs. */
  detect(fs: AppFs): Promise<D | undefined>;
  plan(detection: D, input: PlanInput): Promise<P>;
  /** This language as another one's build tool (undefined: it is never one). */
  planAsBuildTool?(input: Omit<PlanInput, 'planBuildTool'>): Promise<PlannedBuildTool>;
  /** What bin/plan prints. */
  describe(planned: P, problems: readonly Problem[]): Promise<Record<string, unknown>>;
  /** Builds the app; returns the process types bin/release reports (recorded in .scalingo/release.json). */
  compile(planned: P, input: CompileInput): Promise<ProcessTypes>;
  /**
   * bin/release on a BUILD_DIR compiled by an engine older than .scalingo/release.json:
   * the process types read from the built tree, as releases did before (undefined: not
   * this language's build).
   */
  legacyProcessTypes(fs: AppFs): Promise<ProcessTypes | undefined>;
}

export type AnyProvider = Provider<DetectedApp, Planned>;
