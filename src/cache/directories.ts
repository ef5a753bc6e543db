/**
 * Directories kept between builds (cacheDirectories, the npm cache's neighbours).
 * Saving is atomic: copy to a temp name inside CACHE_DIR, then rename into place, so a
 * build killed at any moment leaves the old entry, the new one, or none — never half.
 */
import { pathExists } from '../fs/path-exists.js';
import { dropLinksLeavingApp, realTreeFs, resolveInApp, type Warn } from '../fs/app-tree.js';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';


/** One flat entry per cached path: "client/node_modules" → "client%2Fnode_modules". */
function entryName(rel: string): string {
  return encodeURIComponent(rel);
}

function linkWarning(rel: string, what: string) {
  return { id: 'engine/cache-directory-link', message: `Cache directory ${rel}: ${what}.` };
}

function droppedText(dropped: readonly string[], what: string): string {
  const shown = dropped.slice(0, 5).join(', ') + (dropped.length > 5 ? `, … (${dropped.length} in all)` : '');
  return `symbolic links leading outside the app were ${what}: ${shown}`;
}

export class DirectoryCache {
  constructor(private readonly dir: string) {}

  /**
   * Never through a link: an entry whose place in the app leads outside it (a parent that is
   * a link out) is skipped, a cached entry that is itself a link is dropped, and links in
   * the restored tree that would lead outside the app are removed, each with a warning.
   */
  async restore(appDir: string, rel: string, warn: Warn = () => {}): Promise<'restored' | 'not-cached' | 'exists' | 'unsafe'> {
    const from = path.join(this.dir, entryName(rel));
    const to = path.join(appDir, rel);
    const cached = await fs.lstat(from).catch(() => undefined);
    if (!cached) return 'not-cached';
    if (cached.isSymbolicLink()) {
      warn(linkWarning(rel, 'the cached copy is a symbolic link (saved by an older build): dropped, not restored'));
      await fs.rm(from, { force: true });
      return 'not-cached';
    }
    if (await pathExists(to)) return 'exists';
    const parent = await resolveInApp(realTreeFs, appDir, path.posix.dirname(rel));
    if (parent.kind === 'outside' || parent.kind === 'dangling') {
      warn(linkWarning(rel, `its parent directory is a symbolic link ${parent.kind === 'outside' ? 'leading outside the app' : 'to nothing'}: not restored`));
      return 'unsafe';
    }
    await fs.mkdir(path.dirname(to), { recursive: true });
    await fs.cp(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    const dropped = await dropLinksLeavingApp(to, appDir, rel);
    if (dropped.length) warn(linkWarning(rel, droppedText(dropped, 'removed after the restore')));
    return 'restored';
  }

  /**
   * A link is never saved: `rel` itself being a link (to anywhere) or leading outside the
   * app through a parent link is skipped with a warning (and the old entry dropped); links
   * inside the tree that would lead outside the app are left out of the saved copy.
   */
  async save(appDir: string, rel: string, warn: Warn = () => {}): Promise<'saved' | 'missing' | 'unsafe'> {
    const from = path.join(appDir, rel);
    const target = path.join(this.dir, entryName(rel));
    const entry = await fs.lstat(from).catch(() => undefined);
    if (!entry) {
      await fs.rm(target, { recursive: true, force: true });
      return 'missing';
    }
    const where = await resolveInApp(realTreeFs, appDir, rel);
    if (entry.isSymbolicLink() || where.kind !== 'inside') {
      warn(linkWarning(rel, entry.isSymbolicLink()
        ? 'it is a symbolic link: not saved (only real directories of the app are cached)'
        : 'it leads outside the app through a symbolic link: not saved'));
      await fs.rm(target, { recursive: true, force: true });
      return 'unsafe';
    }
    await fs.mkdir(this.dir, { recursive: true });
    const tmp = path.join(this.dir, `.tmp-${randomBytes(6).toString('hex')}`);
    await fs.cp(from, tmp, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    const dropped = await dropLinksLeavingApp(tmp, appDir, rel);
    if (dropped.length) warn(linkWarning(rel, droppedText(dropped, 'left out of the cache')));
    const old = path.join(this.dir, `.old-${randomBytes(6).toString('hex')}`);
    if (await pathExists(target)) await fs.rename(target, old);
    await fs.rename(tmp, target);
    await fs.rm(old, { recursive: true, force: true });
    return 'saved';
  }

  /** Drops everything, including leftovers of killed builds. */
  async clear(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }

  /** Removes temp copies a killed build may have left behind. */
  async sweep(): Promise<void> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return;
    }
    await Promise.all(
      names.filter((n) => n.startsWith('.tmp-') || n.startsWith('.old-'))
        .map((n) => fs.rm(path.join(this.dir, n), { recursive: true, force: true })),
    );
  }
}
