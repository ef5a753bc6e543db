/**
 * The tree cache's restore by hard links, done in this process from the manifest's own
 * list (no `cp` process, no readdir walk of the cached tree beside it): an entry the
 * manifest does not list is never read, so never used. linkTree makes the directories
 * and links each file, checking it on the linked inode (type, size, mode, mtime, link
 * target) and hashing its content, the files shared with a helper thread; any difference
 * takes the restored paths out again. applyTreeDiff checks everything it needs first and
 * only then changes the app's tree.
 *
 * What was restored is remembered (each entry's inode and ctime once the restore is
 * done), so that later in the same build one lstat per entry says whether anything
 * changed it (see unchangedSince), and the pruned install can be put in place by a diff.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync, closeSync, constants, fstatSync, linkSync, lstatSync, lutimesSync, mkdirSync, openSync, readFileSync,
  readdirSync, readSync, rmSync, symlinkSync, utimesSync, writeFileSync, type BigIntStats,
} from 'node:fs';
import * as path from 'node:path';
import { onHelperThread, MODULES, warmHelperThread } from './helper-thread.js';
import { fsPath, readLinkTextSync } from '../fs/byte-names.js';
import { checkIds, type CheckIdsJob } from './check-ids.js';
import { linkFiles, type LinkFilesFailure, type LinkFilesJob } from './link-files.js';
import type { TreeDiff, TreeEntry } from './tree-entries.js';

const CHUNK = 1 << 20;
let chunk: Buffer | undefined;

/**
 * sha256 of a file's content. Synchronous reads: a tree is thousands of small files, and
 * one read each on this thread beats the thread pool's round trips (measured ~1.6x).
 */
export function hashFileSync(file: string): string {
  // O_NOFOLLOW | O_NONBLOCK: a file swapped for a link or a FIFO since it was listed is
  // refused (ELOOP) or found below, never followed or waited on.
  const fd = openSync(fsPath(file), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new Error(`${file} is no longer a regular file`);
    const h = createHash('sha256');
    if (fstatSync(fd).size <= 4 * CHUNK) {
      h.update(readFileSync(fd));
    } else {
      chunk ??= Buffer.allocUnsafe(CHUNK);
      for (let n; (n = readSync(fd, chunk, 0, CHUNK, null)) > 0;) h.update(chunk.subarray(0, n));
    }
    return h.digest('hex');
  } finally {
    closeSync(fd);
  }
}

/**
 * Gives a copied file the times of `st`, so that its manifest line (whose mtime is whole
 * milliseconds) reads as the original's. Times go down as float seconds, which land a
 * hair below a whole millisecond about half the time (…0.123 s becomes 123 ms less 1 ns):
 * half a millisecond more keeps every copy in its millisecond.
 */
function copyTimes(file: string, st: BigIntStats): void {
  utimesSync(fsPath(file), (Number(st.atimeMs) + 0.5) / 1000, (Number(st.mtimeMs) + 0.5) / 1000);
}

/** A manifest line (see tree-cache.ts) for an lstat result; `target` for a symbolic link. */
export function entryLine(p: string, st: BigIntStats, target?: string): string {
  if (st.isDirectory()) return `d ${p} ${st.mode}\n`;
  if (st.isSymbolicLink()) return `l ${p} ${target}\n`;
  return `f ${p} ${st.size} ${st.mode} ${st.mtimeMs}\n`;
}

/** What a linked restore put under `root`, for checks later in the same build. */
export interface RestoredTree {
  readonly roots: readonly string[];
  readonly entries: readonly TreeEntry[];
  /**
   * Each restored entry's identity once the restore was done, by path: its metadata (a
   * copy's mtime rounded to the ms, as created), inode and ctime (see unchangedSince).
   */
  readonly identity: ReadonlyMap<string, string>;
}

/** The cached tree is not what its manifest says (`why`), or creating in the app failed (`unlinkable`). */
export type LinkOutcome =
  | { readonly ok: true; readonly restored: RestoredTree }
  | { readonly ok: false; readonly why: string }
  | { readonly ok: false; readonly unlinkable: string };

class CreateFailed extends Error {}

/**
 * Package managers rewrite their metadata files at the top of node_modules in place
 * (npm's .package-lock.json on every prune, pnpm's .modules.yaml, …), which would alter
 * the linked cache entry every build. Those files (and a saved single file, like
 * .pnp.cjs) get their own copy; package files deeper down are only ever replaced
 * (unlink + create), which leaves the cache intact.
 */
