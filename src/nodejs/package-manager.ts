/**
 * Which package manager installs the app, decided by its lockfile (nodejs.md §3), and
 * which version of it was requested. Pure.
 */
import semver from 'semver';
import npmVersionsDoc from '../../data/npm-versions.json' with { type: 'json' };
import { BuildError, type Problem } from '../errors/build-error.js';
import { defaultSource, describeSource, fileSource, type Sourced } from '../env/sourced.js';
import { nodeErrors } from './errors.js';
import type { PackageJson } from './package-json.js';
import { MANAGER_VERSIONS, nativePackageName, releaseRules, releaseTraits } from './manager-releases.js';
import { MANAGERS as MANAGER_ROWS, managerSpec } from './managers.js';

export type ManagerName = 'npm' | 'yarn' | 'pnpm';

/** Which lockfiles exist at the app root; yarn.lock's text tells Yarn 1 from Berry. */
export interface Lockfiles {
  readonly packageLock: boolean;
  readonly shrinkwrap: boolean;
  readonly yarnLock?: string;
  readonly pnpmLock: boolean;
}

export interface RequestedManager {
  readonly name: ManagerName;
  /** Yarn 2+ (Berry-format yarn.lock). */
  readonly berry: boolean;
  readonly lockfile?: 'package-lock.json' | 'npm-shrinkwrap.json' | 'yarn.lock' | 'pnpm-lock.yaml';
  readonly why: string;
  /** A version range, when one was declared. */
  readonly version?: Sourced<string>;
  /** `+sha512.<hex>` from packageManager, when given. */
  readonly hash?: string;
}

/** The names packageManager and engines.* may give: the commands of the manager rows. */
const MANAGERS = [...new Set(Object.values(MANAGER_ROWS).map((s) => s.command))] as ManagerName[];
const FIELD = new RegExp(`^(${MANAGERS.join('|')})@(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)(?:\\+([a-z0-9]+\\.[0-9a-fA-F]+))?$`);

export function parsePackageManagerField(field: string): { name: ManagerName; version: string; hash?: string } {
  const m = FIELD.exec(field.trim());
  if (!m) {
    throw new BuildError(
      'nodejs/invalid-package-manager-field',
      `package.json: packageManager ${JSON.stringify(field)} is not valid`,
      'packageManager must name npm, yarn or pnpm with an exact version, optionally followed by a ' +
        'hash, e.g. "npm@11.6.2", "yarn@4.5.0" or "pnpm@9.12.0+sha512.<hex>".\nFix the field, commit, and deploy again.',
    );
  }
  return { name: m[1] as ManagerName, version: m[2]!, hash: m[3] };
}

export function determinePackageManager(
  pkg: PackageJson,
  lock: Lockfiles,
): { manager: RequestedManager; problems: Problem[] } {
  // Lockfile conflicts first: they make the choice itself ambiguous.
  const found = [
    lock.packageLock && 'package-lock.json',
    lock.yarnLock !== undefined && 'yarn.lock',
    lock.pnpmLock && 'pnpm-lock.yaml',
  ].filter((x): x is string => typeof x === 'string');
  if (found.length > 1) throw nodeErrors.multipleLockfiles(found);
  if (lock.shrinkwrap && found.length === 1) throw nodeErrors.shrinkwrapConflict(found[0]!);

  const field = pkg.packageManager === undefined ? undefined : parsePackageManagerField(pkg.packageManager);
  const declared = new Map<ManagerName, string[]>();
  for (const name of MANAGERS) {
    if (pkg.engines[name] !== undefined) declared.set(name, [`engines.${name}: ${JSON.stringify(pkg.engines[name])}`]);
  }
  if (field) {
    declared.set(field.name, [...(declared.get(field.name) ?? []), `packageManager: ${JSON.stringify(pkg.packageManager)}`]);
  }
  if (declared.size > 1) throw nodeErrors.multipleManagers([...declared.values()].flat());

  const problems: Problem[] = [];
  let manager: Omit<RequestedManager, 'version'>;
  if (lock.yarnLock !== undefined) {
    const berry = /^__metadata:/m.test(lock.yarnLock);
    manager = { name: 'yarn', berry, lockfile: 'yarn.lock', why: `yarn.lock found${berry ? ' (Berry format)' : ''}` };
  } else if (lock.pnpmLock) {
    manager = { name: 'pnpm', berry: false, lockfile: 'pnpm-lock.yaml', why: 'pnpm-lock.yaml found' };
  } else if (lock.shrinkwrap) {
    manager = { name: 'npm', berry: false, lockfile: 'npm-shrinkwrap.json', why: 'npm-shrinkwrap.json found' };
  } else if (lock.packageLock) {
    manager = { name: 'npm', berry: false, lockfile: 'package-lock.json', why: 'package-lock.json found' };
  } else {
    manager = { name: 'npm', berry: false, why: 'no lockfile found' };
  }

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

const NPM_VERSIONS: readonly string[] = npmVersionsDoc.versions;

/** Resolves an npm range against the embedded npm release list (newest first). */
export function resolveNpmVersion(requested: Sourced<string>): string {
  const raw = requested.value.trim();
  const range = raw === 'latest' ? '*' : raw;
  if (semver.validRange(range) === null) {
    throw nodeErrors.invalidVersion('npm', raw, describeSource(requested.source), ['11.x', '10.x']);
  }
  const match = NPM_VERSIONS.find((v) => semver.satisfies(v, range));
  if (!match) {
    const majors = [...new Set(NPM_VERSIONS.map((v) => semver.major(v)))].slice(0, 4).map((m) => `${m}.x`);
    throw nodeErrors.unknownVersion('npm', raw, describeSource(requested.source), majors);
  }
  return match;
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
export function resolveManagerPackage(manager: RequestedManager, nodeVersion: string): { resolved: ManagerPackage; problems: Problem[] } {
  const problems: Problem[] = [];
  const name = manager.name as 'yarn' | 'pnpm';
  const spec = managerSpec(manager);
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
    throw nodeErrors.invalidVersion(label, raw, from, [...new Set(list.map((v) => `${semver.major(v)}.x`))].slice(0, 4));
  }
  const matching = list.filter((v) => semver.satisfies(v, raw));
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
    throw nodeErrors.unknownVersion(label, raw, from, [...new Set(list.map((v) => `${semver.major(v)}.x`))].slice(0, 4));
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
  const berry = name === 'yarn' && manager.berry;
  const rules = releaseRules(kind, version);
  return {
    resolved: {
      name,
      berry,
      pkg: registry.pkg,
      version,
      source: raw === version ? from : `${from} (${raw})`,
      bin: rules.bin?.pnpm ?? 'bin/yarn.js',
      ...(rules.bin ? { pnpx: rules.bin.pnpx } : {}),
      ...(traits.native ? { native: nativePackageName(traits.native) } : {}),
      node: traits.node,
      ...(manager.hash ? { hash: manager.hash } : {}),
    },
    problems,
  };
}
