/**
 * One row per package manager: everything the planner and the executors need to know
 * about npm, Yarn 1, Yarn 2+ and pnpm — lockfiles, the files that make up the install
 * fingerprint, how the manager gets into the slug, install and prune argv (per release
 * range through data/manager-rules.json), its cache, what an install writes, how an
 * out-of-sync lockfile shows in its output and the fix, the switch that turns pruning off.
 *
 * Adding a manager is one row here (plus its rules data): `satisfies Record<ManagerKind,
 * ManagerSpec>` with every field required makes the compiler point at anything missing,
 * and the generic functions below (fingerprint files, outputs, hints…) read rows only.
 * Pure.
 */
import semver from 'semver';
import type { Problem } from '../errors/build-error.js';
import { LOCKFILE_READ_LIMIT, type ReadOptions } from '../fs/app-tree.js';
import type { Knobs } from '../env/config-vars.js';
import type { PackageJson, PruneStep } from './model.js';
import { lockfileOutOfSyncHint } from './lockfile-hint.js';
import { nodeErrors } from './errors.js';
import { PNPM_STORE_PRUNE_EVERY, npmPruneBroken, releaseRules, type ReleaseLine } from './manager-releases.js';

export type ManagerKind = 'npm' | 'yarn1' | 'yarn-berry' | 'pnpm';

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

/** What the install argv depends on, decided by the plan. */
export interface InstallInputs {
  /** The lockfile found (undefined: none). */
  readonly lockfile?: string;
  /** The manager's release, when installed from the registry (not for a vendored yarnPath). */
  readonly version?: string;
  /** The engine's knobs (config vars, else the platform's environment: src/env/knobs.ts). */
  readonly knobs: Pick<Knobs, 'get'>;
  /** The npm that runs (npm installs with it; the others only run scripts through it). */
  readonly npm: NpmFlavour;
  /** USE_NPM_INSTALL=true. */
  readonly forceNpmInstall: boolean;
}

/** What the prune step depends on. */
export interface PruneInputs {
  readonly version?: string;
  readonly knobs: Pick<Knobs, 'get'>;
  readonly nodeEnv: string;
  readonly npm: NpmFlavour;
  readonly yarnrc?: string;
  readonly pnpmWorkspace?: string;
  readonly pkg: PackageJson;
  /** The workspace members' scripts, by directory (a pnpm workspace's reinstall runs theirs too). */
  readonly members?: ReadonlyArray<{ readonly dir: string; readonly scripts: Readonly<Record<string, string>> }>;
}

/** Where the manager's own cache (Yarn cache, pnpm store) is, and what the install must not touch. */
export interface CacheInputs {
  readonly dir: string;
  /** Yarn PnP: the project cache folder inside the app (absolute). */
  readonly pnpCacheFolder?: string;
  /** Yarn zero-install: the committed .yarn/cache is the cache. */
  readonly zeroInstall?: boolean;
}

