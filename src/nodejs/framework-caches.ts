/**
 * Restores and saves the framework build caches the plan lists (src/nodejs/frameworks.ts),
 * one TreeCache entry per directory, tagged with the versions of the frameworks that made
 * it: a cache made by another version is dropped, with the reason in the log.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { BuildLog } from '../log/build-log.js';
import { readAppText } from '../fs/app-tree.js';
import { pathExists } from '../fs/path-exists.js';
import { TreeCache } from '../cache/tree-cache.js';
import type { CacheWrites } from '../cache/cache-writes.js';
import { frameworkSignature, type FrameworkCacheDir, type FrameworkCachePlan, type FrameworkUse } from './frameworks.js';

async function installedVersion(buildDir: string, use: FrameworkUse): Promise<string | undefined> {
  for (const base of [use.manifestDir, '']) {
    // Installed packages may be links (pnpm, workspaces): followed inside the app only.
    const text = await readAppText(buildDir, path.posix.join(base, 'node_modules', use.pkg, 'package.json')).catch(() => undefined);
    if (text === undefined) continue;
    try {
      const v = (JSON.parse(text) as { version?: unknown }).version;
      if (typeof v === 'string') return v;
    } catch {
      // a broken package.json in node_modules: fall back to the declared range
    }
  }
  return undefined;
}

async function signatures(plan: FrameworkCachePlan, buildDir: string): Promise<Map<FrameworkCacheDir, string>> {
  const out = new Map<FrameworkCacheDir, string>();
  for (const dir of plan.dirs) {
    const versions = new Map<FrameworkUse, string | undefined>();
    for (const u of dir.uses) versions.set(u, await installedVersion(buildDir, u));
    out.set(dir, frameworkSignature(dir, (u) => versions.get(u)));
  }
  return out;
}

const label = (dir: FrameworkCacheDir) => `${[...new Set(dir.uses.map((u) => u.name))].join(', ')} cache ${dir.path}`;

export class FrameworkCaches {
  private readonly cache: TreeCache;
  constructor(private readonly root: string, writes?: CacheWrites) {
    this.cache = new TreeCache(root, writes);
  }

  /** After the install (node_modules/.cache must not be wiped by it), before the build scripts. */
  async restore(plan: FrameworkCachePlan, buildDir: string, log: BuildLog): Promise<void> {
    if (plan.dirs.length === 0) return;
    if (!plan.enabled) {
      for (const dir of plan.dirs) log.info(`${label(dir)}: not kept between builds (${plan.why})`);
      return;
    }
    await this.cache.sweep();
    const sigs = await signatures(plan, buildDir);
    for (const dir of plan.dirs) {
      const sig = sigs.get(dir)!;
      const saved = (await this.cache.readMeta(dir.path))?.signature;
      if (saved === undefined) {
        log.info(`${label(dir)} (${dir.source}): not in the cache yet`);
      } else if (saved !== sig) {
        await this.cache.drop(dir.path);
        log.info(`${label(dir)}: not restored, it was made by ${String(saved)} and the app now has ${sig}`);
      } else if (await pathExists(path.join(buildDir, dir.path))) {
        log.info(`${label(dir)}: already in the app, kept as is`);
      } else {
        const r = await this.cache.restore(dir.path, buildDir);
        log.info(r.status === 'restored'
          ? `${label(dir)} (${sig}): restored (${r.linked ? 'hard-linked' : 'copied'}, manifest checked)`
          : `${label(dir)}: not restored, ${r.status === 'damaged' ? r.why : 'it is gone'}`);
      }
    }
  }

  async save(plan: FrameworkCachePlan, buildDir: string, log: BuildLog): Promise<void> {
    const keep = new Set(plan.enabled ? plan.dirs.map((d) => encodeURIComponent(d.path)) : []);
    // Caches of frameworks the app no longer uses go too.
    for (const name of await fs.readdir(this.root).catch(() => [] as string[])) {
      if (!keep.has(name)) await fs.rm(path.join(this.root, name), { recursive: true, force: true });
    }
    if (!plan.enabled) return;
    const sigs = await signatures(plan, buildDir);
    for (const dir of plan.dirs) {
      if (!(await pathExists(path.join(buildDir, dir.path)))) {
        await this.cache.drop(dir.path);
        log.info(`${label(dir)}: not present in the app, nothing to save`);
        continue;
      }
      const saved = await this.cache.save(dir.path, buildDir, [dir.path], { signature: sigs.get(dir)! }, { label: label(dir) });
      if (saved.status === 'saved') log.info(`${label(dir)}: saved`);
    }
  }

  async clear(): Promise<void> {
    await fs.rm(this.root, { recursive: true, force: true });
  }
}
