/**
 * The tree cache's restore by hard links, done in this process from the manifest's own
 * list (no `cp` process, no readdir walk of the cached tree beside it): an entry the
 * manifest does not list is never read, so never used. linkTree links each entry and
 * checks it on the linked inode (type, size, mode, mtime, link target) while another
 * thread hashes the contents; any difference takes the restored paths out again, as the
 * check beside `cp -al` did. applyTreeDiff checks everything it needs first and only
 * then changes the app's tree.
 *
 * What was linked is remembered (each file's inode and ctime right after its link), so
 * that later in the same build a metadata walk says whether anything changed it (see
 * unchangedSince), and the pruned install can be put in place by a diff.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync, closeSync, fstatSync, linkSync, lstatSync, lutimesSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync,
  readSync, rmSync, symlinkSync, utimesSync, writeFileSync, type BigIntStats,
} from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TreeDiff, TreeEntry } from './tree-entries.js';

const CHUNK = 1 << 20;
let chunk: Buffer | undefined;

/**
 * sha256 of a file's content. Synchronous reads: a tree is thousands of small files, and
 * one read each on this thread beats the thread pool's round trips (measured ~1.6x).
 */
export function hashFileSync(file: string): string {
  const fd = openSync(file, 'r');
  try {
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
  /** Each restored file's manifest line as created (a copy's mtime is rounded to the ms) and inode, by path. */
  readonly files: ReadonlyMap<string, { readonly line: string; readonly ino: bigint }>;
  /** Each inode's ctime once the restore was done (a later link to it moves it: the last one counts). */
  readonly ctime: ReadonlyMap<bigint, bigint>;
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
function ownCopy(p: string, roots: ReadonlySet<string>): boolean {
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
    const st = lstatSync(from, { bigint: true, throwIfNoEntry: false });
    if (!st) return changed(entry.path);
    const target = st.isSymbolicLink() ? readlinkSync(from) : undefined;
    if (entryLine(entry.path, st, target) !== entry.line || (entry.kind === 'f' && !st.isFile())) return changed(entry.path);
    if (entry.kind !== 'f') {
      out.push({ entry, st });
      continue;
    }
    let content: Buffer | undefined;
    let hex: string;
    if (ownCopy(entry.path, roots)) {
      content = readFileSync(from);
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
        mkdirSync(to);
        chmodSync(to, Number(st.mode & 0o7777n));
        dirTimes.push([to, st.atime, st.mtime]);
        continue;
      }
      if (entry.kind === 'l') {
        symlinkSync(entry.target!, to);
        lutimesSync(to, st.atime, st.mtime);
        continue;
      }
      if (content) {
        writeFileSync(to, content);
        chmodSync(to, Number(st.mode & 0o7777n));
        utimesSync(to, st.atime, st.mtime);
      } else {
        linkSync(path.join(tree, entry.path), to);
      }
    }
    // As `cp -a` does; children first, since adding an entry moves a directory's mtime.
    for (const [dir, atime, mtime] of dirTimes.reverse()) utimesSync(dir, atime, mtime);
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

/** Below this many bytes of linked files, hashing here beats starting a thread for it. */
const HASH_THREAD_BYTES = 16 << 20;

/**
 * Hashes `files` of `tree` on another thread (while this one links), answering the
 * first whose sha256 is not the manifest's. CommonJS source: a worker evaluates it as is.
 */
const HASHER = `
const { workerData, parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');
const buf = Buffer.allocUnsafe(1 << 20);
let answer = {};
try {
  for (const [rel, want] of workerData.files) {
    const fd = fs.openSync(path.join(workerData.tree, rel), 'r');
    const h = createHash('sha256');
    try {
      for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) h.update(buf.subarray(0, n));
    } finally {
      fs.closeSync(fd);
    }
    if (h.digest('hex') !== want) { answer = { bad: rel }; break; }
  }
} catch (e) {
  answer = { error: String((e && e.message) || e) };
}
parentPort.postMessage(answer);
`;

interface Hashing {
  readonly answer: Promise<{ bad?: string; error?: string }>;
  stop(): void;
}

function hashOnThread(tree: string, files: readonly TreeEntry[]): Hashing {
  const worker = new Worker(HASHER, { eval: true, workerData: { tree, files: files.map((e) => [e.path, e.sha256]) } });
  const answer = new Promise<{ bad?: string; error?: string }>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (e) => resolve({ error: e.message }));
    worker.once('exit', () => resolve({ error: 'the hashing thread stopped' }));
  });
  return { answer, stop: () => void worker.terminate() };
}

