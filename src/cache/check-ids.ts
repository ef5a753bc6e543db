/**
 * unchangedSince's per-entry work (tree-link.ts), shared by two threads like a restore's
 * files (link-files.ts): each claims the next chunk of entries from a shared counter and
 * lstats them, comparing each with the identity the restore recorded.
 *
 * The helper thread runs this function's source text (Function.prototype.toString), so
 * it must not refer to anything outside itself: its modules come in `mods`.
 */
import type * as Fs from 'node:fs';

export interface CheckIdsJob {
  readonly root: string;
  /**
   * Flattened pairs, joined by NUL (see LinkFilesJob.files): path (relative to root) and
   * its identity (see identityOf in tree-link.ts).
   */
  readonly entries: string;
  /**
   * Shared: [0] the next entry index to claim, [1] set to 1 once any thread found a
   * difference, [2] how many entries were checked (so the caller knows when it need not
   * wait for a helper thread that never got to the job).
   */
  readonly state: Int32Array;
}

/** False when an entry differs (or another thread found one); true when all of this thread's share match. */
export function checkIds(mods: { readonly fs: typeof Fs; readonly fsPath: (p: string) => string | Buffer }, job: CheckIdsJob): boolean {
  const { fs, fsPath } = mods;
  const { root, state } = job;
  const entries = job.entries === '' ? [] : job.entries.split('\0');
  const count = entries.length / 2;
  for (;;) {
    if (Atomics.load(state, 1) !== 0) return false;
    const start = Atomics.add(state, 0, 64);
    if (start >= count) return true;
    const end = Math.min(count, start + 64);
    for (let i = start; i < end; i++) {
      const p = entries[2 * i]!;
      const st = fs.lstatSync(fsPath(`${root}/${p}`), { bigint: true, throwIfNoEntry: false });
      // identityOf (tree-link.ts), written out here: this function stands alone.
      let now = '';
      if (st) {
        const id = `${st.ino} ${st.ctimeNs}`;
        if (st.isFile()) now = `f ${p} ${st.size} ${st.mode} ${st.mtimeMs} ${id}`;
        else if (st.isDirectory()) now = `d ${p} ${st.mode} ${id}`;
        else now = `${st.isSymbolicLink() ? 'l' : 'o'} ${p} ${id}`;
      }
      if (now !== entries[2 * i + 1]) {
        Atomics.store(state, 1, 1);
        return false;
      }
    }
    Atomics.add(state, 2, end - start);
  }
}
