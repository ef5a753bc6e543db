/**
 * Which package manager installs the app, decided by its lockfile (nodejs.md §3), and
 * which version of it was requested. Pure.
 */
import semver from 'semver';
import { rangeTester } from './range-test.js';
import { BuildError, type Problem } from '../errors/build-error.js';
import { defaultSource, describeSource, fileSource, type Sourced } from '../env/sourced.js';
import { nodeErrors } from './errors.js';
import type { PackageJson } from './package-json.js';
import { MANAGER_VERSIONS, NPM_VERSIONS, nativePackageName, npmRunsOn, oldestInstallable, releaseRules, releaseTraits } from './manager-releases.js';
import { MANAGERS as MANAGER_ROWS, detectManagerRow, managerSpec, type ManagerKind, type ManagerSpec, type ManagerTable, type PresentLockfiles } from './managers.js';

/** The `command` of a manager row (a test's extra row widens it at run time). */
export type ManagerName = 'npm' | 'yarn' | 'pnpm';

/** Which lockfiles the app has, by name (see PresentLockfiles): the rows' lockfiles, read generically. */
export type Lockfiles = PresentLockfiles;

export interface RequestedManager {
  /** The row of the manager table. */
  readonly kind: ManagerKind;
  readonly name: ManagerName;
  /** Yarn 2+ (Berry-format yarn.lock). */
  readonly berry: boolean;
  readonly lockfile?: string;
  readonly why: string;
  /** A version range, when one was declared. */
  readonly version?: Sourced<string>;
  /** `+sha512.<hex>` from packageManager, when given. */
  readonly hash?: string;
}

/** The names packageManager and engines.* may give: the commands of the manager rows. */
const commandsOf = (table: ManagerTable) => [...new Set(Object.values(table).map((s) => s.command))] as ManagerName[];
const fieldPattern = (names: readonly string[]) =>
  new RegExp(`^(${names.join('|')})@(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)(?:\\+([a-z0-9]+\\.[0-9a-fA-F]+))?$`);
const FIELD = fieldPattern(commandsOf(MANAGER_ROWS));
/** "npm, yarn or pnpm". */
const orList = (names: readonly string[]) => names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');

export function parsePackageManagerField(field: string, table: ManagerTable = MANAGER_ROWS): { name: ManagerName; version: string; hash?: string } {
  const m = (table === MANAGER_ROWS ? FIELD : fieldPattern(commandsOf(table))).exec(field.trim());
  if (!m) {
    throw new BuildError(
      'nodejs/invalid-package-manager-field',
      `package.json: packageManager ${JSON.stringify(field)} is not valid`,
      `packageManager must name ${orList(commandsOf(table))} with an exact version, optionally followed by a ` +
        'hash, e.g. "npm@11.6.2", "yarn@4.5.0" or "pnpm@9.12.0+sha512.<hex>".\nFix the field, commit, and deploy again.',
    );
  }
  return { name: m[1] as ManagerName, version: m[2]!, hash: m[3] };
}

/**
 * The manager whose lockfile the app has (the rows' `detect` data decides), and the
 * version packageManager or engines.* request for it. `table` is the manager table (a
 * test passes one with an extra row).
 */
