/**
 * Renderers for the `.profile.d/*.sh` scripts of Node.js apps (nodejs.md §7,
 * common.md §7).
 *
 * The platform sources these scripts, with bash or a POSIX sh, in the app
 * container right before the app starts. Their output is therefore plain POSIX
 * sh, and three invariants hold for every line rendered here:
 *
 * - no `exit`: the script is sourced, an exit would kill the boot shell;
 * - no leaked names: helpers are `__wc_*` variables and functions that are
 *   unset at the end, so only the documented variables change;
 * - safe under `set -u` and `set -e` in the sourcing shell: every reference to
 *   a variable that may be unset carries a default, and no command outside a
 *   condition can fail.
 *
 * Rendering is pure text generation: nothing here reads the environment, the
 * decision happens at boot because the memory is only known there.
 *
 * The scripts are the `.sh` files of src/nodejs/profile/ (build-time values, where
 * any, in a block of assignments quoted by `shQuote`). The memory detection itself
 * (common.md §7) is shared with the PHP boot script: src/runtime-env/memory.sh.
 */
import {
  CONTAINER_SIZE_MEMORY_MB,
  inlineMemoryDetection,
  MEMORY_DETECTION_POLICY,
} from '../runtime-env/memory-sh.js';
import { fillBuildValues, renderShAssignments } from '../env/sh-quote.js';
import exportSh from './profile/export.sh';
import webConcurrencySh from './profile/WEB_CONCURRENCY.sh';
import nodeProfileSh from './profile/nodejs.sh';
import pnpProfileSh from './profile/nodejs-pnp.sh';
import { SLUG } from '../layout/layout.js';

/** Scalingo container sizes and their memory in MB (common.md §7); shared with PHP. */
export { CONTAINER_SIZE_MEMORY_MB };

/** The numbers the WEB_CONCURRENCY computation uses (nodejs.md §7). */
export const WEB_CONCURRENCY_POLICY = Object.freeze({
  /** Memory assumed when no source gives one. */
  defaultMemoryMb: MEMORY_DETECTION_POLICY.defaultMemoryMb,
  /** Memory readings above this are capped. */
  memoryCapMb: MEMORY_DETECTION_POLICY.memoryCapMb,
  /** More memory than this (strictly) switches to the large WEB_MEMORY default. */
  largeMemoryThresholdMb: 16384,
  defaultWebMemoryMb: 512,
  largeWebMemoryMb: 2048,
  /** A computed concurrency above this is considered absurd. */
  maxConcurrency: 200,
  /** A cgroup limit above this (8 TiB, in bytes) means "no limit". */
  noLimitBytes: MEMORY_DETECTION_POLICY.noLimitBytes,
  defaultCgroupRoot: MEMORY_DETECTION_POLICY.defaultCgroupRoot,
});

/**
 * `.profile.d/nodejs.sh`: the Node.js runtime on PATH and its environment. `$HOME/bin`
 * comes last, as with the upstream buildpack: scripts an app commits there are callable
 * by name, without shadowing node or the system's tools.
 */
export function renderNodeProfile(): string {
  return nodeProfileSh;
}

/**
 * `.profile.d/nodejs-pnp.sh` (Yarn Plug'n'Play apps): NODE_OPTIONS loads the PnP runtime
 * (.pnp.cjs for require, .pnp.loader.mjs for import), the same flags \`yarn run\` gives
 * its scripts, so \`npm start\`, \`node server.js\` and one-off commands all resolve the
 * app's dependencies, with no Yarn process kept in memory at runtime. npm and node-gyp
 * under .scalingo are outside PnP (pnpIgnorePatterns, see plan.ts). Yarn recognises and
 * replaces these exact flags when it runs a script itself, so \`yarn node …\` still works;
 * that is why the paths are unquoted (HOME with white space: not loaded, with a warning).
 */
export function renderPnpProfile(): string {
  return pnpProfileSh;
}

/**
 * `.profile.d/WEB_CONCURRENCY.sh`: computes WEB_CONCURRENCY at boot from the
 * container's memory unless the user set it, and exports MEMORY_AVAILABLE.
 */
export function renderWebConcurrencyProfile(): string {
  const p = WEB_CONCURRENCY_POLICY;
  const script = fillBuildValues(webConcurrencySh, {
    __wc_large_mb: p.largeMemoryThresholdMb,
    __wc_large_wm: p.largeWebMemoryMb,
    __wc_default_wm: p.defaultWebMemoryMb,
    __wc_max_conc: p.maxConcurrency,
  });
  return inlineMemoryDetection(script);
}

/** The multi-buildpack `export` file's location: the buildpack's own root directory. */
export const EXPORT_FILE = 'export';

/**
 * The multi-buildpack `export` file (`$BUILDPACK_DIR/export`): a following buildpack
 * (and the multi-buildpack wrapper) sources it to build with this app's Node.js, as
 * with the upstream buildpack. Build-time paths, so they name BUILD_DIR, not $HOME.
 */
export function renderExportFile(args: { buildDir: string; nodeOptions: string; env?: Readonly<Record<string, string>> }): string {
  const node = `${args.buildDir}/${SLUG.nodeHome}`;
  // The package manager's own settings (pnpm's store): its row's `cache.exportEnv` in managers.ts.
  const extra = renderShAssignments(Object.fromEntries(Object.entries(args.env ?? {}).map(([name, value]) => [`export ${name}`, value])));
  return fillBuildValues(exportSh, {
    __node_bin: `${node}/bin`,
    __node_modules_bin: `${args.buildDir}/node_modules/.bin`,
    'export NODE_HOME': node,
    __node_options: args.nodeOptions,
  }) + (extra === '' ? '' : `${extra}\n`);
}
