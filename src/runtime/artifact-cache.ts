/**
 * Downloaded artifacts kept in CACHE_DIR, so a rebuild downloads nothing. Entries are
 * keyed by name, version and checksum: a changed checksum in the version tables is a
 * different entry, never a stale hit.
 *
 * Invariant: a file named by its key is complete and was verified when written. Writes
 * go to `.tmp-*` and are renamed into place after verification, so a build killed at
 * any point leaves no entry or a complete one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatChecksum, hashFile, parseChecksum, verifyFile } from './checksum.js';
import { type DownloadOptions, downloadToFile } from './download.js';
import { diskFullCode, type CacheWrites } from '../cache/cache-writes.js';

export interface Artifact {
  name: string;
  version: string;
  url: string;
  /** As parseChecksum accepts: `sha256:<hex>` or an SRI string. */
  checksum: string;
  /** Used for the file extension when the URL has no useful file name. */
  filename?: string;
}

export interface FetchOptions {
  progress?: (line: string) => void;
  download?: DownloadOptions;
}

export interface FetchedArtifact {
  path: string;
  fromCache: boolean;
  bytes: number;
}

/**
 * Older temp files belong to a killed build. Younger ones may belong to a build that is
 * still downloading into the same cache (a shared CACHE_DIR), so they are left alone.
 */
const STALE_TMP_MS = 60 * 60 * 1000;

export function artifactKey(a: Artifact): string {
  // Hash the canonical checksum, so `sha256:ABC…` and `sha256:abc…` share an entry.
  const id = createHash('sha256').update(formatChecksum(parseChecksum(a.checksum))).digest('hex').slice(0, 16);
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_'); // scoped npm names contain '/'
  return `${safe(a.name)}-${safe(a.version)}-${id}${extensionOf(a.filename ?? new URL(a.url).pathname)}`;
}

/** `.tar.gz`, `.tgz`, `.phar`, …; the leading letter keeps `v1.2.3` from yielding `.3`. */
function extensionOf(name: string): string {
  return /(\.tar)?\.[A-Za-z][A-Za-z0-9]{0,7}$/.exec(name)?.[0] ?? '';
}

export class ArtifactCache {
  private swept = false;

  /**
   * `writes` and `spillDir`: when the cache disk is full (found so, or by this download),
   * the artifact is downloaded into `spillDir` instead (the build's temp dir), verified
   * the same way, and not kept.
   */
  constructor(
    private readonly dir: string,
    private readonly deps: { download?: typeof downloadToFile; writes?: CacheWrites; spillDir?: string } = {},
  ) {}

  async fetch(a: Artifact, opts: FetchOptions = {}): Promise<FetchedArtifact> {
    const { writes, spillDir } = this.deps;
    const spill = () => this.download(a, spillDir!, opts);
    if (writes?.full && spillDir) {
      // Already downloaded by an earlier build: still read from the cache.
      const kept = await this.cached(a, opts).catch(() => undefined);
      return kept ?? spill();
    }
    try {
      await mkdir(this.dir, { recursive: true });
      await this.sweepStaleTemps();
      return (await this.cached(a, opts)) ?? (await this.download(a, this.dir, opts));
    } catch (e) {
      const full = diskFullCode(e);
      if (!full || !writes || !spillDir) throw e;
      writes.diskFull(full, `The download of ${a.name} ${a.version}`);
      return spill();
    }
  }

  /** The verified entry of `a`, if the cache has one (a damaged one is removed). */
  private async cached(a: Artifact, opts: FetchOptions): Promise<FetchedArtifact | undefined> {
    const expected = parseChecksum(a.checksum);
    const what = `${a.name} ${a.version}`;
    const path = join(this.dir, artifactKey(a));

    const size = await stat(path).then((s) => s.size, () => undefined);
    if (size !== undefined) {
      // Re-verified on every use: it is one hash, and it catches disk corruption. A bad
      // entry is our cache's fault, not the source's, so downloading again is right.
      if ((await hashFile(path, expected.algorithm)).equals(expected.digest)) {
        return { path, fromCache: true, bytes: size };
      }
      opts.progress?.(`Cached ${what} is damaged; downloading it again`);
      await rm(path, { force: true });
    }
    return undefined;
  }

  /** Downloads and verifies `a` into `dir` (under its key), through a temp name. */
  private async download(a: Artifact, dir: string, opts: FetchOptions): Promise<FetchedArtifact> {
    const expected = parseChecksum(a.checksum);
    const what = `${a.name} ${a.version}`;
    const path = join(dir, artifactKey(a));
    await mkdir(dir, { recursive: true });
    const tmp = join(dir, `.tmp-${randomBytes(8).toString('hex')}`);
    try {
      const download = this.deps.download ?? downloadToFile;
      const { bytes } = await download(a.url, tmp, { ...opts.download, progress: opts.progress ?? opts.download?.progress });
      // A fresh download that fails verification is a hard error, never retried.
      await verifyFile(tmp, expected, what, a.url);
      await rename(tmp, path);
      return { path, fromCache: false, bytes };
    } finally {
      await rm(tmp, { force: true }); // no-op after a successful rename
    }
  }

  private async sweepStaleTemps(): Promise<void> {
    if (this.swept) return;
    this.swept = true;
    const cutoff = Date.now() - STALE_TMP_MS;
    for (const name of await readdir(this.dir)) {
      if (!name.startsWith('.tmp-')) continue;
      const file = join(this.dir, name);
      const mtime = await stat(file).then((s) => s.mtimeMs, () => Infinity);
      if (mtime < cutoff) await rm(file, { recursive: true, force: true });
    }
  }
}