export function determinePackageManager(
  pkg: PackageJson,
  lock: Lockfiles,
  table: ManagerTable = MANAGER_ROWS,
): { manager: RequestedManager; problems: Problem[] } {
  // Lockfile conflicts first (detectManagerRow throws): they make the choice itself ambiguous.
  const row = detectManagerRow(lock, table);
  const names = commandsOf(table);

  const field = pkg.packageManager === undefined ? undefined : parsePackageManagerField(pkg.packageManager, table);
  const declared = new Map<ManagerName, string[]>();
  for (const name of names) {
    if (pkg.engines[name] !== undefined) declared.set(name, [`engines.${name}: ${JSON.stringify(pkg.engines[name])}`]);
  }
  if (field) {
    declared.set(field.name, [...(declared.get(field.name) ?? []), `packageManager: ${JSON.stringify(pkg.packageManager)}`]);
  }
  if (declared.size > 1) throw nodeErrors.multipleManagers([...declared.values()].flat());

  const problems: Problem[] = [];
  const spec = table[row.kind]!;
  // Yarn 2+ is the one row plans tell apart by `berry` (its command is Yarn 1's).
  const manager: Omit<RequestedManager, 'version'> = {
    kind: row.kind as ManagerKind, name: spec.command as ManagerName, berry: row.kind === 'yarn-berry',
    ...(row.lockfile !== undefined ? { lockfile: row.lockfile } : {}), why: row.why,
  };

  let version: Sourced<string> | undefined;
  let hash: string | undefined;
  if (field && field.name === manager.name) {
    version = { value: field.version, source: fileSource('package.json', 'packageManager') };
    hash = field.hash;
    if (pkg.engines[manager.name] !== undefined) {
      problems.push({
        id: 'nodejs/package-manager-and-engines',
        message:
          `package.json sets both packageManager (${pkg.packageManager}) and engines.${manager.name} ` +
          `(${pkg.engines[manager.name]}); packageManager wins.\nRemove engines.${manager.name} to silence this warning.`,
      });
    }
  } else if (pkg.engines[manager.name] !== undefined) {
    version = { value: pkg.engines[manager.name]!, source: fileSource('package.json', `engines.${manager.name}`) };
  }
  const ignored = [...declared.keys()].filter((n) => n !== manager.name);
  if (ignored.length > 0) {
    problems.push({
      id: 'nodejs/declared-manager-ignored',
      message:
        `package.json declares ${ignored.join(', ')}, but ${manager.why}, so ${manager.name} installs the dependencies.\n` +
        `Commit the lockfile of the package manager you use, or remove the declaration.`,
    });
  }
  return { manager: { ...manager, version, ...(hash ? { hash } : {}) }, problems };
}

/**
 * Resolves an npm range against the embedded npm release list (every release, newest
 * first): the newest release in it that runs on the app's Node.js; a range none of
 * whose releases runs there stops the build, naming both versions and one that runs.
 */
export function resolveNpmVersion(requested: Sourced<string>, nodeVersion: string): string {
  const raw = requested.value.trim();
  const range = raw === 'latest' ? '*' : raw;
  if (semver.validRange(range) === null) {
    throw nodeErrors.invalidVersion('npm', raw, describeSource(requested.source), newestLines(NPM_VERSIONS), NPM_VERSIONS[0]!);
  }
  const matching = NPM_VERSIONS.filter(rangeTester(range));
  if (matching.length === 0) {
    throw nodeErrors.unknownVersion('npm', raw, describeSource(requested.source), newestLines(NPM_VERSIONS));
  }
  const runs = (v: string) => semver.satisfies(nodeVersion, npmRunsOn(v));
  const match = matching.find(runs);
  if (match) return match;
  const newest = matching[0]!;
  const newestRunning = NPM_VERSIONS.find((v) => semver.major(v) === semver.major(newest) && runs(v)) ?? NPM_VERSIONS.find(runs);
  throw nodeErrors.managerNeedsNewerNode(`npm@${newest}`, npmRunsOn(newest), nodeVersion, describeSource(requested.source),
    newestRunning ? `npm@${newestRunning}` : undefined);
}

/** The newest four major lines of a release list (newest first), as errors name them: "11.x", "10.x", … */
function newestLines(versions: readonly string[]): string[] {
  return [...new Set(versions.map((v) => `${semver.major(v)}.x`))].slice(0, 4);
}

/**
 * npm 1.x (what Node.js 0.10 and older come with) predates scoped packages and much of
 * today's registry: the build goes on, with a warning naming an npm that runs on that
 * Node.js (undefined: npm 2 or later).
 */
export function oldNpmProblem(npmVersion: string, from: string, nodeVersion: string): Problem | undefined {
  if (semver.major(npmVersion) >= 2) return undefined;
  const newer = NPM_VERSIONS.find((v) => semver.major(v) >= 2 && semver.satisfies(nodeVersion, npmRunsOn(v)));
  return {
    id: 'nodejs/old-npm',
    message:
      `npm ${npmVersion} (${from}) is outdated and has known issues: it is no longer maintained and cannot install ` +
      `scoped packages (@scope/name), which many of today's packages depend on.\n` +
      (newer
        ? `Pin a newer npm that runs on Node.js ${nodeVersion} in package.json ("engines": {"npm": "${newer}"}), or better, upgrade Node.js.`
        : `Upgrade Node.js and npm (no npm 2 or later runs on Node.js ${nodeVersion}).`),
  };
}

/** npm reads package-lock.json from this release on; older npm installs from package.json ranges alone. */
export const NPM_READS_LOCKFILE_SINCE = '5.0.0';