export function ownCopy(p: string, roots: ReadonlySet<string>): boolean {
  const i = p.lastIndexOf('/');
  return roots.has(p) || (i >= 0 && roots.has(p.slice(0, i)));
}

interface Checked {
  readonly entry: TreeEntry;
  readonly st: BigIntStats;
  /** The content, for a file that gets its own copy: what was hashed is what is written. */
  readonly content?: Buffer;
}

/** Checks `entries` of the cached `tree` against their manifest lines; the first difference is the answer. */
function checkEntries(tree: string, entries: readonly TreeEntry[], roots: ReadonlySet<string>): Checked[] | string {
  const out: Checked[] = [];
  const changed = (p: string) => `its files changed since it was saved (${p})`;
  for (const entry of entries) {
    const from = path.join(tree, entry.path);
    const st = lstatSync(fsPath(from), { bigint: true, throwIfNoEntry: false });
    if (!st) return changed(entry.path);
    const target = st.isSymbolicLink() ? readLinkTextSync(from) : undefined;
    if (entryLine(entry.path, st, target) !== entry.line || (entry.kind === 'f' && !st.isFile())) return changed(entry.path);
    if (entry.kind !== 'f') {
      out.push({ entry, st });
      continue;
    }
    let content: Buffer | undefined;
    let hex: string;
    if (ownCopy(entry.path, roots)) {
      content = readFileSync(fsPath(from));
      hex = createHash('sha256').update(content).digest('hex');
    } else {
      hex = hashFileSync(from);
    }
    if (hex !== entry.sha256) return `its files changed since it was saved (the content of ${entry.path}, with the same size and modification time)`;
    out.push(content ? { entry, st, content } : { entry, st });
  }
  return out;
}

/** Creates the checked entries under `root` (parents first). */
function createEntries(tree: string, root: string, checked: readonly Checked[]): void {
  const dirTimes: Array<[string, Date, Date]> = [];
  try {
    for (const { entry, st, content } of checked) {
      const to = path.join(root, entry.path);
      if (entry.kind === 'd') {
        mkdirSync(fsPath(to));
        chmodSync(fsPath(to), Number(st.mode & 0o7777n));
        dirTimes.push([to, st.atime, st.mtime]);
        continue;
      }
      if (entry.kind === 'l') {
        symlinkSync(fsPath(entry.target!), fsPath(to));
        lutimesSync(fsPath(to), st.atime, st.mtime);
        continue;
      }
      if (content) {
        writeFileSync(fsPath(to), content);
        chmodSync(fsPath(to), Number(st.mode & 0o7777n));
        copyTimes(to, st);
      } else {
        linkSync(fsPath(path.join(tree, entry.path)), fsPath(to));
      }
    }
    // As `cp -a` does; children first, since adding an entry moves a directory's mtime.
    for (const [dir, atime, mtime] of dirTimes.reverse()) utimesSync(fsPath(dir), atime, mtime);
  } catch (e) {
    throw new CreateFailed(e instanceof Error ? e.message : String(e));
  }
}

type Failure = Exclude<LinkOutcome, { ok: true }>;

