/**
 * The environment every build subprocess gets. Built explicitly (nothing inherited by
 * accident): a short allowlist from the platform's environment, the app's config vars,
 * the plan's decided values, and the paths of this build. Pure.
 */
import * as path from 'node:path';
import type { ConfigVars } from '../env/config-vars.js';
import { passthroughEnv } from '../env/passthrough.js';
import type { NodePlan } from './plan.js';
import { NODE_HOME_REL } from './install-node.js';

/** Beyond the common allowlist: Node's extra CAs and the fleet's registry mirror. */
const NODE_PASSTHROUGH = ['NODE_EXTRA_CA_CERTS', 'NPM_CONFIG_REGISTRY', 'npm_config_registry'];

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
  configVars: ConfigVars;
  platformEnv: Readonly<Record<string, string | undefined>>;
}): Record<string, string> {
  const { plan, buildDir, configVars, platformEnv } = args;
  const env = passthroughEnv(platformEnv, NODE_PASSTHROUGH);
  Object.assign(env, configVars);
  for (const [name, { value }] of Object.entries(plan.buildEnv)) env[name] = value;
  const nodeHome = path.join(buildDir, NODE_HOME_REL);
  env.PATH = [path.join(nodeHome, 'bin'), path.join(buildDir, 'node_modules/.bin'), platformEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin']
    .join(':');
  env.NODE_HOME = nodeHome;
  // What configures npm, Yarn and pnpm in a build is exactly: the app's own files (.npmrc,
  // .yarnrc, .yarnrc.yml), its config vars (NPM_CONFIG_*, YARN_*…), and the platform's
  // registry setting (NPM_CONFIG_REGISTRY above). Not the build machine's user config: HOME
  // is a private empty dir, and npm's (and pnpm's) user config file is pinned inside it
  // unless the app names one.
  env.HOME = args.homeDir;
  if (configVars.NPM_CONFIG_USERCONFIG === undefined && configVars.npm_config_userconfig === undefined) {
    env.npm_config_userconfig = path.join(args.homeDir, '.npmrc');
  }
  env.npm_config_cache = args.npmCacheDir;
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
  // With PnP the cache zips are the installed packages: they stay in the app (and are
  // mirrored to CACHE_DIR by compile); otherwise Yarn's cache lives in CACHE_DIR.
  if (pm.pnp) env.YARN_CACHE_FOLDER = path.join(buildDir, pm.pnp.cacheFolder.value);
  else if (pm.name === 'yarn' && !pm.zeroInstall) env.YARN_CACHE_FOLDER = args.managerCacheDir;
  // Yarn splits list settings given in the environment on commas; this replaces the
  // app's own list, which the plan has merged in.
  if (pm.pnp) env.YARN_PNP_IGNORE_PATTERNS = pm.pnp.ignorePatterns.join(',');
  if (pm.name === 'yarn' && pm.berry) {
    // The project-local cache setting, pointed at CACHE_DIR (or the committed .yarn/cache).
    env.YARN_ENABLE_GLOBAL_CACHE = 'false';
    env.YARN_ENABLE_TELEMETRY = '0';
    env.YARN_ENABLE_PROGRESS_BARS = 'false';
  }
  if (pm.name === 'pnpm') env.npm_config_store_dir = args.managerCacheDir;
  return env;
}
