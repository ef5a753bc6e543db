/**
 * Directories kept between builds (cacheDirectories, the npm cache's neighbours).
 * Saving is atomic: copy to a temp name inside CACHE_DIR, then rename into place, so a
 * build killed at any moment leaves the old entry, the new one, or none — never half.
 */
import { pathExists } from '../fs/path-exists.js';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';


/** One flat entry per cached path: "client/node_modules" → "client%2Fnode_modules". */
function entryName(rel: string): string {
  return encodeURIComponent(rel);
}

export class DirectoryCache {
  constructor(private readonly dir: string) {}

  async restore(appDir: string, rel: string): Promise<'restored' | 'not-cached' | 'exists'> {
    const from = path.join(this.dir, entryName(rel));
    const to = path.join(appDir, rel);
    if (!(await pathExists(from))) return 'not-cached';
    if (await pathExists(to)) return 'exists';
    await fs.mkdir(path.dirname(to), { recursive: true });
    await fs.cp(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    return 'restored';
  }

  async save(appDir: string, rel: string): Promise<'saved' | 'missing'> {
    const from = path.join(appDir, rel);
    const target = path.join(this.dir, entryName(rel));
    if (!(await pathExists(from))) {
      await fs.rm(target, { recursive: true, force: true });
      return 'missing';
    }
    await fs.mkdir(this.dir, { recursive: true });
    const tmp = path.join(this.dir, `.tmp-${randomBytes(6).toString('hex')}`);
    await fs.cp(from, tmp, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
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
