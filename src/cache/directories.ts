/**
 * Directories kept between builds (cacheDirectories): one tree cache entry each
 * (tree-cache.ts), so they restore as the install does: checked against their manifest
 * (content included) and hard-linked into the app when CACHE_DIR and BUILD_DIR share a
 * filesystem, copied otherwise; each keeps a spare, as the install does. Saving is
 * best-effort and atomic (TreeCache.save).
 */
import { pathExists } from '../fs/path-exists.js';
import { realTreeFs, resolveInApp, type Warn } from '../fs/app-tree.js';
import { fsPath } from '../fs/byte-names.js';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { TreeCache } from './tree-cache.js';
import { shown, type CacheWrites } from './cache-writes.js';

function linkWarning(rel: string, what: string) {
  return { id: 'engine/cache-directory-link', message: `Cache directory ${rel}: ${what}.` };
}

function droppedText(dropped: readonly string[]): string {
  const list = dropped.slice(0, 5).map((d) => shown(d, 200));
  const more = dropped.length > 5 ? `, … (${dropped.length} in all)` : '';
  return `symbolic links leading outside the app were left out of the cache: ${list.join(', ')}${more}`;
}

export type DirectoryRestore =
  | { readonly status: 'restored' | 'not-cached' | 'exists' | 'unsafe' }
  | { readonly status: 'damaged'; readonly why: string };

export class DirectoryCache {
  private readonly trees: TreeCache;

  constructor(private readonly dir: string, writes?: CacheWrites) {
    this.trees = new TreeCache(dir, writes);
  }

  /**
   * Never through a link: an entry whose place in the app leads outside it (a parent that
   * is a link out) is not restored, with a warning. The entry is the tree that was saved
   * (manifest checked): a link out of the app was never saved into it.
   */
  async restore(appDir: string, rel: string, warn: Warn = () => {}): Promise<DirectoryRestore> {
    const cached = await this.trees.entryMeta(rel);
    if (cached.status === 'missing') return { status: 'not-cached' };
    if (cached.status === 'damaged') return cached;
    if (await pathExists(path.join(appDir, rel))) return { status: 'exists' };
    const parent = await resolveInApp(realTreeFs, appDir, path.posix.dirname(rel));
    if (parent.kind === 'outside' || parent.kind === 'dangling') {
      warn(linkWarning(rel, `its parent directory is a symbolic link ${parent.kind === 'outside' ? 'leading outside the app' : 'to nothing'}: not restored`));
      return { status: 'unsafe' };
    }
    const r = await this.trees.restore(rel, appDir);
    if (r.status === 'restored') return { status: 'restored' };
    return r.status === 'damaged' ? r : { status: 'not-cached' };
  }

  /**
   * A link is never saved: `rel` itself being a link (to anywhere) or leading outside the
   * app through a parent link is skipped with a warning (and the old entry dropped); links
   * inside the tree that would lead outside the app are left out of the saved copy.
   */
  async save(appDir: string, rel: string, warn: Warn = () => {}): Promise<'saved' | 'missing' | 'unsafe' | 'skipped'> {
    const entry = await fs.lstat(fsPath(path.join(appDir, rel))).catch(() => undefined);
    if (!entry) {
      await this.trees.drop(rel);
      return 'missing';
    }
    const where = await resolveInApp(realTreeFs, appDir, rel);
    if (entry.isSymbolicLink() || where.kind !== 'inside') {
      warn(linkWarning(rel, entry.isSymbolicLink()
        ? 'it is a symbolic link: not saved (only real directories of the app are cached)'
        : 'it leads outside the app through a symbolic link: not saved'));
      await this.trees.drop(rel);
      return 'unsafe';
    }
    const saved = await this.trees.save(rel, appDir, [rel], {}, { label: rel, linksInside: path.resolve(appDir) });
    if (saved.status !== 'saved') return 'skipped';
    // Its spare, made while the build goes on: the next restore moves it in with one
    // rename instead of making every directory and link then (see spares.ts).
    this.trees.keepSpare(rel);
    if (saved.linksLeftOut.length) warn(linkWarning(rel, droppedText(saved.linksLeftOut)));
    return 'saved';
  }

  /** Drops everything, including leftovers of killed builds. */
  async clear(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }

  /** Removes temp copies a killed build may have left behind. */
  async sweep(): Promise<void> {
    await this.trees.sweep();
  }
}
