/**
 * What differs between releases of Yarn and pnpm, read from two data files:
 * data/manager-versions.json (generated from the registry: release lists and, per run
 * of releases, engines.node and whether the package is a native-binary launcher) and
 * data/manager-rules.json (hand-maintained ranges: env settings, prune argv, entry
 * points, built-in plugins). Executors and planners ask `releaseRules(kind, version)`
 * for one release's row instead of comparing versions themselves. Pure.
 */
import semver from 'semver';
import versionsDoc from '../../data/manager-versions.json' with { type: 'json' };
import rulesDoc from '../../data/manager-rules.json' with { type: 'json' };
import npmVersionsDoc from '../../data/npm-versions.json' with { type: 'json' };

/** The release lines that resolve from different npm packages (a row of managers.ts names its line). */
export type ReleaseLine = 'yarn' | 'yarnBerry' | 'pnpm';
/** The old name of ReleaseLine (not the ManagerKind of managers.ts, which also covers npm). */
export type ManagerKind = ReleaseLine;

export interface ReleaseTraits {
  /** engines.node of the release's npm package. */
  readonly node: string;
  /** The per-platform native-binary package family (`@pnpm/exe`), when the npm package is a launcher. */
  readonly native?: string;
  /** The npm package carrying this release, when not the line's own (Yarn 2.4.3: `yarn`, not @yarnpkg/cli-dist). */
  readonly pkg?: string;
}

/** Everything the build needs to know about one Yarn or pnpm release. */
export interface ReleaseRules extends ReleaseTraits {
  /** Env settings the release understands (and the build sets for every step). */
  readonly env: Readonly<Record<string, string>>;
  /** Env for the manager's own install and prune commands only (not the app's scripts). */
  readonly commandEnv: Readonly<Record<string, string>>;
  /** pnpm: the install argv after `pnpm`. */
  readonly install?: readonly string[];
  /** pnpm: the prune argv after `pnpm`, and whether it runs the app's lifecycle scripts. */
  readonly prune?: { readonly args: readonly string[]; readonly runsLifecycleScripts: boolean };
  /** pnpm: entry points inside the installed package. */
  readonly bin?: { readonly pnpm: string; readonly pnpx: string };
  /** Yarn 2+: whether `yarn workspaces focus` is built in (else it needs the workspace-tools plugin). */
  readonly workspaceToolsBuiltIn?: boolean;
  /** Yarn 2+ without it built in: the npm package its `workspaces focus` can be loaded from for the prune. */
  readonly workspaceToolsFromRegistry?: { readonly name: string; readonly version: string };
}

interface RangeRow {
  readonly range: string;
}

const inRange = (version: string, range: string) => semver.satisfies(version, range, { includePrerelease: true });

/** Later rows override earlier ones: the last matching row wins. */
function lastMatch<T extends RangeRow>(rows: readonly T[] | undefined, version: string): T | undefined {
  return rows?.filter((r) => inRange(version, r.range)).at(-1);
}

export const MANAGER_VERSIONS: Readonly<Record<ReleaseLine, readonly string[]>> = {
  yarn: versionsDoc.yarn,
  yarnBerry: versionsDoc.yarnBerry,
  pnpm: versionsDoc.pnpm,
};

interface TraitRun { from: string; to: string; node: string; native?: string; pkg?: string }
const TRAITS = versionsDoc.traits as Record<ReleaseLine, readonly TraitRun[]>;

/** engines.node and launcher layout of a release; unknown releases (yarnPath, pre-releases) run anywhere. */
export function releaseTraits(kind: ReleaseLine, version: string): ReleaseTraits {
  const run = TRAITS[kind].find((t) => semver.gte(version, t.from) && semver.lte(version, t.to));
  return run ? { node: run.node, ...(run.native ? { native: run.native } : {}), ...(run.pkg ? { pkg: run.pkg } : {}) } : { node: '*' };
}

