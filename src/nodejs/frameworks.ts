/**
 * Framework build caches: which build tools the app uses, from the
 * dependencies of its package.json files, and which of their cache directories to keep
 * between builds (data/frameworks-node.json). Pure: compile restores and saves them, and
 * drops a cache made by another version of its framework.
 */
import * as path from 'node:path';
import frameworksDoc from '../../data/frameworks-node.json' with { type: 'json' };
import type { PackageJson } from './package-json.js';

export interface FrameworkDef {
  readonly id: string;
  readonly name: string;
  readonly packages: readonly string[];
  readonly dirs: readonly string[];
}

export const NODE_FRAMEWORKS: readonly FrameworkDef[] = frameworksDoc.frameworks;

/** One detected use of a framework: which package, declared where, with which range. */
export interface FrameworkUse {
  readonly id: string;
  readonly name: string;
  readonly pkg: string;
  /** The directory of the package.json that declares it ('' for the app root). */
  readonly manifestDir: string;
  readonly range: string;
}

export interface FrameworkCacheDir {
  /** Relative to the app root. */
  readonly path: string;
  readonly uses: readonly FrameworkUse[];
  readonly source: string;
}

export type FrameworkCachePlan =
  | { readonly enabled: true; readonly dirs: readonly FrameworkCacheDir[] }
  | { readonly enabled: false; readonly why: string; readonly dirs: readonly FrameworkCacheDir[] };

/** The opt-out config var. */
export const FRAMEWORK_CACHE_KNOB = 'NODE_FRAMEWORK_CACHE';

function inside(child: string, parent: string): boolean {
  return child === parent || child.startsWith(`${parent}/`);
}

/**
 * `manifests`: the app's package.json ('' dir) and its workspace members'. `userDirs`:
 * the app's own cacheDirectories, which win over a framework default they contain.
 * `disabled`: why not to keep them at all (opt-out, cache off), else undefined; the
 * directories are still listed, so the log and bin/plan say what is not kept.
 */
export function planFrameworkCaches(
  manifests: ReadonlyArray<{ readonly dir: string; readonly pkg: PackageJson }>,
  userDirs: readonly string[],
  disabled: string | undefined,
): FrameworkCachePlan {
  const byPath = new Map<string, FrameworkUse[]>();
  for (const { dir, pkg } of manifests) {
    for (const fw of NODE_FRAMEWORKS) {
      const pkgName = fw.packages.find((p) => pkg.dependencies[p] !== undefined || pkg.devDependencies[p] !== undefined);
      if (pkgName === undefined) continue;
      const use: FrameworkUse = {
        id: fw.id, name: fw.name, pkg: pkgName, manifestDir: dir,
        range: pkg.dependencies[pkgName] ?? pkg.devDependencies[pkgName]!,
      };
      for (const d of fw.dirs) {
        const rel = dir ? path.posix.join(dir, d) : d;
        byPath.set(rel, [...(byPath.get(rel) ?? []), use]);
      }
    }
  }
  // Nested directories are one cache (node_modules/.cache holds node_modules/.cache/turbo):
  // the outermost is kept, on behalf of every framework that uses something inside it.
  const paths = [...byPath.keys()].sort();
  const dirs: FrameworkCacheDir[] = [];
  for (const p of paths) {
    if (userDirs.some((u) => inside(p, u))) continue;
    if (paths.some((q) => q !== p && inside(p, q))) continue;
    const uses = paths.filter((q) => inside(q, p)).flatMap((q) => byPath.get(q)!);
    const unique = uses.filter((u, i) => uses.findIndex((v) => v.id === u.id && v.manifestDir === u.manifestDir) === i);
    dirs.push({
      path: p,
      uses: unique,
      source: unique.map((u) => `${u.pkg} in ${u.manifestDir ? `${u.manifestDir}/` : ''}package.json`).join(', '),
    });
  }
  return disabled === undefined ? { enabled: true, dirs } : { enabled: false, why: disabled, dirs };
}

/**
 * What a cache directory was made by: each framework's installed version (read by
 * compile from node_modules), or its declared range when it is not installed there (PnP).
 */
export function frameworkSignature(dir: FrameworkCacheDir, installed: (use: FrameworkUse) => string | undefined): string {
  return dir.uses.map((u) => `${u.pkg}@${installed(u) ?? u.range}`).sort().join(', ');
}
