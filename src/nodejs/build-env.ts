/**
 * The environment every build subprocess gets. Built explicitly (nothing inherited by
 * accident): a short allowlist from the platform's environment, the app's config vars,
 * the plan's decided values, and the paths of this build. Pure.
 */
import * as path from 'node:path';
import semver from 'semver';
import type { ConfigVars } from '../env/config-vars.js';
import { passthroughEnv } from '../env/passthrough.js';
import type { NodePlan } from './plan.js';
import { SLUG } from '../layout/layout.js';
import { managerSpec, type ManagerRef } from './managers.js';
import { releaseRules } from './manager-releases.js';
import { fillBuildValues } from '../env/sh-quote.js';
import toolGuardSh from './tool-guard.sh';

/** Beyond the common allowlist: Node's extra CAs and the fleet's npm settings (registry mirror, …). */
const NODE_PASSTHROUGH = ['NODE_EXTRA_CA_CERTS'];
/** npm reads its settings from `npm_config_*` (any case): a fleet's NPM_CONFIG_* reach npm, as the README says. */
const NODE_PASSTHROUGH_PREFIXES = ['npm_config_'];

/** The tools a build must never take from the build machine (see `toolGuards`). */
export const GUARDED_TOOLS = ['node', 'npm', 'npx'] as const;

/**
 * Scripts put on PATH after the app's runtime and before the machine's directories:
 * when `.scalingo/node/bin` lacks one of these tools (npx before npm 5.2), the build
 * gets a clear failure instead of the machine's own node, npm or npx. Pure text.
 */
export function toolGuards(): Record<(typeof GUARDED_TOOLS)[number], string> {
  const guard = (tool: string) =>
    fillBuildValues(toolGuardSh, { message: `${tool}: not part of the Node.js installed in ${SLUG.nodeHome}; the build never uses the build machine's ${tool}.` });
  return { node: guard('node'), npm: guard('npm'), npx: guard('npx') };
}

/** Whether the app or the fleet chose npm's cache directory (then we do not override it). */
export function userNpmCache(configVars: ConfigVars, platformEnv: Readonly<Record<string, string | undefined>>): { name: string; value: string } | undefined {
  for (const source of [configVars, platformEnv]) {
    for (const [name, value] of Object.entries(source)) {
      if (value !== undefined && value !== '' && name.toLowerCase() === 'npm_config_cache') return { name, value };
    }
  }
  return undefined;
}