export interface ManagerSpec {
  /** How logs and errors name it ("Yarn 2+"). */
  readonly label: string;
  /**
   * The command on PATH that installs, prunes and runs scripts; also the key in
   * `plan.versions`, the name packageManager gives (`<command>@<version>`) and the
   * package.json field `engines.<command>` that asks for a release range.
   */
  readonly command: string;
  /**
   * The range a malformed `engines.<command>` error shows as an example (rows sharing a
   * command: the first row's).
   */
  readonly enginesExample: string;
  /** Lockfiles this manager installs from, the preferred first (the plan picks by them). */
  readonly lockfiles: readonly string[];
  /**
   * How the plan picks the manager from the app's lockfiles (nodejs.md §3), as data so a
   * new row needs no edit to detection. Rows are tried by ascending `order`: the first
   * with one of its lockfiles in the app installs, a row with a `format` only when that
   * lockfile's text matches it (Yarn 1 and Yarn 2+ share yarn.lock; its text is read only
   * for such rows). The `fallback` row installs when the app has no lockfile. A
   * `soleLockfile` must be the app's only lockfile: another one beside it, even of its own
   * row, stops the build with `conflict(other)`. Two other lockfiles stop it with
   * nodejs/multiple-lockfiles unless one row names both: those are alternatives of one
   * manager (Bun's bun.lock and bun.lockb), and the row's `lockfiles` order picks one.
   */
  readonly detect: {
    readonly order: number;
    readonly format?: { readonly pattern: RegExp; readonly note: string };
    readonly fallback?: true;
    readonly soleLockfile?: { readonly file: string; readonly conflict: (other: string) => Error };
  };
  /**
   * App files besides lockfiles that change what an install produces (config files,
   * workspace lists). With every manager's lockfiles they make up the install fingerprint:
   * a file left out here would let a warm build reuse a stale install.
   */
  readonly configFiles: readonly string[];
  /**
   * Config files of other managers this one does not read although users expect it to
   * (Yarn 2+ and .npmrc): present in the app, they are warned about with `fix`.
   */
  readonly unreadConfigFiles?: { readonly files: readonly string[]; readonly fix: string };
  /**
   * Config vars that configure the manager (name prefixes, and whole names): part of the
   * install fingerprint, by hash.
   */
  readonly configVars: { readonly prefixes: readonly string[]; readonly names: readonly string[] };
  /**
   * How the manager gets into the slug: `bundled` comes with Node.js; else the npm
   * package installed from the registry into `.scalingo/<command>`, its release line in
   * data/manager-*.json, and the names linked on PATH (to the entry point `bin` or `pnpx`
   * of the release's rules).
   */
  readonly registry:
    | 'bundled'
    | {
      readonly line: ReleaseLine;
      readonly pkg: string;
      readonly bins: Readonly<Record<string, 'bin' | 'pnpx'>>;
      /** The range installed when the app declares none, and whether that default is worth a pin warning. */
      readonly defaultRange: string;
      readonly pinWarning: boolean;
      /** How the install step's log line names it ("Installing Yarn 4.5.0"). */
      readonly logName: string;
      /**
       * packageManager's `+sha512.<hex>` may also be the hash of the entry point alone
       * (corepack downloads Yarn 2+ as the single-file release, the bytes of bin/yarn.js).
       */
      readonly hashMayBeOfEntryPoint: boolean;
    };
  /** The install command, with why. */
  readonly install: (inputs: InstallInputs) => { readonly command: readonly string[]; readonly why: string };
  /** The prune step (or why it is skipped), with warnings. */
  readonly prune: (inputs: PruneInputs) => { readonly step: PruneStep; readonly problems: readonly Problem[] };
  /** The config var that turns pruning off: what a prune failure points at. */
  readonly skipPruning: string;
  /** Arguments after `<command> run <script>` come after `--` (npm), else directly. */
  readonly scriptArgsAfterDashes: boolean;
  /**
   * The manager's own cache kept in CACHE_DIR/node/<dirName> (npm's cache is shared by
   * all managers and handled apart), its log name, and the env that points the manager
   * at it (build steps, and the following buildpacks through `exportEnv`).
   */
  readonly cache:
    | undefined
    | {
      readonly dirName: string;
      readonly label: string;
      readonly env: (c: CacheInputs) => Readonly<Record<string, string>>;
      readonly exportEnv: (dir: string) => Readonly<Record<string, string>>;
      /** A store that grows without bound: cleaned every `everyBuilds` installs with `command`. */
      readonly maintenance?: {
        readonly command: readonly string[];
        readonly everyBuilds: number;
        /**
         * Where the cache keeps packages: a directory of the cache whose name matches `dir`
         * holding `files`. With none of them non-empty, nothing is pruned (pnpm's prune of an
         * empty store dies on a missing v3/files with ENOENT and a stack trace).
         */
        readonly packagesIn?: { readonly dir: RegExp; readonly files: string };
      };
    };
  /** What an install writes besides node_modules (root and members): what a warm rebuild restores. */
  readonly installOutputs: readonly string[];
  /**
   * Which of `installOutputs` are files (the rest are directories): an app may commit
   * them (Yarn recommends committing .pnp.cjs), and the install rewrites them in place.
   */
  readonly installOutputFiles?: readonly string[];
  /**
   * `cacheDirectories` entries the build does not keep for this manager (skipped with a
   * log line saying why), or undefined.
   */
  readonly uncachedDirectories: undefined | { readonly test: (dir: string) => boolean; readonly why: string };
  /**
   * The command that runs the app's lifecycle script `event` in the package at `dir` (''
   * the root) as the manager's install does: same cwd and INIT_CWD (the app root where
   * the manager allows it), and for npm the install command's flags (`install`), which it
   * passes to scripts as npm_config_* (a reused install runs them, see install-scripts.ts).
   */
  readonly runInstallScript: (event: string, dir: string, install: readonly string[]) => { readonly argv: readonly string[]; readonly cwd: string };
  /** Install output saying the lockfile does not match package.json, and the fix. */
  readonly outOfSync: { readonly pattern: RegExp; readonly hint: (lockfile: string, lockText: string | undefined) => string };
}

