/**
 * How one language's build uses another as a tool (Node.js builds a PHP app's front-end
 * assets, php.md §9), below both: the app's language asks for the tool by provider id
 * (PlanInput.planBuildTool) and gets this, so it imports nothing of the tool's.
 */
import type { Problem } from '../errors/build-error.js';
import type { ConfigVars } from '../env/config-vars.js';
import type { BuildLog } from '../log/build-log.js';
import type { CacheWrites } from '../cache/cache-writes.js';
import type { RunCommand } from '../exec/run.js';

export type PlanBuildTool = (id: string) => Promise<PlannedBuildTool>;

/**
 * A language used by another one's build, planned: everything the app's language needs of
 * it is here, so it composes the tool without knowing its plan. The tool serves nothing
 * (no process type, no run-time tuning of its own); it installs itself into the app,
 * runs its build, and gives the later steps its PATH entries.
 */
export interface PlannedBuildTool {
  readonly id: string;
  /** As users read it ("Node.js"). */
  readonly name: string;
  /** What it installs ("node": "24.18.0", "npm": …), for the app plan's summary. */
  readonly versions: Readonly<Record<string, string>>;
  /** Its plan's warnings, said with the app's (none that only an app of its own language gets). */
  readonly warnings: readonly Problem[];
  /** As Planned.engineDirs: where its installs write in the app. */
  readonly engineDirs: readonly string[];
  /** Directories, relative to BUILD_DIR, that the app's later build commands get on PATH. */
  readonly pathEntries: readonly string[];
  /** Its part of bin/plan's JSON. */
  readonly description: Readonly<Record<string, unknown>>;
  /** Its steps, logged under the app's header for them. */
  compile(input: BuildToolCompileInput): Promise<void>;
}

export interface BuildToolCompileInput {
  readonly buildDir: string;
  readonly cacheDir: string;
  readonly tmpDir: string;
  readonly configVars: ConfigVars;
  readonly platformEnv: Readonly<Record<string, string | undefined>>;
  readonly log: BuildLog;
  readonly cacheWrites: CacheWrites;
  /** Runs its commands: runCommand unless a test records them. */
  readonly run?: RunCommand;
}