export function nodeBuildEnv(args: {
  plan: NodePlan;
  buildDir: string;
  npmCacheDir: string;
  /** Where Yarn's cache or pnpm's store live (in CACHE_DIR, or temp when caching is off). */
  managerCacheDir: string;
  /**
   * The build's own HOME, an empty directory in the engine's temp dir: the build machine
   * user's ~/.npmrc, ~/.yarnrc, ~/.yarnrc.yml never reach the app's build (see below).
   */
  homeDir: string;
  /** V8's compiled-code cache for the build's node processes (npm, Yarn, pnpm, scripts), when caching is on. */
  compileCacheDir?: string;
  /** A directory holding `toolGuards` scripts, on PATH before the machine's directories. */
  toolGuardDir?: string;
  configVars: ConfigVars;
  platformEnv: Readonly<Record<string, string | undefined>>;
}): Record<string, string> {
  const { plan, buildDir, configVars, platformEnv } = args;
  const env = passthroughEnv(platformEnv, NODE_PASSTHROUGH, NODE_PASSTHROUGH_PREFIXES);
  Object.assign(env, configVars);
  for (const { name } of plan.withheldEnv ?? []) delete env[name];
  for (const [name, { value }] of Object.entries(plan.buildEnv)) env[name] = value;
  const nodeHome = path.join(buildDir, SLUG.nodeHome);
  // `node`, `npm` and `npx` resolve to the installed runtime (checked after install),
  // else to the guards: never to a node of the build machine further down PATH.
  env.PATH = [
    path.join(nodeHome, 'bin'), path.join(buildDir, 'node_modules/.bin'),
    ...(args.toolGuardDir ? [args.toolGuardDir] : []),
    platformEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin',
  ].join(':');
  env.NODE_HOME = nodeHome;
  // What configures npm, Yarn and pnpm in a build is exactly: the app's own files (.npmrc,
  // .yarnrc, .yarnrc.yml), its config vars (NPM_CONFIG_*, YARN_*…), and the platform's
  // npm settings (NPM_CONFIG_* from the platform environment). Not the build machine's user
  // config: HOME is a private empty dir, and npm's (and pnpm's) user config file is pinned
  // inside it unless the app names one.
  env.HOME = args.homeDir;
  if (configVars.NPM_CONFIG_USERCONFIG === undefined && configVars.npm_config_userconfig === undefined) {
    env.npm_config_userconfig = path.join(args.homeDir, '.npmrc');
  }
  // A cache directory the app or the fleet set is theirs (the plan warns that the build
  // cache then does not keep it); otherwise npm's cache lives in CACHE_DIR.
  if (!userNpmCache(configVars, platformEnv)) env.npm_config_cache = args.npmCacheDir;
  // Node < 7.3 ignores NODE_EXTRA_CA_CERTS, so the npm it runs would refuse a
  // TLS-inspecting proxy the README tells users to configure that way: give npm the
  // same CA file, unless a cafile was chosen.
  const hasCafile = Object.keys(env).some((k) => k.toLowerCase() === 'npm_config_cafile');
  if (env.NODE_EXTRA_CA_CERTS && !hasCafile && semver.lt(plan.node.version, '7.3.0')) env.npm_config_cafile = env.NODE_EXTRA_CA_CERTS;
  // Native addons build against the installed Node's headers (shipped in .scalingo/node),
  // never a system copy and without downloading headers. node-gyp reads this prefix with
  // precedence over npm_config_nodedir, and npm 11 does not warn about it.
  env.npm_package_config_node_gyp_nodedir = nodeHome;
  // No update checks against the registry in the middle of a build.
  env.npm_config_update_notifier = 'false';
  // Node >= 22.1 keeps the code it compiled for the package manager and the scripts
  // there, and checks it against the source before use: a warm build starts npm, Yarn
  // and pnpm faster. Older Node ignores it; an app's own setting wins.
  if (args.compileCacheDir && configVars.NODE_COMPILE_CACHE === undefined) env.NODE_COMPILE_CACHE = args.compileCacheDir;
  const pm = plan.packageManager;
  // The manager's own cache (Yarn cache, pnpm store) in CACHE_DIR, as its row says.
  Object.assign(env, managerSpec(pm).cache?.env({
    dir: args.managerCacheDir,
    ...(pm.pnp ? { pnpCacheFolder: path.join(buildDir, pm.pnp.cacheFolder.value) } : {}),
    ...(pm.zeroInstall ? { zeroInstall: true } : {}),
  }));
  // Yarn splits list settings given in the environment on commas; this replaces the
  // app's own list, which the plan has merged in.
  if (pm.pnp) env.YARN_PNP_IGNORE_PATTERNS = pm.pnp.ignorePatterns.join(',');
  return env;
}

/**
 * The settings the installed Yarn or pnpm release understands (data/manager-rules.json,
 * by release range: Yarn 2.0/2.1 stop on a setting they do not know). `env`: for every
 * step after the manager is installed and its version measured; `commandEnv`: only for
 * the manager's own install and prune commands (not the app's scripts). A config var the
 * app sets wins.
 */
export function managerReleaseEnv(
  pm: ManagerRef,
  version: string,
  configVars: ConfigVars,
  which: 'env' | 'commandEnv' = 'env',
): Record<string, string> {
  const registry = managerSpec(pm).registry;
  if (registry === 'bundled') return {};
  return Object.fromEntries(Object.entries(releaseRules(registry.line, version)[which]).filter(([name]) => configVars[name] === undefined));
}