const fileSize = (e: TreeEntry): number => Number(e.line.slice(0, -1).split(' ').at(-3));

/** Runs a step that creates something in the app: its failure is not the cache's. */
function creating<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new CreateFailed(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Restores `entries` (a whole manifest saved with `roots`) from `tree` under `root`,
 * where none of the roots exists yet. Each entry is linked (a directory made, a symbolic
 * link made) and its metadata checked on the linked inode; file contents are hashed
 * beside it, on another thread when there is much to read, as `cp -al` and the check ran
 * side by side before. On a failure, what was created is the caller's to remove: a
 * difference is the cache's (`why`), a failure to create (another filesystem, no hard
 * links) is not (`unlinkable`).
 */
export async function linkTree(tree: string, root: string, roots: readonly string[], entries: readonly TreeEntry[]): Promise<LinkOutcome> {
  const rootSet = new Set(roots);
  const linked = entries.filter((e) => e.kind === 'f' && !ownCopy(e.path, rootSet));
  const hashing = linked.reduce((n, e) => n + fileSize(e), 0) >= HASH_THREAD_BYTES ? hashOnThread(tree, linked) : undefined;
  const files = new Map<string, { line: string; ino: bigint }>();
  const ctime = new Map<bigint, bigint>();
  const changed = (p: string): LinkOutcome => ({ ok: false, why: `its files changed since it was saved (${p})` });
  const contentChanged = (p: string): LinkOutcome =>
    ({ ok: false, why: `its files changed since it was saved (the content of ${p}, with the same size and modification time)` });
  const dirTimes: Array<[string, Date, Date]> = [];
  const each = (): LinkOutcome | undefined => {
    creating(() => { for (const rel of roots) mkdirSync(path.dirname(path.join(root, rel)), { recursive: true }); });
    for (const entry of entries) {
      const from = path.join(tree, entry.path);
      const to = path.join(root, entry.path);
      if (entry.kind === 'f' && !ownCopy(entry.path, rootSet)) {
        // Linked first, then checked: the lstat of the link is the cached inode's, and its
        // ctime is the one the link left (see unchangedSince).
        try {
          linkSync(from, to);
        } catch (e) {
          if (!lstatSync(from, { throwIfNoEntry: false })) return changed(entry.path);
          throw new CreateFailed(e instanceof Error ? e.message : String(e));
        }
        const st = lstatSync(to, { bigint: true });
        if (!st.isFile() || entryLine(entry.path, st) !== entry.line) return changed(entry.path);
        files.set(entry.path, { line: entry.line, ino: st.ino });
        ctime.set(st.ino, st.ctimeNs);
        if (!hashing && hashFileSync(from) !== entry.sha256) return contentChanged(entry.path);
        continue;
      }
      const st = lstatSync(from, { bigint: true, throwIfNoEntry: false });
      if (!st) return changed(entry.path);
      const target = st.isSymbolicLink() ? readlinkSync(from) : undefined;
      if (entryLine(entry.path, st, target) !== entry.line || (entry.kind === 'f' && !st.isFile())) return changed(entry.path);
      if (entry.kind === 'd') {
        creating(() => { mkdirSync(to); chmodSync(to, Number(st.mode & 0o7777n)); });
        dirTimes.push([to, st.atime, st.mtime]);
      } else if (entry.kind === 'l') {
        creating(() => { symlinkSync(target!, to); lutimesSync(to, st.atime, st.mtime); });
      } else {
        // Its own copy: what was hashed is what is written.
        const content = readFileSync(from);
        if (createHash('sha256').update(content).digest('hex') !== entry.sha256) return contentChanged(entry.path);
        const made = creating(() => {
          writeFileSync(to, content);
          chmodSync(to, Number(st.mode & 0o7777n));
          utimesSync(to, st.atime, st.mtime);
          return lstatSync(to, { bigint: true });
        });
        files.set(entry.path, { line: entryLine(entry.path, made), ino: made.ino });
        ctime.set(made.ino, made.ctimeNs);
      }
    }
    // As `cp -a` does; children first, since adding an entry moves a directory's mtime.
    creating(() => { for (const [dir, atime, mtime] of dirTimes.reverse()) utimesSync(dir, atime, mtime); });
    return undefined;
  };
  let failed: LinkOutcome | undefined;
  try {
    failed = each();
  } catch (e) {
    failed = e instanceof CreateFailed ? { ok: false, unlinkable: e.message } : { ok: false, why: `it could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  if (failed) {
    hashing?.stop();
    return failed;
  }
  const answer = hashing ? await hashing.answer : {};
  hashing?.stop();
  if (answer.bad !== undefined) return contentChanged(answer.bad);
  if (answer.error !== undefined) return { ok: false, why: `it could not be read (${answer.error})` };
  return { ok: true, restored: { roots, entries, files, ctime } };
}

/**
 * Turns a restored tree, unchanged since (the caller has checked: unchangedSince), into
 * the tree of another entry by `diff`: only the entries that differ are checked and
 * created, the others are the restored ones, already checked in this build. Nothing is
 * removed unless every entry to add checked out.
 */
export function applyTreeDiff(tree: string, root: string, roots: readonly string[], diff: TreeDiff): Failure | undefined {
  return checkThenCreate(tree, diff.add, roots, (checked) => {
    try {
      for (const rel of diff.remove) rmSync(path.join(root, rel), { recursive: true, force: true });
    } catch (e) {
      throw new CreateFailed(e instanceof Error ? e.message : String(e));
    }
    createEntries(tree, root, checked);
  });
}

/**
 * Whether `paths` under `root` are still exactly what `restored` put there: the same
 * entries, each file with the same size, mode, mtime, inode and ctime; a path the
 * restore did not create still absent. Metadata, no content: sound within one build,
 * because any write to a file (through any of its links), a chmod, and a utimes that
 * puts an mtime back all set its ctime to the current time, and everything between the
 * restore and this check (the app's build scripts) starts well after the ctimes read
 * right after linking, so beyond the filesystem's timestamp granularity. (Across builds
 * ctime proves nothing: deleting the previous build directory's links moves it.) A
 * replaced file has another inode, or, if its number was reused, a new ctime.
 */
export function unchangedSince(restored: RestoredTree, root: string, paths: readonly string[]): boolean {
  const expected = new Map<string, string>();
  for (const e of restored.entries) {
    if (e.kind !== 'f') {
      expected.set(e.path, e.line);
      continue;
    }
    const made = restored.files.get(e.path);
    if (made === undefined) return false;
    expected.set(e.path, `${made.line.slice(0, -1)} ${made.ino} ${restored.ctime.get(made.ino)}\n`);
  }
  const seen = new Set<string>(); // a set: one path may lie under another (.yarn/unplugged in .yarn)
  const same = (p: string): boolean => {
    const st = lstatSync(path.join(root, p), { bigint: true, throwIfNoEntry: false });
    const want = expected.get(p);
    if (!st || want === undefined) return st === undefined && want === undefined;
    seen.add(p);
    const base = entryLine(p, st, st.isSymbolicLink() ? readlinkSync(path.join(root, p)) : undefined);
    const line = st.isFile() ? `${base.slice(0, -1)} ${st.ino} ${st.ctimeNs}\n` : base;
    if (line !== want) return false;
    if (!st.isDirectory()) return true;
    return readdirSync(path.join(root, p)).every((name) => same(`${p}/${name}`));
  };
  for (const p of new Set([...paths, ...restored.roots])) {
    if (!same(p)) return false;
  }
  return seen.size === expected.size;
}