const PNPM_RULES = (version: string) => releaseRules('pnpm', version);

/** Lifecycle scripts pnpm runs again on `pnpm prune` in releases without --ignore-scripts. */
const PNPM_PRUNE_LIFECYCLE_SCRIPTS = ['pnpm:devPreinstall', 'preinstall', 'install', 'postinstall', 'prepare'];

const YARN_FROZEN = ['yarn', 'install', '--frozen-lockfile', '--ignore-engines', '--prefer-offline'];

const skip = (skipped: string, problems: Problem[] = []) => ({ step: { skipped }, problems });

const yarnHint = () => 'yarn.lock is out of sync with package.json. Run `yarn install` locally, commit yarn.lock, and deploy again.';
const yarnCache: NonNullable<ManagerSpec['cache']> = {
  dirName: 'yarn-cache',
  label: 'Yarn cache',
  // With PnP the cache zips are the installed packages: they stay in the app (and are
  // mirrored to CACHE_DIR by compile); zero-install's committed cache is the cache.
  env: (c: CacheInputs): Record<string, string> =>
    c.pnpCacheFolder !== undefined ? { YARN_CACHE_FOLDER: c.pnpCacheFolder } : c.zeroInstall ? {} : { YARN_CACHE_FOLDER: c.dir },
  exportEnv: () => ({}),
};