/** Checks `entries`, then (only if all checked out) hands them to `create`. */
function checkThenCreate(tree: string, entries: readonly TreeEntry[], roots: readonly string[], create: (checked: Checked[]) => void): Failure | undefined {
  let checked: Checked[] | string;
  try {
    checked = checkEntries(tree, entries, new Set(roots));
  } catch (e) {
    return { ok: false, why: `it could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof checked === 'string') return { ok: false, why: checked };
  try {
    create(checked);
  } catch (e) {
    if (e instanceof CreateFailed) return { ok: false, unlinkable: e.message };
    throw e;
  }
  return undefined;
}

/** Below this many linked files, the helper thread's start and round trips cost more than it saves. */
const THREAD_FILES = 256;

/** An entry's identity within one build: its metadata plus inode and ctime (see unchangedSince). */
function identityOf(p: string, st: BigIntStats): string {
  const id = `${st.ino} ${st.ctimeNs}`;
  if (st.isFile()) return `f ${p} ${st.size} ${st.mode} ${st.mtimeMs} ${id}`;
  if (st.isDirectory()) return `d ${p} ${st.mode} ${id}`;
  return `${st.isSymbolicLink() ? 'l' : 'o'} ${p} ${id}`;
}

/** Each file's identity from the inode and ctime its check read (see linkFilesShared). */
function recordFileIds(identity: Map<string, string>, files: readonly TreeEntry[], ids: BigInt64Array): void {
  // An inode linked at two paths: its ctime is the one its last link left, the latest.
  const ctime = new Map<bigint, bigint>();
  for (let i = 0; i < files.length; i++) {
    const ino = BigInt.asUintN(64, ids[2 * i]!);
    if (!(ctime.get(ino)! >= ids[2 * i + 1]!)) ctime.set(ino, ids[2 * i + 1]!);
  }
  files.forEach((e, i) => {
    const ino = BigInt.asUintN(64, ids[2 * i]!);
    identity.set(e.path, `${e.line.slice(0, -1)} ${ino} ${ctime.get(ino)}`);
  });
}

/** The outcome for a failed file check (linkFilesShared's answer) of `files`. */
function fileFailure(files: readonly TreeEntry[], failure: LinkFilesFailure): Failure {
  const p = files[failure.index]?.path ?? '';
  if (failure.kind === 'changed') return { ok: false, why: `its files changed since it was saved (${p})` };
  if (failure.kind === 'content') return { ok: false, why: `its files changed since it was saved (the content of ${p}, with the same size and modification time)` };
  if (failure.kind === 'unlinkable') return { ok: false, unlinkable: failure.message ?? '' };
  return { ok: false, why: `it could not be read (${failure.message ?? ''})` };
}

/** Runs a step that creates something in the app: its failure is not the cache's. */
function creating<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new CreateFailed(e instanceof Error ? e.message : String(e));
  }
}

/**
 * The files of `entries`, each linked from `tree` into `root` (`link`) or found there,
 * checked (type, size, mode, mtime) and hashed by this thread and the helper thread at
 * once (link-files.ts). `walk` is this thread's part before that: it makes or checks the
 * directories in manifest order, calling `ready(n)` whenever the directories above the
 * first n files are done. The helper thread starts on those meanwhile, so it never
 * touches a path below a directory not yet made or checked. Answers the walk's failure,
 * else the failure of the lowest file index, else each file's inode and ctime.
 */
async function shareFiles(
  tree: string, root: string, entries: readonly TreeEntry[], link: boolean,
  walk: (ready: (n: number) => void) => Failure | undefined,
): Promise<Failure | BigInt64Array> {
  const files: string[] = [];
  for (const e of entries) files.push(e.path, e.line, e.sha256!);
  const state = new Int32Array(new SharedArrayBuffer(12));
  const job: LinkFilesJob = { tree, root, link, files: files.join('\0'), state, ids: new BigInt64Array(new SharedArrayBuffer(16 * entries.length)) };
  const ready = (n: number): void => {
    Atomics.store(state, 2, n);
    Atomics.notify(state, 2);
  };
  const stop = (): void => {
    Atomics.store(state, 1, 1);
    Atomics.notify(state, 2);
  };
  const helped = entries.length >= THREAD_FILES
    ? onHelperThread('linkFiles', job).catch((e: unknown): LinkFilesFailure => {
      // Files it claimed may be half done: the restore goes the copying way instead.
      stop();
      return { index: -1, kind: 'unlinkable', message: e instanceof Error ? e.message : String(e) };
    })
    : undefined;
  let walked: Failure | undefined;
  try {
    walked = walk(ready);
  } catch (e) {
    stop();
    await helped;
    throw e;
  }
  if (walked) {
    stop();
    await helped;
    return walked;
  }
  ready(entries.length);
  const failures = [linkFiles(MODULES, job), await helped].filter((f): f is LinkFilesFailure => f !== undefined);
  const first = failures.sort((a, b) => a.index - b.index)[0];
  return first ? fileFailure(entries, first) : job.ids;
}

/**
 * This thread's part of a restore, the walk beside shareFiles: `visit` gets every entry
 * but the files shared with the helper thread (`shared`), in manifest order, and `ready`
 * is told before each directory how many shared files come before it (their directories
 * are all done by then). The first failure `visit` answers ends the walk.
 */
function walkOwnEntries(
  entries: readonly TreeEntry[], shared: (e: TreeEntry) => boolean, ready: (n: number) => void, visit: (entry: TreeEntry) => Failure | undefined,
): Failure | undefined {
  let passed = 0;
  for (const entry of entries) {
    if (shared(entry)) {
      passed++;
      continue;
    }
    if (entry.kind === 'd') ready(passed);
    const failed = visit(entry);
    if (failed) return failed;
  }
  return undefined;
}

const changed = (p: string): Failure => ({ ok: false, why: `its files changed since it was saved (${p})` });
const contentChanged = (p: string): Failure =>
  ({ ok: false, why: `its files changed since it was saved (the content of ${p}, with the same size and modification time)` });

/**
 * Restores `entries` (a whole manifest saved with `roots`) from `tree` under `root`,
 * where none of the roots exists yet: directories made and symbolic links created here,
 * in manifest order, each checked against its cached entry first, while the files are
 * linked by two threads, each checked on the linked inode (type, size, mode, mtime) and
 * its content hashed. On a failure, what was created is the caller's to remove: a
 * difference is the cache's (`why`), a failure to create (another filesystem, no hard
 * links) is not (`unlinkable`).
 */
export async function linkTree(tree: string, root: string, roots: readonly string[], entries: readonly TreeEntry[]): Promise<LinkOutcome> {
  const rootSet = new Set(roots);
  const shared = (e: TreeEntry) => e.kind === 'f' && !ownCopy(e.path, rootSet);
  const linked = entries.filter(shared);
  if (linked.length >= THREAD_FILES) warmHelperThread(); // it starts while the manifest is read
  const identity = new Map<string, string>();
  const dirTimes: Array<[string, Date, Date]> = [];
  const made: string[] = []; // directories and symbolic links, whose identity is read once all is done
  const walk = (ready: (n: number) => void): Failure | undefined => {
    creating(() => { for (const rel of roots) mkdirSync(path.dirname(path.join(root, rel)), { recursive: true }); });
    return walkOwnEntries(entries, shared, ready, (entry) => {
      const from = path.join(tree, entry.path);
      const to = path.join(root, entry.path);
      const st = lstatSync(fsPath(from), { bigint: true, throwIfNoEntry: false });
      if (!st) return changed(entry.path);
      const target = st.isSymbolicLink() ? readLinkTextSync(from) : undefined;
      if (entryLine(entry.path, st, target) !== entry.line || (entry.kind === 'f' && !st.isFile())) return changed(entry.path);
      if (entry.kind === 'd') {
        creating(() => { mkdirSync(fsPath(to)); chmodSync(fsPath(to), Number(st.mode & 0o7777n)); });
        dirTimes.push([to, st.atime, st.mtime]);
        made.push(entry.path);
      } else if (entry.kind === 'l') {
        creating(() => { symlinkSync(fsPath(target!), fsPath(to)); lutimesSync(fsPath(to), st.atime, st.mtime); });
        made.push(entry.path);
      } else {
        // Its own copy: what was hashed is what is written.
        const content = readFileSync(fsPath(from));
        if (createHash('sha256').update(content).digest('hex') !== entry.sha256) return contentChanged(entry.path);
        const copy = creating(() => {
          writeFileSync(fsPath(to), content);
          chmodSync(fsPath(to), Number(st.mode & 0o7777n));
          copyTimes(to, st);
          return lstatSync(fsPath(to), { bigint: true });
        });
        identity.set(entry.path, identityOf(entry.path, copy));
      }
      return undefined;
    });
  };
  try {
    const ids = await shareFiles(tree, root, linked, true, walk);
    if (!(ids instanceof BigInt64Array)) return ids;
    // As `cp -a` does; children first, since adding an entry moves a directory's mtime.
    creating(() => { for (const [dir, atime, mtime] of dirTimes.reverse()) utimesSync(fsPath(dir), atime, mtime); });
    for (const p of made) identity.set(p, identityOf(p, lstatSync(fsPath(path.join(root, p)), { bigint: true })));
    recordFileIds(identity, linked, ids);
  } catch (e) {
    return e instanceof CreateFailed ? { ok: false, unlinkable: e.message } : { ok: false, why: `it could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  return { ok: true, restored: { roots, entries, identity } };
}

/**
 * Checks a tree already under `root` (a spare moved into the app, see tree-cache.ts)
 * against `entries`, the manifest it was made from, as linkTree checks what it links:
 * every directory a directory whose listing holds exactly the manifest's names (so
 * nothing the manifest does not list comes along), every link's target, every file's
 * metadata and content (hashed by two threads), and the files that get their own copy
 * (ownCopy) not linked anywhere. Directories are checked parents first, and a file is
 * opened only below checked ones: no path is followed through a symbolic link. On a
 * failure, the tree is the caller's to remove.
 */
export async function checkMovedTree(root: string, roots: readonly string[], entries: readonly TreeEntry[]): Promise<LinkOutcome> {
  const rootSet = new Set(roots);
  const shared = (e: TreeEntry) => e.kind === 'f' && !ownCopy(e.path, rootSet);
  const files = entries.filter(shared);
  if (files.length >= THREAD_FILES) warmHelperThread();
  const children = new Map<string, number>();
  for (const e of entries) {
    const i = e.path.lastIndexOf('/');
    if (!rootSet.has(e.path) && i >= 0) children.set(e.path.slice(0, i), (children.get(e.path.slice(0, i)) ?? 0) + 1);
  }
  const identity = new Map<string, string>();
  const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  const walk = (ready: (n: number) => void): Failure | undefined => walkOwnEntries(entries, shared, ready, (entry) => {
    const at = path.join(root, entry.path);
    if (entry.kind === 'f') {
      const fd = openSync(fsPath(at), flags);
      try {
        const st = fstatSync(fd, { bigint: true });
        if (!st.isFile() || st.nlink !== 1n || entryLine(entry.path, st) !== entry.line) return changed(entry.path);
        if (createHash('sha256').update(readFileSync(fd)).digest('hex') !== entry.sha256) return contentChanged(entry.path);
        identity.set(entry.path, identityOf(entry.path, st));
      } finally {
        closeSync(fd);
      }
      return undefined;
    }
    const st = lstatSync(fsPath(at), { bigint: true, throwIfNoEntry: false });
    if (!st) return changed(entry.path);
    const target = st.isSymbolicLink() ? readLinkTextSync(at) : undefined;
    if (entryLine(entry.path, st, target) !== entry.line) return changed(entry.path);
    if (entry.kind === 'd' && readdirSync(fsPath(at)).length !== (children.get(entry.path) ?? 0)) return changed(`an entry of ${entry.path}`);
    identity.set(entry.path, identityOf(entry.path, st));
    return undefined;
  });
  const checked = (ready: (n: number) => void): Failure | undefined => {
    try {
      return walk(ready);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP' || code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, why: 'its files changed since it was saved' };
      return { ok: false, why: `it could not be read (${e instanceof Error ? e.message : String(e)})` };
    }
  };
  const ids = await shareFiles('', root, files, false, checked);
  if (!(ids instanceof BigInt64Array)) return ids;
  recordFileIds(identity, files, ids);
  return { ok: true, restored: { roots, entries, identity } };
}

/**
 * Turns a restored tree, unchanged since (the caller has checked: unchangedSince), into
 * the tree of another entry by `diff`: only the entries that differ are checked and
 * created, the others are the restored ones, already checked in this build. Nothing is
 * removed unless every entry to add checked out. What goes is moved away by `discard`
 * when it can (true), else deleted here.
 */
export function applyTreeDiff(
  tree: string, root: string, roots: readonly string[], diff: TreeDiff, discard: (rel: string) => boolean = () => false,
): Failure | undefined {
  return checkThenCreate(tree, diff.add, roots, (checked) => {
    try {
      for (const rel of diff.remove) if (!discard(rel)) rmSync(fsPath(path.join(root, rel)), { recursive: true, force: true });
    } catch (e) {
      throw new CreateFailed(e instanceof Error ? e.message : String(e));
    }
    createEntries(tree, root, checked);
  });
}

/**
 * Whether `paths` under `root` are still exactly what `restored` put there: every
 * restored entry with the same metadata, inode and ctime, and a path the restore did not
 * create still absent. One lstat per entry, no content and no directory listing: sound
 * within one build, because any write to a file (through any of its links), a chmod, a
 * utimes that puts an mtime back, and adding, removing or renaming an entry of a
 * directory all set the ctime of that file or directory to the current time, and
 * everything between the restore and this check (the app's build scripts) starts well
 * after the ctimes read at the end of the restore, so beyond the filesystem's timestamp
 * granularity. (Across builds ctime proves nothing: deleting the previous build
 * directory's links moves it.) A replaced entry has another inode, or, if its number was
 * reused, a new ctime.
 */
export async function unchangedSince(restored: RestoredTree, root: string, paths: readonly string[]): Promise<boolean> {
  for (const p of new Set([...paths, ...restored.roots])) {
    if (!restored.identity.has(p) && lstatSync(fsPath(path.join(root, p)), { throwIfNoEntry: false }) !== undefined) return false;
  }
  const entries: string[] = [];
  for (const [p, want] of restored.identity) entries.push(p, want);
  const job: CheckIdsJob = { root, entries: entries.join('\0'), state: new Int32Array(new SharedArrayBuffer(12)) };
  // The helper thread's share, if it takes one (it may be busy with a spare): a failed
  // thread only means this one does it all.
  const helped = restored.identity.size >= THREAD_FILES ? onHelperThread('checkIds', job).catch(() => true) : true;
  if (!checkIds(MODULES, job)) return false;
  return Atomics.load(job.state, 2) === restored.identity.size || (await helped);
}