/**
 * An app with package-lock.json must be installed by an npm that reads it. When the npm
 * Node.js bundles does not (npm 3 with Node.js 6), the newest npm that runs on that
 * Node.js and reads the lockfile is installed instead, with a warning; an npm the app
 * pins (`requested`) that does not, or a Node.js no such npm runs on, stops the build.
 * npm-shrinkwrap.json is read by every npm: nothing to do.
 */
export function npmForLockfile(
  lockfile: string | undefined, requested: { version: string; source: string } | undefined, bundled: string | undefined, nodeVersion: string,
): { version?: string; problem?: Problem } {
  if (lockfile !== 'package-lock.json') return {};
  const runs = (v: string) => semver.satisfies(nodeVersion, npmRunsOn(v));
  const reads = (v: string) => semver.gte(v, NPM_READS_LOCKFILE_SINCE);
  const fit = NPM_VERSIONS.find((v) => reads(v) && runs(v));
  if (requested) {
    if (reads(requested.version)) return {};
    throw nodeErrors.npmIgnoresLockfile(`npm ${requested.version} (${requested.source})`, nodeVersion, fit);
  }
  if (bundled === undefined || reads(bundled)) return {};
  if (!fit) throw nodeErrors.npmIgnoresLockfile(`npm ${bundled} (bundled with Node.js ${nodeVersion})`, nodeVersion, undefined);
  return {
    version: fit,
    problem: {
      id: 'nodejs/npm-upgraded-for-lockfile',
      message:
        `Node.js ${nodeVersion} comes with npm ${bundled}, which ignores package-lock.json (npm reads it from ${NPM_READS_LOCKFILE_SINCE}) ` +
        `and would install other versions than the lockfile's: npm ${fit}, the newest npm that runs on Node.js ${nodeVersion}, installs the app instead.\n` +
        `Pin it in package.json ("engines": {"npm": "${fit}"}) to silence this warning.`,
    },
  };
}

/** The npm package a Yarn or pnpm release is installed from, and its entry point. */
export interface ManagerPackage {
  readonly name: 'yarn' | 'pnpm';
  readonly berry: boolean;
  /** npm package name and version to install. */
  readonly pkg: string;
  readonly version: string;
  readonly source: string;
  /** Entry point inside the package, linked as `yarn` / `pnpm`. */
  readonly bin: string;
  /** Linked as `pnpx` (pnpm only). */
  readonly pnpx?: string;
  /** A launcher package's native binary: this npm package (same version) replaces `bin`. */
  readonly native?: string;
  /** engines.node of the release (checked against the app's Node.js by the plan). */
  readonly node: string;
  readonly hash?: string;
}

/**
 * Yarn and pnpm versions: packageManager (exact) or engines.* (a range) resolved
 * against the embedded release lists; else Yarn 1.22.x, Berry's newest 4.x or pnpm's
 * newest release that runs on the app's Node.js, with a warning to pin it. Ranges take
 * their newest release that runs on the app's Node.js; a declared release (or range)
 * none of whose releases runs on it stops the build.
 */
