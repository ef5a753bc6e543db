/**
 * Warm PHP rebuilds that skip `composer install`: when nothing that affects
 * the install changed since the previous build, vendor/ is restored from the build
 * cache, as the Node build restores node_modules (src/nodejs/install-reuse.ts). This
 * module only decides, from values: what the fingerprint holds, whether a composer.json
 * allows reuse at all, and what still has to run after a restore. The executor is
 * vendor-cache.ts.
 *
 * After a restore, what `composer install` would have done outside vendor/ still runs:
 * the root package's install scripts (`pre-install-cmd`, `post-install-cmd`, through
 * `composer run-script`) and the autoloader dump with its `pre/post-autoload-dump`
 * scripts. Their outputs live in the app, not in vendor/ (Laravel's package:discover
 * writes bootstrap/cache, Symfony's auto-scripts var/cache and public/bundles), and the
 * app is a fresh checkout on every build, so skipping them would ship a different app.
 * The dump itself is skipped when it would write what the restored vendor/ already
 * holds: no autoload-dump scripts and the app's own autoload sources unchanged.
 */
import type { ConfigVars } from '../env/config-vars.js';
import { hashText, type Fingerprint } from '../cache/fingerprint.js';

export { decideInstallReuse as decideVendorReuse, hashText } from '../cache/fingerprint.js';

/** The opt-out config var. */
export { REUSE_KNOB } from './plan.js';

/** Script events a `composer install` from the lock fires on the root package. */
const INSTALL_EVENTS = ['pre-install-cmd', 'post-install-cmd'] as const;
const DUMP_EVENTS = ['pre-autoload-dump', 'post-autoload-dump'] as const;

/** What the executor needs from composer.json beyond the plan (parsed here, from the raw JSON). */
export interface VendorLayout {
  /** The vendor directory, relative to the app (`config.vendor-dir`, default vendor). */
  readonly vendorDir: string;
  /** Directories of `path` repositories inside the app: their files are part of the fingerprint. */
  readonly pathRepositories: readonly string[];
  /** The root package's autoload paths (psr-4, psr-0, classmap, files; autoload-dev with dev). */
  readonly autoloadPaths: readonly string[];
  /** Root scripts defined for the install and autoload-dump events. */
  readonly installScripts: readonly string[];
  readonly dumpScripts: readonly string[];
}

export type LayoutDecision = { readonly reuse: true; readonly layout: VendorLayout } | { readonly reuse: false; readonly why: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A relative path that stays inside the app, normalized; undefined otherwise. */
function insideApp(p: string): string | undefined {
  const parts: string[] = [];
  if (p.startsWith('/') || p.includes('\\') || p.includes('\0')) return undefined;
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') return undefined;
    parts.push(seg);
  }
  return parts.length ? parts.join('/') : '.';
}

/** The fixed part of a path repository URL (`packages/*` → `packages`). */
function globBase(url: string): string {
  const first = url.search(/[*?[{]/);
  if (first < 0) return url;
  const slash = url.lastIndexOf('/', first);
  return slash < 0 ? '.' : url.slice(0, slash);
}

/**
 * Whether composer.json allows restoring vendor/ instead of installing, and what the
 * executor checks and runs around a restore. Refuses what a restored vendor/ cannot
 * reproduce: packages installed outside vendor/ (composer/installers' installer-paths),
 * path repositories outside the app, a vendor-dir outside the app.
 */
export function vendorLayout(composerJsonText: string, lockedNames: readonly string[], dev: boolean): LayoutDecision {
  let json: unknown;
  try {
    json = JSON.parse(composerJsonText);
  } catch {
    return { reuse: false, why: 'composer.json could not be read again' };
  }
  if (!isObject(json)) return { reuse: false, why: 'composer.json is not an object' };
  const config = isObject(json.config) ? json.config : {};
  const extra = isObject(json.extra) ? json.extra : {};
  if (extra['installer-paths'] !== undefined || lockedNames.includes('composer/installers')) {
    return { reuse: false, why: 'packages are installed outside vendor/ (composer/installers)' };
  }
  const rawVendor = typeof config['vendor-dir'] === 'string' ? config['vendor-dir'] : 'vendor';
  const vendorDir = insideApp(rawVendor);
  if (!vendorDir || vendorDir === '.') return { reuse: false, why: `config.vendor-dir ${JSON.stringify(rawVendor)} is not a directory inside the app` };

  const pathRepositories: string[] = [];
  const repos = Array.isArray(json.repositories) ? json.repositories : isObject(json.repositories) ? Object.values(json.repositories) : [];
  for (const r of repos) {
    if (!isObject(r) || r.type !== 'path') continue;
    const url = typeof r.url === 'string' ? r.url : '';
    const dir = insideApp(globBase(url));
    if (!dir) return { reuse: false, why: `the path repository ${JSON.stringify(url)} is outside the app` };
    // Its files are part of the fingerprint: the whole app is too broad to digest.
    if (dir === '.' || dir === vendorDir || dir.startsWith(`${vendorDir}/`)) {
      return { reuse: false, why: `the path repository ${JSON.stringify(url)} is the app root or inside ${vendorDir}/` };
    }
    pathRepositories.push(dir);
  }

  const autoloadPaths = new Set<string>();
  for (const key of dev ? ['autoload', 'autoload-dev'] : ['autoload']) {
    const section = json[key];
    if (!isObject(section)) continue;
    for (const kind of ['psr-4', 'psr-0', 'classmap', 'files']) {
      const v = section[kind];
      const values = isObject(v) ? Object.values(v) : Array.isArray(v) ? v : [];
      for (const entry of values.flat()) {
        if (typeof entry !== 'string') continue;
        const p = insideApp(entry === '' ? '.' : entry);
        // The app root itself as an autoload path: every file of the app is a source.
        autoloadPaths.add(p ?? '.');
      }
    }
  }

  const scripts = isObject(json.scripts) ? json.scripts : {};
  const defined = (events: readonly string[]) => events.filter((e) => scripts[e] !== undefined);
  return {
    reuse: true,
    layout: {
      vendorDir,
      pathRepositories: [...new Set(pathRepositories)].sort(),
      autoloadPaths: [...autoloadPaths].sort(),
      installScripts: defined(INSTALL_EVENTS),
      dumpScripts: defined(DUMP_EVENTS),
    },
  };
}

/** Config vars that change what `composer install` produces (secrets by hash only). */
export function composerRelevantVars(vars: ConfigVars): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) {
    if (k.startsWith('COMPOSER_')) out[`config var ${k}`] = hashText(v);
  }
  return out;
}