export const MANAGERS = {
  npm: {
    label: 'npm',
    command: 'npm',
    enginesExample: '11.x',
    lockfiles: ['npm-shrinkwrap.json', 'package-lock.json'],
    detect: { order: 4, fallback: true, soleLockfile: { file: 'npm-shrinkwrap.json', conflict: nodeErrors.shrinkwrapConflict } },
    configFiles: ['.npmrc'],
    configVars: { prefixes: ['NPM_CONFIG_', 'npm_config_'], names: ['USE_NPM_INSTALL', 'NPM_TOKEN'] },
    registry: 'bundled',
    install: ({ lockfile, knobs, npm, forceNpmInstall }) => {
      const hasCi = npm.version ? semver.gte(npm.version, NPM_RELEASE_FLAGS.ciSince) : npm.major >= 6;
      const useCi = lockfile !== undefined && !forceNpmInstall && hasCi;
      const command = ['npm', useCi ? 'ci' : 'install'];
      // NODE_ENV=production would make npm skip devDependencies, which the build needs.
      if (knobs.get('NPM_CONFIG_PRODUCTION') === undefined) {
        command.push(npm.major >= NPM_RELEASE_FLAGS.includeDevSince ? '--include=dev' : '--production=false');
      }
      if (npm.major < NPM_RELEASE_FLAGS.unsafePermBefore) command.push('--unsafe-perm');
      const why = useCi
        ? `${lockfile} found`
        : forceNpmInstall
          ? 'USE_NPM_INSTALL=true'
          : lockfile !== undefined
            ? `${lockfile} found, but npm ${npm.version ?? npm.major} has no \`npm ci\` (npm >= ${NPM_RELEASE_FLAGS.ciSince})`
            : 'no lockfile found';
      return { command, why };
    },
    prune: ({ knobs, nodeEnv, npm }) => {
      const production = knobs.get('NPM_CONFIG_PRODUCTION');
      if (production === 'true') return skip('NPM_CONFIG_PRODUCTION=true: devDependencies were not installed');
      if (production !== undefined) return skip(`NPM_CONFIG_PRODUCTION=${production}: devDependencies are kept`);
      if (nodeEnv !== 'production') return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
      const broken = npm.version === undefined ? undefined : npmPruneBroken(npm.version);
      if (broken) {
        const why = `npm ${npm.version} fails on \`npm prune\` (${broken.issue})`;
        return skip(`${why}: devDependencies are kept`, [{
          id: 'nodejs/prune-skipped-npm-bug',
          message: `devDependencies are not pruned: ${why}.\n` +
            'Use npm 5.7.1 or later ("engines": {"npm": "<version>"} in package.json) to prune, or set NPM_CONFIG_PRODUCTION=false to keep devDependencies without this warning.',
        }]);
      }
      // --omit arrived in npm 7; older npm only knows --production.
      return { step: { command: ['npm', 'prune', npm.major >= 7 ? '--omit=dev' : '--production'] }, problems: [] };
    },
    skipPruning: 'NPM_CONFIG_PRODUCTION=false',
    scriptArgsAfterDashes: true,
    // --workspace from the root keeps INIT_CWD the app root, as at install.
    runInstallScript: (event, dir, install) => ({
      argv: ['npm', 'run', event, ...(dir ? [`--workspace=${dir}`] : []), ...install.slice(2).filter((a) => a.startsWith('--'))], cwd: '',
    }),
    cache: undefined,
    installOutputs: [],
    uncachedDirectories: undefined,
    outOfSync: {
      pattern: /can only install packages when your package\.json and (package-lock|npm-shrinkwrap)\.json|are in sync|Missing: .* from lock file/i,
      hint: (lockfile, text) => lockfileOutOfSyncHint(lockfile as 'package-lock.json' | 'npm-shrinkwrap.json', text),
    },
  },
  yarn1: {
    label: 'Yarn 1',
    command: 'yarn',
    enginesExample: '1.22.x',
    lockfiles: ['yarn.lock'],
    // After Yarn 2+: a yarn.lock that is not in the Berry format.
    detect: { order: 2 },
    configFiles: ['.yarnrc'],
    configVars: { prefixes: ['YARN_'], names: [] },
    registry: { line: 'yarn', pkg: 'yarn', bins: { yarn: 'bin', yarnpkg: 'bin' }, defaultRange: '1.22.x', pinWarning: false, logName: 'Yarn', hashMayBeOfEntryPoint: false },
    install: ({ knobs }) => {
      const command = [...YARN_FROZEN];
      if (knobs.get('YARN_PRODUCTION') === undefined) command.push('--production=false');
      return { command, why: 'yarn.lock found' };
    },
    prune: ({ knobs, nodeEnv }) => {
      const production = knobs.get('YARN_PRODUCTION');
      if (production !== undefined) return skip(`YARN_PRODUCTION=${production}: the install already decided about devDependencies`);
      if (nodeEnv !== 'production') return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
      return { step: { command: [...YARN_FROZEN, '--production=true'] }, problems: [] };
    },
    skipPruning: 'YARN_PRODUCTION=false',
    scriptArgsAfterDashes: false,
    // Arguments after the script name reach the script: --cwd (INIT_CWD stays the app root) and nothing else.
    runInstallScript: (event, dir) => ({ argv: ['yarn', ...(dir ? ['--cwd', dir] : []), 'run', event], cwd: '' }),
    cache: yarnCache,
    installOutputs: [],
    uncachedDirectories: undefined,
    outOfSync: { pattern: /Your lockfile needs to be updated/i, hint: yarnHint },
  },
  'yarn-berry': {
    label: 'Yarn 2+',
    command: 'yarn',
    enginesExample: '4.x',
    lockfiles: ['yarn.lock'],
    detect: { order: 1, format: { pattern: /^__metadata:/m, note: 'Berry format' } },
    configFiles: ['.yarnrc.yml'],
    unreadConfigFiles: {
      files: ['.npmrc', '.yarnrc'],
      fix: 'Move those settings to .yarnrc.yml (a registry is npmRegistryServer, a token npmAuthToken, a scope\'s registry npmScopes: ' +
        'see https://yarnpkg.com/configuration/yarnrc), commit it, and remove what Yarn does not read (npm commands your scripts run still read .npmrc).',
    },
    configVars: { prefixes: ['YARN_'], names: [] },
    registry: { line: 'yarnBerry', pkg: '@yarnpkg/cli-dist', bins: { yarn: 'bin', yarnpkg: 'bin' }, defaultRange: '4.x', pinWarning: true, logName: 'Yarn', hashMayBeOfEntryPoint: true },
    install: () => ({ command: ['yarn', 'install', '--immutable'], why: 'Berry-format yarn.lock found' }),
    prune: ({ version, knobs, nodeEnv, yarnrc }) => {
      if (knobs.get('YARN2_SKIP_PRUNING') === 'true') return skip('YARN2_SKIP_PRUNING=true: devDependencies are kept');
      if (nodeEnv !== 'production') return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
      // `workspaces focus --production` reinstalls without devDependencies: built into Yarn 4,
      // a plugin the project imports in Yarn 2 and 3.
      const command = ['yarn', 'workspaces', 'focus', '--all', '--production'];
      if (importsWorkspaceTools(yarnrc)) return { step: { command }, problems: [] };
      if (version === undefined) return { step: { command, needs: 'workspace-tools' }, problems: [] };
      const rules = releaseRules('yarnBerry', version);
      if (rules.workspaceToolsBuiltIn) return { step: { command }, problems: [] };
      if (rules.workspaceToolsFromRegistry) return { step: { command, plugin: rules.workspaceToolsFromRegistry }, problems: [] };
      const problem = yarnPruneSkipped(`Yarn ${version}`);
      return skip(problem.reason, [problem.problem]);
    },
    skipPruning: 'YARN2_SKIP_PRUNING=true',
    scriptArgsAfterDashes: false,
    // Yarn 2+ sets INIT_CWD to the directory it runs in, whatever starts it: the member's here, the root at install.
    runInstallScript: (event, dir) => ({ argv: ['yarn', 'run', event], cwd: dir }),
    cache: yarnCache,
    installOutputs: ['.pnp.cjs', '.pnp.loader.mjs', '.yarn/unplugged', '.yarn/install-state.gz'],
    installOutputFiles: ['.pnp.cjs', '.pnp.loader.mjs', '.yarn/install-state.gz'],
    uncachedDirectories: undefined,
    outOfSync: { pattern: /YN0028|lockfile would have been modified/i, hint: yarnHint },
  },
  pnpm: {
    label: 'pnpm',
    command: 'pnpm',
    enginesExample: '9.x',
    lockfiles: ['pnpm-lock.yaml'],
    detect: { order: 3 },
    configFiles: ['pnpm-workspace.yaml'],
    configVars: { prefixes: ['PNPM_'], names: [] },
    registry: { line: 'pnpm', pkg: 'pnpm', bins: { pnpm: 'bin', pnpx: 'pnpx' }, defaultRange: '*', pinWarning: true, logName: 'pnpm', hashMayBeOfEntryPoint: false },
    install: ({ version }) => ({ command: ['pnpm', ...PNPM_RULES(version!).install!], why: 'pnpm-lock.yaml found' }),
    prune: ({ version, knobs, nodeEnv, pnpmWorkspace, pkg, members = [] }) => {
      if (knobs.get('PNPM_SKIP_PRUNING') === 'true') return skip('PNPM_SKIP_PRUNING=true: devDependencies are kept');
      if (nodeEnv !== 'production') return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
      // `pnpm prune` in a workspace only reinstalls the root project (members lose their
      // dependencies): a workspace reinstalls every project without devDependencies instead.
      const workspace = pnpmWorkspace !== undefined && /^packages\s*:/m.test(pnpmWorkspace);
      const prune = workspace ? { args: ['install', '--prod', '--frozen-lockfile'], runsLifecycleScripts: true } : PNPM_RULES(version!).prune!;
      const scripts = PNPM_PRUNE_LIFECYCLE_SCRIPTS.filter((s) => pkg.scripts[s] !== undefined);
      // The reinstall of a workspace runs every project's install scripts, the members' too.
      const memberScripts = workspace
        ? members.flatMap((m) => PNPM_PRUNE_LIFECYCLE_SCRIPTS.filter((s) => m.scripts[s] !== undefined).map((s) => `${s} of ${m.dir}`))
        : [];
      const all = [...scripts, ...memberScripts];
      if (prune.runsLifecycleScripts && all.length > 0) {
        const why = workspace
          ? `pnpm reinstalls a workspace to prune it, which would run the ${all.join(', ')} script${all.length > 1 ? 's' : ''} again`
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
    },
    skipPruning: 'PNPM_SKIP_PRUNING=true',
    scriptArgsAfterDashes: false,
    runInstallScript: (event, dir) => ({ argv: ['pnpm', ...(dir ? ['--dir', dir] : []), 'run', event], cwd: '' }),
    cache: {
      dirName: 'pnpm-store',
      label: 'pnpm store',
      // pnpm <= 10 reads npm_config_*, pnpm >= 11 only pnpm_config_* (else the store lands in $HOME).
      env: ({ dir }) => ({ npm_config_store_dir: dir, pnpm_config_store_dir: dir }),
      // The following buildpacks may run either line too.
      exportEnv: (dir) => ({ npm_config_store_dir: dir, pnpm_config_store_dir: dir }),
      maintenance: { command: ['pnpm', 'store', 'prune'], everyBuilds: PNPM_STORE_PRUNE_EVERY, packagesIn: { dir: /^v\d+$/, files: 'files' } },
    },
    installOutputs: [],
    // As the classic buildpack does: a pnpm node_modules is links into the store (kept in
    // CACHE_DIR/node/pnpm-store) and pnpm's own bookkeeping, which a copy restored before
    // the install would only get in its way.
    uncachedDirectories: {
      test: (dir) => dir === 'node_modules' || dir.endsWith('/node_modules'),
      why: "pnpm's node_modules is links into its store, which the build keeps (CACHE_DIR/node/pnpm-store)",
    },
    outOfSync: {
      pattern: /ERR_PNPM_OUTDATED_LOCKFILE|not up to date with/i,
      hint: () => 'pnpm-lock.yaml is out of sync with package.json (or a workspace member). Run `pnpm install` locally, commit pnpm-lock.yaml, and deploy again.',
    },
  },
} satisfies Record<ManagerKind, ManagerSpec>;

/** The row of a manager package (`name` and `berry` as the plan records them). */
export function managerKindOf(m: { readonly name: 'npm' | 'yarn' | 'pnpm'; readonly berry: boolean }): ManagerKind {
  return m.name === 'yarn' ? (m.berry ? 'yarn-berry' : 'yarn1') : m.name;
}

/**
 * How a plan names a manager: the plan's manager by its row (`kind`); a manager package
 * (ManagerPackage: the install, the tools) by `name` and `berry`, which bin/plan prints.
 */
export type ManagerRef = { readonly kind: ManagerKind } | { readonly name: 'npm' | 'yarn' | 'pnpm'; readonly berry: boolean };

export function managerSpec(m: ManagerRef): ManagerSpec {
  return MANAGERS['kind' in m ? m.kind : managerKindOf(m)];
}

/** The manager rows: `MANAGERS`, or (in a test) a table with more rows. */
export type ManagerTable = Readonly<Record<string, ManagerSpec>>;
type Table = ManagerTable;

/**
 * The lockfiles any manager row names that the app has, by name: the file's text when
 * a row tells its format by it (`detect.format`), else `true`.
 */
export type PresentLockfiles = Readonly<Record<string, string | true>>;

/**
 * The `engines.<command>` fields of package.json that ask for a manager's release (one
 * per command, first-seen order), with the example their parse error shows.
 */
export function managerEnginesFields(table: Table = MANAGERS): Array<{ field: string; example: string }> {
  const fields = new Map<string, string>();
  for (const s of Object.values(table)) if (!fields.has(s.command)) fields.set(s.command, s.enginesExample);
  return [...fields].map(([field, example]) => ({ field, example }));
}

/** Every lockfile a row names (first-seen order), and whether detection needs its text. */
export function lockfilesToRead(table: Table = MANAGERS): Array<{ file: string; text: boolean }> {
  const files = [...new Set(Object.values(table).flatMap((s) => s.lockfiles))];
  return files.map((file) => ({ file, text: Object.values(table).some((s) => s.detect.format !== undefined && s.lockfiles.includes(file)) }));
}

/**
 * How the engine reads an app file it hashes or inspects: any row's lockfile whole (they
 * reach tens of MB in monorepos), anything else under the default cap. The limit follows
 * the table, so a new row's lockfile needs no entry in the app reader's size list.
 */
export function appFileReadOptions(file: string, table: Table = MANAGERS): ReadOptions {
  return Object.values(table).some((s) => s.lockfiles.includes(file)) ? { limit: LOCKFILE_READ_LIMIT } : {};
}

/**
 * The row whose lockfile the app has (the `detect` data of the rows decides, see
 * ManagerSpec), the lockfile, and why. Conflicting lockfiles stop the build first:
 * they make the choice itself ambiguous.
 */
export function detectManagerRow(present: PresentLockfiles, table: Table = MANAGERS): { kind: string; lockfile?: string; why: string } {
  const rows = Object.entries(table);
  const sole = rows.flatMap(([, s]) => (s.detect.soleLockfile ? [s.detect.soleLockfile] : []));
  const found = [...new Set(rows.flatMap(([, s]) => s.lockfiles))]
    .filter((f) => present[f] !== undefined && !sole.some((x) => x.file === f));
  // One lockfile per manager: a row's alternatives (bun.lock, bun.lockb) are not two managers.
  const oneRow = (a: string, b: string) => rows.some(([, s]) => s.lockfiles.includes(a) && s.lockfiles.includes(b));
  const managers = found.filter((f, i) => !found.slice(0, i).some((g) => oneRow(f, g)));
  if (managers.length > 1) throw nodeErrors.multipleLockfiles(managers);
  for (const s of sole) if (present[s.file] !== undefined && found.length > 0) throw s.conflict(found[0]!);

  for (const [kind, spec] of [...rows].sort(([, a], [, b]) => a.detect.order - b.detect.order)) {
    const format = spec.detect.format;
    const lockfile = spec.lockfiles.find((f) => {
      const text = present[f];
      return text !== undefined && (format === undefined || format.pattern.test(text === true ? '' : text));
    });
    if (lockfile !== undefined) return { kind, lockfile, why: `${lockfile} found${format ? ` (${format.note})` : ''}` };
  }
  const fallback = rows.find(([, s]) => s.detect.fallback);
  if (!fallback) throw new Error('no manager row is the fallback (detect.fallback)');
  return { kind: fallback[0], why: 'no lockfile found' };
}

/**
 * The app files whose content is part of the install fingerprint: every manager's
 * lockfiles and config files (a lockfile appearing or going changes the install even
 * when another manager runs it). First-seen order, no duplicates.
 */
export function installFingerprintFiles(table: Table = MANAGERS): string[] {
  return [...new Set(Object.values(table).flatMap((s) => [...s.lockfiles, ...s.configFiles]))];
}

/** Whether a config var changes what an install produces: NODE_ENV, or a var of any manager's row. */
export function isInstallRelevantVar(name: string, table: Table = MANAGERS): boolean {
  return name === 'NODE_ENV' || Object.values(table).some((s) => s.configVars.names.includes(name) || s.configVars.prefixes.some((p) => name.startsWith(p)));
}

/**
 * The fix for an install that failed on an out-of-sync lockfile, if its output says so:
 * `lockfile` is the first of the row's lockfiles the app has.
 */
export function outOfSyncHint(spec: ManagerSpec, output: string, app: { lockfile: string | undefined; text: string | undefined }): string | undefined {
  if (!spec.outOfSync.pattern.test(output)) return undefined;
  return spec.outOfSync.hint(app.lockfile ?? spec.lockfiles.at(-1)!, app.text);
}

/** Which of the row's lockfiles the app has, the preferred first. */
export function presentLockfile(spec: ManagerSpec, exists: (f: string) => boolean): string | undefined {
  return spec.lockfiles.find(exists);
}

/** `<command> run <script> <args…>`. */
export function runScriptCommand(spec: ManagerSpec, script: string, args: readonly string[]): string[] {
  return [spec.command, 'run', script, ...(args.length === 0 ? [] : spec.scriptArgsAfterDashes ? ['--', ...args] : args)];
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

/**
 * The warning for config files the installing manager does not read (its row's
 * `unreadConfigFiles`), given which of them the app has.
 */
export function unreadConfigFilesProblem(spec: ManagerSpec, present: (file: string) => boolean): Problem | undefined {
  const files = spec.unreadConfigFiles?.files.filter(present) ?? [];
  if (files.length === 0) return undefined;
  const [list, verb] = files.length === 1 ? [files[0]!, 'is'] : [`${files.slice(0, -1).join(', ')} and ${files.at(-1)!}`, 'are'];
  return {
    id: 'nodejs/config-file-not-read',
    message:
      `${list} ${verb} not read by ${spec.label}, which installs this app: it takes its settings from ${spec.configFiles.join(', ')} ` +
      `(and ${spec.configVars.prefixes.map((p) => `${p}*`).join(', ')} config vars) only, so what ${files.length === 1 ? 'it sets' : 'they set'} ` +
      '(a registry, an auth token, …) does not apply to the install.\n' + spec.unreadConfigFiles!.fix,
  };
}