export function resolveManagerPackage(
  manager: Omit<RequestedManager, 'kind'>, nodeVersion: string, spec: ManagerSpec = managerSpec(manager),
): { resolved: ManagerPackage; problems: Problem[] } {
  const problems: Problem[] = [];
  const name = manager.name as 'yarn' | 'pnpm';
  if (spec.registry === 'bundled') throw new Error(`${spec.label} comes with Node.js, not from the registry`);
  const registry = spec.registry;
  const kind = registry.line;
  const list = MANAGER_VERSIONS[kind];
  const label = spec.label;
  const runsOnNode = (v: string) => semver.satisfies(nodeVersion, releaseTraits(kind, v).node);
  let requested: Sourced<string>;
  let defaulted = false;
  if (manager.version) {
    requested = manager.version;
  } else {
    // A default that may move with new releases is a default to pin (the row says which).
    requested = { value: registry.defaultRange, source: defaultSource(`default for ${label}`) };
    defaulted = registry.pinWarning;
  }
  const raw = requested.value.trim();
  const from = describeSource(requested.source);
  if (semver.validRange(raw) === null) {
    throw nodeErrors.invalidVersion(label, raw, from, newestLines(list), list[0]!);
  }
  // Releases older than the line's oldest installable one are known (a pin to them is
  // recognised) but never installed: the build names the nearest that is.
  const oldest = oldestInstallable(kind);
  const installable = (v: string) => oldest === undefined || semver.gte(v, oldest);
  const listed = list.filter(rangeTester(raw));
  const matching = listed.filter(installable);
  const nearest = (wanted: string) => {
    const same = list.filter((v) => installable(v) && semver.major(v) === semver.major(wanted));
    return same.filter((v) => semver.gt(v, wanted)).at(-1) ?? same.find((v) => semver.lt(v, wanted)) ?? list.filter(installable).at(-1);
  };
  // "Yarn 0.17.10", "Yarn 2.3.0": a release's own number says its line.
  const releaseLabel = name === 'yarn' ? 'Yarn' : label;
  if (matching.length === 0 && listed.length > 0) {
    // A 0.x pin: the nearest release that installs is still a pre-1.0 one; the lasting fix is the line's newest.
    const outdated = semver.major(listed[0]!) === 0 ? `; ${releaseLabel} 0.x is outdated: upgrading to ${registry.defaultRange} (the default) is the lasting fix` : '';
    throw nodeErrors.managerReleaseUnavailable(releaseLabel, name, listed[0]!, from,
      `the build's install command needs ${releaseLabel} ${oldest} or later (\`--frozen-lockfile\`)${outdated}`, nearest(listed[0]!), manager.berry);
  }
  const exact = semver.valid(raw);
  if (matching.length === 0 && exact && list.some((v) => semver.major(v) === semver.major(exact))) {
    const pkgs = [...new Set([registry.pkg, ...list.map((v) => releaseTraits(kind, v).pkg).filter((p): p is string => p !== undefined)])];
    throw nodeErrors.managerReleaseUnavailable(releaseLabel, name, exact, from,
      `no package of the npm registry carries it (${pkgs.join(', ')})`, nearest(exact), manager.berry);
  }
  // A range (or the default) resolves to the newest release in it that runs on the app's
  // Node.js; only when none does, the newest one is kept, and refused below.
  const version = matching.find(runsOnNode) ?? matching[0];
  if (!version) {
    if (name === 'yarn' && !manager.berry && semver.minVersion(raw) && semver.major(semver.minVersion(raw)!) >= 2) {
      throw new BuildError(
        'nodejs/yarn-lockfile-format',
        `Yarn ${raw} cannot install a Yarn 1 lockfile`,
        `${from} asks for Yarn ${raw}, but yarn.lock is in the Yarn 1 format.\n` +
          'Run `yarn install` locally with that Yarn version to convert yarn.lock, commit it, and deploy again.',
      );
    }
    throw nodeErrors.unknownVersion(label, raw, from, newestLines(list));
  }
  const traits = releaseTraits(kind, version);
  if (!semver.satisfies(nodeVersion, traits.node)) {
    // Suggest the newest release of the same major that runs, else the newest that does.
    const newestRunning = list.find((v) => semver.major(v) === semver.major(version) && runsOnNode(v)) ?? list.find(runsOnNode);
    throw nodeErrors.managerNeedsNewerNode(`${name}@${version}`, traits.node, nodeVersion, from,
      newestRunning ? `${name}@${newestRunning}` : undefined);
  }
  if (defaulted) {
    problems.push({
      id: 'nodejs/unpinned-package-manager',
      message:
        `No ${label} version is declared, so the newest that runs on Node.js ${nodeVersion} (${version}) is used; ` +
        'a future release may change how the app installs.\n' +
        `Pin it in package.json, e.g. "packageManager": "${name}@${version}".`,
    });
  }
  const rules = releaseRules(kind, version);
  return {
    resolved: {
      name,
      // Only the Yarn 2+ row is told apart by it (see determinePackageManager).
      berry: manager.berry,
      pkg: traits.pkg ?? registry.pkg,
      version,
      // "default for Yarn 1: newest 1.22.x", not "default for Yarn 1 (1.22.x)" beside the version.
      source: raw === version ? from : !manager.version ? `${from}: newest ${raw}` : `${from}: ${raw}`,
      bin: rules.bin?.pnpm ?? 'bin/yarn.js',
      ...(rules.bin ? { pnpx: rules.bin.pnpx } : {}),
      ...(traits.native ? { native: nativePackageName(traits.native) } : {}),
      node: traits.node,
      ...(manager.hash ? { hash: manager.hash } : {}),
    },
    problems,
  };
}
