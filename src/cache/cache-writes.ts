/**
 * The build cache is best-effort: what cannot be saved is skipped, said, and the build
 * goes on (the slug never depends on the cache). One CacheWrites per build says each
 * skipped save with its reason, and a full cache disk once: found full (ENOSPC, EDQUOT)
 * at the start or by a write, the rest of the build writes nothing more into CACHE_DIR
 * (restores still read it), and the managers' caches and downloads go to the build's
 * temp dir instead.
 */
import * as fs from 'node:fs/promises';
import { writeAtomic } from '../fs/small-files.js';
import type { Problem } from '../errors/build-error.js';
import { shown } from '../fs/byte-names.js';
import { diskFullCode, type DiskFullCode } from '../fs/disk-full.js';

export { shown } from '../fs/byte-names.js';
export { DiskFullError, diskFullCode, diskFullInText, type DiskFullCode } from '../fs/disk-full.js';

/**
 * Below this much free space the cache disk counts as full from the start: a Node.js
 * runtime alone takes ~100 MB, and a manager's cache filling the disk mid-install would
 * fail the install itself.
 */
export const CACHE_MIN_FREE_BYTES = 64 * 1024 * 1024;

export interface CacheReporter {
  warn(problem: Problem): void;
  info(line: string): void;
}

const codeText: Record<DiskFullCode, string> = { ENOSPC: 'ENOSPC, no space left on device', EDQUOT: 'EDQUOT, disk quota exceeded' };

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}


export class CacheWrites {
  private fullBecause?: string;

  constructor(readonly cacheDir: string, private readonly log: CacheReporter) {}

  /**
   * Checks the free space of CACHE_DIR's disk first: below CACHE_MIN_FREE_BYTES it is
   * full from the start (said once, now).
   */
  static async open(cacheDir: string, log: CacheReporter, statfs: (p: string) => Promise<{ bavail: number | bigint; bsize: number | bigint }> = fs.statfs): Promise<CacheWrites> {
    const writes = new CacheWrites(cacheDir, log);
    const st = await statfs(cacheDir).catch(() => undefined);
    if (st) {
      const free = Number(st.bavail) * Number(st.bsize);
      if (free < CACHE_MIN_FREE_BYTES) writes.markFull(`${mb(free)} free`, undefined);
    }
    return writes;
  }

  /** Whether the cache disk is full: nothing more is written into CACHE_DIR in this build. */
  get full(): boolean {
    return this.fullBecause !== undefined;
  }

  private markFull(why: string, what: string | undefined): void {
    if (this.fullBecause !== undefined) return;
    this.fullBecause = why;
    this.log.warn({
      id: 'engine/cache-disk-full',
      message:
        `The build cache's disk is full (CACHE_DIR ${this.cacheDir}: ${why})` +
        `${what ? `: ${what} could not be saved there` : ''}. The rest of this build writes nothing into the cache ` +
        "(what it restored is still used; npm's and the package managers' caches and downloads go to the build's temp dir).\n" +
        'The build goes on, and the next build installs what the cache lacks. Free space on the disk that holds ' +
        "CACHE_DIR, or clear the app's build cache.",
    });
  }

  /** A write into the cache that failed with ENOSPC or EDQUOT: the cache disk is full from now on. */
  diskFull(code: DiskFullCode, what: string): void {
    this.markFull(codeText[code], what);
  }

  /** `what` was not saved, for `why` (a DiskFullCode: the full disk, said once). */
  notSaved(what: string, why: string | DiskFullCode): void {
    if (why === 'ENOSPC' || why === 'EDQUOT') {
      if (!this.full) return this.diskFull(why, what);
      this.log.info(`${what}: not saved in the build cache (its disk is full)`);
      return;
    }
    this.log.warn({
      id: 'engine/cache-not-saved',
      message: `${what} was not saved in the build cache: ${why}.\nThe build goes on without it; the next build does that work again.`,
    });
  }

  /** Entries of `what` left out of its saved copy (not restored next time), each with why. */
  leftOut(what: string, entries: readonly { readonly path: string; readonly why: string }[]): void {
    if (entries.length === 0) return;
    const list = entries.slice(0, 5).map((e) => `${shown(e.path, 200)} (${e.why})`).join(', ');
    this.log.warn({
      id: 'engine/cache-entries-left-out',
      message:
        `${what}: ${entries.length === 1 ? 'an entry was' : `${entries.length} entries were`} left out of the build cache, ` +
        `and will not be restored next time: ${list}${entries.length > 5 ? ', …' : ''}.\n` +
        'Only regular files, directories and symbolic links are cached.',
    });
  }
}

/** A small file of the cache (a signature, a counter), written by rename, best-effort like every save. */
export async function writeCacheFile(writes: CacheWrites, file: string, text: string, what: string): Promise<void> {
  if (writes.full) return;
  try {
    await writeAtomic(file, text);
  } catch (e) {
    writes.notSaved(what, diskFullCode(e) ?? shown(e instanceof Error ? e.message : String(e)));
  }
}
