/**
 * The shapes the Node.js modules share (package.json as read, the prune step), in a module
 * that imports no other: the modules that use them then import in one direction only
 * (package-json → managers → plan), never around a cycle, even of types.
 */

export interface Engines {
  readonly node?: string;
  /** `engines.<command>` of each manager row (a test's extra row widens these at run time). */
  readonly npm?: string;
  readonly yarn?: string;
  readonly pnpm?: string;
  readonly iojs: boolean;
}

export interface PackageJson {
  readonly name?: string;
  readonly engines: Engines;
  readonly packageManager?: string;
  readonly scripts: Readonly<Record<string, string>>;
  /** `main`, when a string: only for the start hint (npm itself does not start it). */
  readonly main?: string;
  /**
   * dependencies / devDependencies names and ranges, for the hints and framework caches
   * only: the package manager validates them for real (so entries that are not strings
   * are left out here rather than reported twice).
   */
  readonly dependencies: Readonly<Record<string, string>>;
  readonly devDependencies: Readonly<Record<string, string>>;
  /** `cacheDirectories` or `cache_directories`, with the key used. */
  readonly cacheDirectories?: { readonly key: string; readonly paths: readonly string[] };
}

/**
 * `needs: 'workspace-tools'`: a vendored Yarn 2+ (yarnPath) of unknown release prunes
 * with `yarn workspaces focus` only if that release has the command (built in from
 * Yarn 4, else the workspace-tools plugin); compile asks the release itself.
 * `plugin`: the command comes from this npm package, loaded for the prune only.
 */
export type PruneStep =
  | {
    readonly command: readonly string[];
    readonly needs?: 'workspace-tools';
    readonly plugin?: { readonly name: string; readonly version: string };
    /** Yarn 2+: the zips the pruned install does not use, removed from the cache folder the slug holds. */
    readonly yarnCache?: YarnCacheCleanup;
  }
  | { readonly skipped: string };

/**
 * Yarn 2+ keeps every package it fetched as a zip in its cache folder, and a prune
 * (`workspaces focus --production`) removes the devDependencies from the install but not
 * their zips. When that folder is in the app (Plug'n'Play's project cache, a committed
 * zero-install cache), the zips the production install does not use are removed after
 * the prune: `pnp-map`, those the pruned .pnp.cjs does not point into; `none`, all of
 * them (the node-modules linker unpacked every package into node_modules).
 */
export interface YarnCacheCleanup {
  /** Relative to the app. */
  readonly folder: string;
  readonly keep: 'pnp-map' | 'none';
}
