/**
 * Making a tree cache entry's spare (see tree-cache.ts): a second copy of the entry's
 * tree, its directories made and its files hard-linked to the entry's own, which the next
 * restore moves into the app with one rename per root instead of making thousands of
 * directories then (on this kind of VM, creating an inode costs ~150 µs: the directories
 * of a Node.js runtime and a node_modules are most of a warm build's restore). Made on the
 * helper thread while the build goes on.
 *
 * Nothing here is trusted: the next restore checks the spare like any cached tree (every
 * entry against the manifest, every file hashed) before the app uses it. What this
 * function guards is the build machine: it refuses a cached directory that is not one (a
 * symbolic link would lead the links it makes elsewhere) and never opens a cached file
 * that is not a regular one (a FIFO would block it).
 *
 * The helper thread runs this function's source text (Function.prototype.toString), so
 * it must not refer to anything outside itself: its modules come in `mods`.
 */
import type * as Fs from 'node:fs';

export interface SpareJob {
  /** The entry's tree, and the spare's final path (replaced if present). */
  readonly tree: string;
  readonly spare: string;
  /** A temp path beside `spare`, where the spare is made before its rename into place. */
  readonly temp: string;
  /** The entry's roots (relative to `tree`): their parent directories are made first. */
  readonly roots: readonly string[];
  /**
   * Flattened pairs, in manifest order (parents first): kind and path. Kinds: `d`
   * directory, `l` symbolic link, `f` file linked, `c` file that gets its own copy
   * (written, not linked: see ownCopy in tree-link.ts).
   */
  readonly entries: readonly string[];
  /**
   * `dirs`: make the directories and symbolic links only, in `temp` (kept for the next
   * part); `files`: the rest, in a `temp` the `dirs` part made, then the rename; `all`:
   * both. A hard link changes the ctime of the linked file, which a build may still be
   * watching (unchangedSince): the parts let the directories, most of the cost, be made
   * meanwhile.
   */
  readonly part: 'dirs' | 'files' | 'all';
  /**
   * Topmost paths another restore of this build may move into `temp` between the parts
   * (TreeCache.restoreOver: the devDependencies a prune takes out of the app are this
   * install's own entries): the `dirs` part leaves them out, the `files` part makes
   * those that did not arrive.
   */
  readonly donated: readonly string[];
}

/** Makes (a part of) the spare; undefined when done, else why not (the temp path is then removed). */
export function makeSpare(mods: { readonly fs: typeof Fs; readonly fsPath: (p: string) => string | Buffer }, job: SpareJob): string | undefined {
  const { fs, fsPath } = mods;
  const { tree, spare, temp, roots, entries, part, donated } = job;
  const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
  const dirsPart = part !== 'files';
  const filesPart = part !== 'dirs';
  const donatedSet = new Set(donated);
  const dirTimes: Array<[string | Buffer, Date, Date]> = [];
  let keep = false;
  try {
    if (dirsPart) {
      for (const rel of roots) fs.mkdirSync(fsPath(`${temp}/${rel.slice(0, Math.max(0, rel.lastIndexOf('/')))}`), { recursive: true });
    }
    let under: string | undefined; // the donated path this entry is (under), in depth-first order
    let arrived = false; // whether it was moved in (the files part looks)
    for (let i = 0; i < entries.length; i += 2) {
      const kind = entries[i]!;
      const rel = entries[i + 1]!;
      // Paths as bytes (src/fs/byte-names.ts): names may be any bytes.
      const from = fsPath(`${tree}/${rel}`);
      const to = fsPath(`${temp}/${rel}`);
      if (under !== undefined && !rel.startsWith(`${under}/`)) under = undefined;
      if (under === undefined && donatedSet.has(rel)) {
        under = rel;
        arrived = filesPart && fs.lstatSync(to, { throwIfNoEntry: false }) !== undefined;
      }
      // Directories and links in the dirs part, files in the files part; a donated
      // path's entries all in the files part, unless they arrived.
      const makeDirs = under === undefined ? dirsPart : filesPart && !arrived;
      const makeFiles = under === undefined ? filesPart : filesPart && !arrived;
      if (kind === 'f') {
        if (makeFiles) fs.linkSync(from, to);
        continue;
      }
      if ((kind === 'l' && !makeDirs) || (kind === 'c' && !makeFiles)) continue;
      const st = fs.lstatSync(from);
      if (kind === 'd') {
        if (!st.isDirectory()) return `${rel} is not a directory in the cache`;
        if (makeDirs) {
          fs.mkdirSync(to);
          fs.chmodSync(to, st.mode & 0o7777);
        }
        dirTimes.push([to, st.atime, st.mtime]);
      } else if (kind === 'l') {
        if (!st.isSymbolicLink()) return `${rel} is not a symbolic link in the cache`;
        fs.symlinkSync(fs.readlinkSync(from, { encoding: 'buffer' }), to);
        fs.lutimesSync(to, st.atime, st.mtime);
      } else {
        const fd = fs.openSync(from, flags);
        try {
          const own = fs.fstatSync(fd, { bigint: true });
          if (!own.isFile()) return `${rel} is not a file in the cache`;
          fs.writeFileSync(to, fs.readFileSync(fd));
          fs.chmodSync(to, Number(own.mode & 0o7777n));
          // copyTimes (tree-link.ts), written out here: this function stands alone.
          fs.utimesSync(to, (Number(own.atimeMs) + 0.5) / 1000, (Number(own.mtimeMs) + 0.5) / 1000);
        } finally {
          fs.closeSync(fd);
        }
      }
    }
    if (!filesPart) {
      keep = true;
      return undefined;
    }
    // As `cp -a` does; children first, since adding an entry moves a directory's mtime.
    for (let i = dirTimes.length - 1; i >= 0; i--) fs.utimesSync(dirTimes[i]![0], dirTimes[i]![1], dirTimes[i]![2]);
    fs.rmSync(spare, { recursive: true, force: true });
    fs.renameSync(temp, spare);
    return undefined;
  } catch (e) {
    return String((e && (e as Error).message) || e);
  } finally {
    if (!keep) fs.rmSync(temp, { recursive: true, force: true });
  }
}