/**
 * The oldest release of a line the build's install command works with (data/manager-rules.json
 * `installsFrom`): older ones are in the release list (a pin to them is recognised) but
 * stop the build, naming the nearest one that installs.
 */
export function oldestInstallable(kind: ReleaseLine): string | undefined {
  return (RULES[kind] as { installsFrom?: { version: string } } | undefined)?.installsFrom?.version;
}

interface EnvRow extends RangeRow { env: Record<string, string> }
interface PruneRow extends RangeRow { args: string[]; runsLifecycleScripts: boolean }
interface BinRow extends RangeRow { pnpm: string; pnpx: string }
interface ToolsRow extends RangeRow { builtIn: boolean; registryPlugin?: { name: string; version: string } }
interface InstallRow extends RangeRow { args: string[] }
interface KindRules { install?: InstallRow[]; env?: EnvRow[]; commandEnv?: EnvRow[]; prune?: PruneRow[]; bin?: BinRow[]; workspaceTools?: ToolsRow[] }
const RULES = rulesDoc as unknown as Partial<Record<ReleaseLine, KindRules>> & {
  pnpm: { storePruneEveryBuilds: number };
  npm: { node: ReadonlyArray<RangeRow & { node: string }> };
};

/** Why `npm prune` cannot be trusted in this npm release (data/manager-rules.json `npm.pruneBroken`), or undefined. */
export function npmPruneBroken(version: string): { readonly issue: string } | undefined {
  const row = lastMatch((RULES.npm as { pruneBroken?: ReadonlyArray<RangeRow & { issue: string }> }).pruneBroken, version);
  return row && { issue: row.issue };
}

/** Every npm release a user can pin (data/npm-versions.json), newest first. */
export const NPM_VERSIONS: readonly string[] = npmVersionsDoc.versions;
const NPM_TRAITS = npmVersionsDoc.traits as readonly TraitRun[];

/**
 * The Node.js releases an npm release runs on: its package's engines.node, else (npm 2.0
 * to 6.13 declare none) the range data/manager-rules.json gives its line, else any.
 */
export function npmRunsOn(version: string): string {
  const run = NPM_TRAITS.find((t) => semver.gte(version, t.from) && semver.lte(version, t.to));
  if (run && run.node !== '*') return run.node;
  return lastMatch(RULES.npm.node, version)?.node ?? '*';
}

/** How many builds a cached pnpm store serves between two `pnpm store prune` runs. */
export const PNPM_STORE_PRUNE_EVERY: number = RULES.pnpm.storePruneEveryBuilds;

export function releaseRules(kind: ReleaseLine, version: string): ReleaseRules {
  const rules = RULES[kind] ?? {};
  const env: Record<string, string> = {};
  // Env rows add up: each names the settings that exist from its release on.
  for (const row of rules.env ?? []) if (inRange(version, row.range)) Object.assign(env, row.env);
  const commandEnv: Record<string, string> = {};
  for (const row of rules.commandEnv ?? []) if (inRange(version, row.range)) Object.assign(commandEnv, row.env);
  const install = lastMatch(rules.install, version);
  const prune = lastMatch(rules.prune, version);
  const bin = lastMatch(rules.bin, version);
  const tools = lastMatch(rules.workspaceTools, version);
  return {
    ...releaseTraits(kind, version),
    env,
    commandEnv,
    ...(install ? { install: install.args } : {}),
    ...(prune ? { prune: { args: prune.args, runsLifecycleScripts: prune.runsLifecycleScripts } } : {}),
    ...(bin ? { bin: { pnpm: bin.pnpm, pnpx: bin.pnpx } } : {}),
    ...(tools ? { workspaceToolsBuiltIn: tools.builtIn } : {}),
    ...(tools?.registryPlugin ? { workspaceToolsFromRegistry: tools.registryPlugin } : {}),
  };
}

/** The npm package of a launcher's native binary for this machine (Linux x64 glibc, the stacks' platform). */
export function nativePackageName(family: string): string {
  return `${family}.linux-x64`;
}