export interface VendorInputs {
  readonly stack: string;
  readonly php: string;
  /** The PHP artifact's sha256: a rebuilt PHP of the same version may differ. */
  readonly phpArtifact: string;
  readonly composer: string;
  readonly command: readonly string[];
  /** Enabled extensions: Composer's platform check in vendor/ is generated from them. */
  readonly extensions: readonly string[];
  /** Hashes of composer.json, composer.lock, auth.json. */
  readonly files: Readonly<Record<string, string>>;
  /** Content digest of each path repository directory. */
  readonly pathRepositories: Readonly<Record<string, string>>;
  readonly vars: ConfigVars;
}

export function vendorFingerprint(i: VendorInputs): Fingerprint {
  const repos: Record<string, string> = {};
  for (const [dir, digest] of Object.entries(i.pathRepositories)) repos[`path repository ${dir}`] = digest;
  return {
    stack: i.stack,
    'php version': i.php,
    'php artifact': i.phpArtifact.slice(0, 16),
    'composer version': i.composer,
    'install command': i.command.join(' '),
    extensions: [...i.extensions].sort().join(','),
    ...i.files,
    ...repos,
    ...composerRelevantVars(i.vars),
  };
}

export interface AfterRestore {
  /** `composer run-script <event>` before the dump (pre-install-cmd) and after it (post-install-cmd). */
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** Run `composer dump-autoload`, and why; or why not. */
  readonly dump: { readonly run: boolean; readonly why: string };
}

/**
 * What runs after vendor/ is restored. The dump writes vendor/composer/autoload_*.php
 * from the installed packages (unchanged: same lock) and the app's own autoload
 * sources (the optimized classmap lists the app's classes), and fires the dump scripts.
 */
export function afterRestore(layout: VendorLayout, autoloadDigest: string, previousAutoloadDigest: string | undefined): AfterRestore {
  const dump = layout.dumpScripts.length
    ? { run: true, why: `composer.json defines ${layout.dumpScripts.join(' and ')} scripts, which a dump runs` }
    : previousAutoloadDigest !== autoloadDigest
      ? { run: true, why: `the app's autoload sources (${layout.autoloadPaths.join(', ') || 'none'}) changed since the previous build` }
      : { run: false, why: `the app's autoload sources (${layout.autoloadPaths.join(', ') || 'none'}) are unchanged and composer.json has no autoload-dump scripts` };
  return {
    before: layout.installScripts.filter((e) => e === 'pre-install-cmd'),
    after: layout.installScripts.filter((e) => e === 'post-install-cmd'),
    dump,
  };
}

/** The dump command matching the install command's mode. */
export function dumpCommand(installCommand: readonly string[]): string[] {
  return ['composer', 'dump-autoload', '--optimize', '--no-interaction', ...(installCommand.includes('--no-dev') ? ['--no-dev'] : [])];
}

export function runScriptCommand(event: string, installCommand: readonly string[]): string[] {
  return ['composer', 'run-script', event, '--no-interaction', ...(installCommand.includes('--no-dev') ? ['--no-dev'] : [])];
}
