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
import { managerKind } from './package-manager.js';
import { releaseRules } from './manager-releases.js';

/** Beyond the common allowlist: Node's extra CAs and the fleet's registry mirror. */
const NODE_PASSTHROUGH = ['NODE_EXTRA_CA_CERTS', 'NPM_CONFIG_REGISTRY', 'npm_config_registry'];

export function nodeBuildEnv(args: {
  plan: NodePlan;
  buildDir: string;
  npmCacheDir: string;
  /** Where Yarn's cache or pnpm's store live (in CACHE_DIR, or temp when caching is off). */
  managerCacheDir: string;
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
  if (pm.name === 'yarn' && !pm.zeroInstall) env.YARN_CACHE_FOLDER = args.managerCacheDir;
  if (pm.name === 'pnpm') {
    // pnpm <= 10 reads npm_config_*, pnpm >= 11 only pnpm_config_* (else the store lands in $HOME).
    env.npm_config_store_dir = args.managerCacheDir;
    env.pnpm_config_store_dir = args.managerCacheDir;
  }
  return env;
}

/**
 * The settings the installed Yarn or pnpm release understands (data/manager-rules.json,
 * by release range: Yarn 2.0/2.1 stop on a setting they do not know), for every step
 * after the manager is installed and its version measured. A config var the app sets wins.
 */
export function managerReleaseEnv(
  pm: { name: NodePlan['packageManager']['name']; berry: boolean },
  version: string,
  configVars: ConfigVars,
): Record<string, string> {
  const kind = managerKind(pm);
  if (!kind) return {};
  return Object.fromEntries(Object.entries(releaseRules(kind, version).env).filter(([name]) => configVars[name] === undefined));
}

/** Env for the manager's own install and prune commands (not the app's scripts); a config var wins. */
export function managerCommandEnv(
  pm: { name: NodePlan['packageManager']['name']; berry: boolean },
  version: string,
  configVars: ConfigVars,
): Record<string, string> {
  const kind = managerKind(pm);
  if (!kind) return {};
  return Object.fromEntries(Object.entries(releaseRules(kind, version).commandEnv).filter(([name]) => configVars[name] === undefined));
}
