/**
 * The per-file work of a linked restore, shared by two threads (this one and the helper
 * thread, see helper-thread.ts): each claims the next chunk of files from a shared
 * counter, links each file into the app, and checks the linked inode against its
 * manifest line (type, size, mode, mtime) and its content against the manifest's sha256.
 * Linking and hashing are both CPU work in the kernel or in OpenSSL; two threads pulling
 * from one list keep both cores busy whatever the mix of small and big files.
 *
 * The helper thread runs this function's source text (Function.prototype.toString), so
 * it must not refer to anything outside itself: its modules come in `mods`.
 */
import type * as Crypto from 'node:crypto';
import type * as Fs from 'node:fs';

export interface LinkModules {
  readonly fs: typeof Fs;
  readonly crypto: typeof Crypto;
  /** A path's bytes for node:fs (src/fs/byte-names.ts): names may be any bytes. */
  readonly fsPath: (p: string) => string | Buffer;
}

export interface LinkFilesJob {
  /** The cached tree and the app root: a file `p` is linked from `tree/p` to `root/p`. */
  readonly tree: string;
  readonly root: string;
  /**
   * False when the files are already at `root/p` (a spare tree moved into the app, see
   * tree-cache.ts): each is then only checked there, `tree` unused.
   */
  readonly link: boolean;
  /**
   * Flattened triples, joined by NUL (one string: it crosses to the helper thread ~10x
   * faster than an array of thousands): path, manifest line (`f path size mode mtime\n`),
   * sha256 (hex). No path holds a NUL.
   */
  readonly files: string;
  /**
   * Shared between the threads: [0] the next file index to claim, [1] set to 1 once any
   * thread failed (the others stop at their next chunk), [2] how many files (from the
   * first) may be worked on yet: the calling thread makes or checks the directories in
   * manifest order meanwhile, and a file is only touched once every directory above it
   * is done (see linkFilesShared in tree-link.ts).
   */
  readonly state: Int32Array;
  /** Shared, per file: inode and ctime (ns) right after its link. */
  readonly ids: BigInt64Array;
}

/**
 * Why a file failed: `changed` (missing from the cache, or not what its line says),
 * `content` (same metadata, other sha256), `unlinkable` (creating the link failed: the
 * app's side), `unreadable` (the cached file could not be read).
 */
export interface LinkFilesFailure {
  readonly index: number;
  readonly kind: 'changed' | 'content' | 'unlinkable' | 'unreadable';
  readonly message?: string;
}

export function linkFiles(mods: LinkModules, job: LinkFilesJob): LinkFilesFailure | undefined {
  const { fs, crypto, fsPath } = mods;
  const { tree, root, link, state, ids } = job;
  const files = job.files === '' ? [] : job.files.split('\0');
  const count = files.length / 3;
  const buf = Buffer.allocUnsafe(1 << 20);
  // O_NOFOLLOW and O_NONBLOCK: a cached entry swapped for a symbolic link or a FIFO is
  // refused at open (ELOOP) or found by fstat below, never followed or waited on.
  const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
  const message = (e: unknown): string => String((e && (e as Error).message) || e);
  const fail = (index: number, kind: LinkFilesFailure['kind'], why?: string): LinkFilesFailure => {
    Atomics.store(state, 1, 1);
    Atomics.notify(state, 2);
    return why === undefined ? { index, kind } : { index, kind, message: why };
  };
  for (;;) {
    if (Atomics.load(state, 1) !== 0) return undefined;
    // 32 files a claim: enough to keep the shared counter quiet, few enough to balance.
    const start = Atomics.add(state, 0, 32);
    if (start >= count) return undefined;
    const end = Math.min(count, start + 32);
    for (let i = start; i < end; i++) {
      // Waits (in 10 ms naps, woken by the other thread) until file i's directories are done.
      for (let ready; (ready = Atomics.load(state, 2)) <= i;) {
        if (Atomics.load(state, 1) !== 0) return undefined;
        Atomics.wait(state, 2, ready, 10);
      }
      const rel = files[3 * i]!;
      const from = fsPath(`${tree}/${rel}`);
      const to = fsPath(`${root}/${rel}`);
      if (link) {
        try {
          fs.linkSync(from, to);
        } catch (e) {
          return fs.lstatSync(from, { throwIfNoEntry: false }) ? fail(i, 'unlinkable', message(e)) : fail(i, 'changed');
        }
      }
      let fd: number;
      try {
        fd = fs.openSync(to, flags);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return code === 'ELOOP' || code === 'ENOENT' ? fail(i, 'changed') : fail(i, 'unreadable', message(e));
      }
      try {
        const st = fs.fstatSync(fd, { bigint: true });
        // entryLine's file line (tree-link.ts), written out here: this function stands alone.
        if (!st.isFile() || `f ${rel} ${st.size} ${st.mode} ${st.mtimeMs}\n` !== files[3 * i + 1]) return fail(i, 'changed');
        ids[2 * i] = BigInt.asIntN(64, st.ino);
        ids[2 * i + 1] = st.ctimeNs;
        const h = crypto.createHash('sha256');
        for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) h.update(buf.subarray(0, n));
        if (h.digest('hex') !== files[3 * i + 2]) return fail(i, 'content');
      } catch (e) {
        return fail(i, 'unreadable', message(e));
      } finally {
        fs.closeSync(fd);
      }
    }
  }
}
