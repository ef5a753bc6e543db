/**
 * Whole directory trees kept in CACHE_DIR (an extracted Node.js runtime, an installed
 * node_modules), restored into the app by hard links when CACHE_DIR and BUILD_DIR share
 * a filesystem (near free), else by copying.
 *
 * Hard links share file contents with the app, so a build that edits a restored file in
 * place edits the cached one too; a disk can also corrupt a file without touching its
 * metadata. Every entry records a manifest: the path, type, size, mode and mtime of each
 * file, and the sha256 of each file's content, taken when the entry is saved. A restore
 * checks the cached tree against both and treats any difference as a miss (naming the
 * file), so an edit through a restored link or a corrupted file costs a rebuild, never a
 * wrong build. Metadata alone cannot be trusted for this: an edit can keep the size and
 * put the mtime back, and the ctime that would reveal it also moves whenever a build
 * directory holding links to the file is deleted, i.e. after every build.
 *
 * Entries are written under a temp name and renamed into place: a killed build leaves
 * the old entry, the new one, or none.
 *
 * An entry may also hold a spare (keepSpare, see spares.ts): a second copy of its tree,
 * made while the build goes on, which the next restore moves into the app and checks
 * there.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { runTool } from '../exec/run.js';
import { fsPath, readLinkText, readNames } from '../fs/byte-names.js';
import { describeKind, isInsideRoot } from '../fs/app-tree.js';
import { DiskFullError, diskFullCode, diskFullInText, shown, type CacheWrites, type DiskFullCode } from './cache-writes.js';
import { diffTrees, parseTreeEntries } from './tree-entries.js';
import { warmHelperThread } from './helper-thread.js';
import { applyTreeDiff, hashFileSync, linkTree, type RestoredTree } from './tree-link.js';
import type { TreeEntry } from './tree-entries.js';
import { Spares } from './spares.js';

export type { RestoredTree } from './tree-link.js';
export { unchangedSince } from './tree-link.js';
export { settleSpares } from './spares.js';

export type RestoreResult =
  | {
    readonly status: 'restored'; readonly linked: boolean; readonly meta: Readonly<Record<string, unknown>>;
    /** What was linked (a restore by hard links in this process), for later checks in this build. */
    readonly tree?: RestoredTree;
  }
  | { readonly status: 'missing' }
  | { readonly status: 'damaged'; readonly why: string };

/** Bumped when the manifest's shape changes; an entry of another format is a miss. */
const MANIFEST_FORMAT = 2;

interface Manifest {
  readonly format: typeof MANIFEST_FORMAT;
  /** One line per entry (`f path size mode mtime`, `d path mode`, `l path target`), in walk order. */
  readonly tree: readonly string[];
  /** sha256 (hex) of the content of each regular file, by path. */
  readonly sha256: Readonly<Record<string, string>>;
  readonly meta: Record<string, unknown>;
}

/** One entry of a walked tree. */
interface Walked {
  /** Relative to the walk's root, names in surrogateescape form (see byte-names.ts). */
  readonly path: string;
  readonly segments: string[];
  readonly file: boolean;
  /** `o`: neither a regular file, a directory nor a symbolic link (a socket, a FIFO, a device). */
  readonly kind: 'f' | 'd' | 'l' | 'o';
  /** Apparent size (regular files). */
  readonly size: bigint;
  readonly line: string;
  /** Symbolic links: the target. */
  readonly target?: string;
  /** `o` entries: what they are, for messages. */
  readonly what?: string;
}

/**
 * The same kind of digest over some paths of a tree (missing ones included as missing):
 * says whether a build step changed anything under them, at the cost of a stat per file.
 * Within one build the inode and ctime are included too: nothing but the step runs
 * between the two digests, and any write, even one that keeps the size and puts the
 * mtime back, moves the ctime.
 */
export async function digestPaths(root: string, paths: readonly string[]): Promise<string | undefined> {
  const h = createHash('sha256');
  try {
    for (const rel of [...paths].sort()) {
      const st = await fs.lstat(fsPath(path.join(root, rel)), { bigint: true }).catch(() => undefined);
      if (!st) h.update(`m ${rel}\n`);
      else if (st.isDirectory()) {
        h.update(`d ${rel} ${st.mode} ${st.ino} ${st.ctimeNs}\n`);
        for (const w of await walkTree(root, rel, true)) h.update(w.line);
      } else if (st.isSymbolicLink()) h.update(`l ${rel} ${await readLinkText(path.join(root, rel))}\n`);
      else h.update(`f ${rel} ${st.size} ${st.mode} ${st.mtimeMs} ${st.ino} ${st.ctimeNs}\n`);
    }
  } catch {
    // A tree that cannot be walked (a path past PATH_MAX, an unreadable directory) has
    // no digest: it never counts as unchanged.
    return undefined;
  }
  return h.digest('hex');
}

/** Directories read at once: a runtime tree has hundreds, and each read is a syscall round trip. */
const WALK_CONCURRENCY = 32;

/**
 * Every entry under `start`, in depth-first order with sorted names (the order a
 * sequential walk gives), reading many directories at once. `identity` adds the inode
 * and ctime to each line (only meaningful within one build, see digestPaths).
 */
async function walkTree(root: string, start: string, identity = false): Promise<Walked[]> {
  const out: Walked[] = [];
  const queue: string[] = [start];
  let active = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      if (queue.length === 0 && active === 0) return resolve();
      while (active < WALK_CONCURRENCY && queue.length > 0) {
        const rel = queue.pop()!;
        active++;
        visit(rel).then(() => { active--; pump(); }, reject);
      }
    };
    // Names as the kernel gives them (byte-names.ts): a name that is not UTF-8 is kept.
    const visit = async (rel: string): Promise<void> => {
      const names = await readNames(path.join(root, rel));
      await Promise.all(names.map(async (name) => {
        const p = rel ? `${rel}/${name}` : name;
        const st = await fs.lstat(fsPath(path.join(root, p)), { bigint: true });
        const id = identity ? ` ${st.ino} ${st.ctimeNs}` : '';
        const segments = p.split('/');
        if (st.isDirectory()) {
          out.push({ path: p, segments, file: false, kind: 'd', size: 0n, line: `d ${p} ${st.mode}${id}\n` });
          queue.push(p);
        } else if (st.isSymbolicLink()) {
          const target = await readLinkText(path.join(root, p));
          out.push({ path: p, segments, file: false, kind: 'l', size: 0n, line: `l ${p} ${target}\n`, target });
        } else if (st.isFile()) {
          out.push({ path: p, segments, file: true, kind: 'f', size: st.size, line: `f ${p} ${st.size} ${st.mode} ${st.mtimeMs}${id}\n` });
        } else {
          out.push({ path: p, segments, file: false, kind: 'o', size: 0n, line: `o ${p} ${st.mode}${id}\n`, what: describeKind(st) });
        }
      }));
    };
    pump();
  });
  return out.sort((a, b) => compareSegments(a.segments, b.segments));
}

/** Depth-first order: a directory before its entries, siblings by name (code unit order). */
function compareSegments(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Hashes the files in order, calling `each` with every digest; stops (returning that
 * path) when `each` returns false. Yields to the event loop every few milliseconds so
 * that the linking subprocess a restore starts alongside is served.
 */
async function hashFiles(root: string, files: readonly string[], each: (rel: string, hex: string) => boolean): Promise<string | undefined> {
  let since = Date.now();
  for (const rel of files) {
    if (!each(rel, hashFileSync(path.join(root, rel)))) return rel;
    if (Date.now() - since > 20) {
      await new Promise((resolve) => setImmediate(resolve));
      since = Date.now();
    }
  }
  return undefined;
}

/** What a saved tree looks like now: its manifest's tree and hashes. */
async function describeTree(root: string): Promise<Pick<Manifest, 'tree' | 'sha256'>> {
  const walked = await walkTree(root, '');
  const other = walked.find((w) => w.kind === 'o');
  if (other) throw new NotSaved(`${shown(other.path, 200)} is ${other.what}, which a cached tree cannot hold`);
  const sha256: Record<string, string> = {};
  await hashFiles(root, walked.filter((w) => w.file).map((w) => w.path), (rel, hex) => {
    sha256[rel] = hex;
    return true;
  });
  return { tree: walked.map((w) => w.line), sha256 };
}

/** Why the tree at `root` is not the one `manifest` describes, or undefined if it is. */
async function verifyTree(root: string, manifest: Manifest): Promise<string | undefined> {
  const walked = await walkTree(root, '');
  const n = Math.max(walked.length, manifest.tree.length);
  for (let i = 0; i < n; i++) {
    const now = walked[i]?.line;
    const then = manifest.tree[i];
    if (now !== then) {
      const which = (now ?? then)!.split(' ')[1];
      return `its files changed since it was saved (${which})`;
    }
  }
  const bad = await hashFiles(root, walked.filter((w) => w.file).map((w) => w.path), (rel, hex) => manifest.sha256[rel] === hex);
  return bad === undefined
    ? undefined
    : `its files changed since it was saved (the content of ${bad}, with the same size and modification time)`;
}

function parseManifest(text: string): Manifest | string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return 'its manifest is unreadable';
  }
  const m = doc as Partial<Manifest> | null;
  if (!m || typeof m !== 'object' || m.format !== MANIFEST_FORMAT || !Array.isArray(m.tree) || !m.sha256 || !m.meta) {
    return 'it was saved by an older engine, without content hashes';
  }
  return m as Manifest;
}

/**
 * Package managers rewrite their metadata files at the top of node_modules in place
 * (npm's .package-lock.json on every prune, pnpm's .modules.yaml, …), which would alter
 * the linked cache entry every build. Those files get their own copy; package files
 * deeper down are only ever replaced (unlink + create), which leaves the cache intact.
 */
async function unshareTopLevelFiles(dir: string): Promise<void> {
  for (const name of await readNames(dir)) await unshareFile(path.join(dir, name));
}

/** Gives a hard-linked file its own copy (a saved single file, like .pnp.cjs, too). */
async function unshareFile(p: string): Promise<void> {
  const st = await fs.lstat(fsPath(p));
  if (!st.isFile() || st.nlink < 2) return;
  const tmp = fsPath(`${p}.unshare-${randomBytes(4).toString('hex')}`);
  await fs.copyFile(fsPath(p), tmp);
  await fs.chmod(tmp, st.mode);
  await fs.utimes(tmp, st.atime, st.mtime);
  await fs.rename(tmp, fsPath(p));
}

/**
 * cp -a with hard links when possible; a plain copy across filesystems (GNU cp keeps a
 * sparse file's holes: --sparse=auto is its default), or the engine's own copy without
 * cp. A full disk is a DiskFullError.
 */
async function copyTree(from: string, to: string): Promise<boolean> {
  const linked = await runTool(['cp', '-al', from, to]);
  if (linked?.ok) {
    if ((await fs.lstat(to)).isDirectory()) await unshareTopLevelFiles(to);
    else await unshareFile(to);
    return true;
  }
  await fs.rm(to, { recursive: true, force: true });
  const copied = await runTool(['cp', '-a', from, to]);
  if (copied?.ok) return false;
  await fs.rm(to, { recursive: true, force: true });
  if (copied) {
    const last = copied.output.trim().split('\n').slice(-2).join('; ');
    const full = diskFullInText(copied.output);
    if (full) throw new DiskFullError(full, to, last);
    throw new Error(`cp -a failed: ${last}`);
  }
  await copyOwn(from, to);
  return false;
}

/** cp -a without cp: names as bytes, modes and times kept. */
async function copyOwn(from: string, to: string): Promise<void> {
  const st = await fs.lstat(fsPath(from));
  if (st.isSymbolicLink()) {
    await fs.symlink(fsPath(await readLinkText(from)), fsPath(to));
    return;
  }
  if (st.isDirectory()) {
    await fs.mkdir(fsPath(to));
    for (const name of await readNames(from)) await copyOwn(path.join(from, name), path.join(to, name));
    await fs.chmod(fsPath(to), st.mode & 0o7777);
  } else if (st.isFile()) {
    await fs.copyFile(fsPath(from), fsPath(to));
    await fs.chmod(fsPath(to), st.mode & 0o7777);
  } else {
    return; // sockets, FIFOs, devices: never part of a saved tree (see surveyTree)
  }
  await fs.utimes(fsPath(to), st.atime, st.mtime);
}

/**
 * What a cached tree may hold at most (apparent sizes): every file is hashed when saved
 * and again at each restore, so a 10 GB file (even a sparse one) would cost minutes of
 * every build. Beyond it the tree is not cached, with a warning.
 */
export const MAX_TREE_BYTES = 4n * 1024n * 1024n * 1024n;

/** An entry left out of a saved tree, and why. */
export interface LeftOut {
  readonly path: string;
  readonly why: string;
}

export type SaveResult =
  | { readonly status: 'saved'; readonly paths: readonly string[]; readonly leftOut: readonly LeftOut[]; readonly linksLeftOut: readonly string[] }
  | { readonly status: 'skipped'; readonly why: string };

/** A save given up for a reason the log gives as is. */
class NotSaved extends Error {}

function sizeText(bytes: bigint): string {
  const gib = Number(bytes) / 1024 ** 3;
  return gib >= 1 ? `${gib.toFixed(1)} GiB` : `${(Number(bytes) / 1024 ** 2).toFixed(0)} MiB`;
}

/**
 * What of `paths` (under `root`) a save takes, decided on the app's tree before anything
 * is copied: the paths present; the entries left out (sockets, FIFOs, devices, which mean
 * nothing in another build; with `linksInside`, symbolic links that would lead outside
 * that directory, judged on the link's text); refused when the whole exceeds MAX_TREE_BYTES.
 */
async function surveyTree(root: string, paths: readonly string[], linksInside: string | undefined): Promise<{ present: string[]; leftOut: LeftOut[]; linksLeftOut: string[] }> {
  const present: string[] = [];
  const leftOut: LeftOut[] = [];
  const linksLeftOut: string[] = [];
  let bytes = 0n;
  const linkLeaves = (rel: string, target: string) =>
    linksInside !== undefined && !isInsideRoot(linksInside, path.resolve(path.dirname(path.join(root, rel)), target));
  for (const rel of paths) {
    const st = await fs.lstat(fsPath(path.join(root, rel)), { bigint: true }).catch((e: unknown) => {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    });
    if (!st) continue;
    present.push(rel);
    if (st.isFile()) bytes += st.size;
    if (!st.isDirectory()) continue;
    for (const w of await walkTree(root, rel)) {
      if (w.kind === 'o') leftOut.push({ path: w.path, why: w.what! });
      else if (w.kind === 'l' && linkLeaves(w.path, w.target!)) linksLeftOut.push(w.path);
      bytes += w.size;
    }
  }
  if (bytes > MAX_TREE_BYTES) {
    throw new NotSaved(`it holds ${sizeText(bytes)} of files, more than the ${sizeText(MAX_TREE_BYTES)} a cached tree may hold (every file is hashed at each save and restore)`);
  }
  return { present, leftOut, linksLeftOut };
}

/** Why a save failed, as the log says it (a full disk as its code). */
function saveFailure(e: unknown): string | DiskFullCode {
  const full = diskFullCode(e);
  if (full) return full;
  if (e instanceof NotSaved) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENAMETOOLONG') return `a path in it is longer than the system allows (ENAMETOOLONG${err.path ? `: ${shown(String(err.path), 120)}` : ''})`;
  if (err.code === 'EACCES' || err.code === 'EPERM') return `an entry in it cannot be read or copied (${err.code}${err.path ? `: ${shown(String(err.path), 200)}` : ''})`;
  return shown(e instanceof Error ? e.message : String(e));
}



export interface SaveOptions {
  /** How the log names what is saved (default: the paths). */
  readonly label?: string;
  /** Leave out symbolic links that would lead outside this directory (the app), judged on their text. */
  readonly linksInside?: string;
}

export class TreeCache {
  /** `writes`: the build's cache writes (a skipped save is said there); none in unit tests. */
  constructor(private readonly dir: string, private readonly writes?: CacheWrites) {}

  private entry(key: string): string {
    return path.join(this.dir, encodeURIComponent(key));
  }

  private readonly spares = new Spares({ entryDir: (key) => this.entry(key), parsed: (key) => this.parsedEntries(key) });

  /** Waits for the spare being made of `key` (of every key if none): see Spares.idle. */
  private idle(key?: string): Promise<void> {
    return this.spares.idle(key);
  }

  /** Starts making a spare of the entry `key`: see Spares.keep. */
  keepSpare(key: string, options: { readonly filesLater?: boolean; readonly donor?: string } = {}): () => void {
    return this.spares.keep(key, options);
  }





  /**
   * Saves `paths` (files or directories, relative to `root`; missing ones are skipped)
   * as one entry. Best-effort: it never throws. A tree that cannot be saved (too big, a
   * path past PATH_MAX, an unreadable file, a full cache disk) is skipped with its
   * reason, said through `writes`; the entry is then dropped (an older one would not be
   * this build's), and nothing of the attempt stays in the cache. Sockets, FIFOs and
   * devices are left out of the saved copy (said too).
   */
  async save(key: string, root: string, paths: readonly string[], meta: Record<string, unknown>, opts: SaveOptions = {}): Promise<SaveResult> {
    const label = opts.label ?? paths.join(', ');
    await this.idle(key);
    if (this.writes?.full) {
      this.writes.notSaved(label, 'ENOSPC');
      await this.dropQuietly(key);
      return { status: 'skipped', why: 'the cache disk is full' };
    }
    let tmp: string | undefined;
    try {
      const { present, leftOut, linksLeftOut } = await surveyTree(root, paths, opts.linksInside);
      await fs.mkdir(this.dir, { recursive: true });
      tmp = path.join(this.dir, `.tmp-${randomBytes(6).toString('hex')}`);
      const tree = path.join(tmp, 'tree');
      await fs.mkdir(tree, { recursive: true });
      for (const rel of present) {
        await fs.mkdir(path.dirname(path.join(tree, rel)), { recursive: true });
        await copyTree(path.join(root, rel), path.join(tree, rel));
      }
      for (const rel of [...leftOut.map((l) => l.path), ...linksLeftOut]) await fs.rm(fsPath(path.join(tree, rel)), { recursive: true, force: true });
      const described = await describeTree(tree);
      const manifest: Manifest = { format: MANIFEST_FORMAT, ...described, meta: { ...meta, paths: present } };
      await fs.writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest));
      const target = this.entry(key);
      const old = path.join(this.dir, `.old-${randomBytes(6).toString('hex')}`);
      await fs.rename(target, old).catch(() => undefined);
      await fs.rename(tmp, target);
      await fs.rm(old, { recursive: true, force: true });
      this.writes?.leftOut(label, leftOut);
      return { status: 'saved', paths: present, leftOut, linksLeftOut };
    } catch (e) {
      const why = saveFailure(e);
      if (tmp) await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
      await this.dropQuietly(key);
      this.writes?.notSaved(label, why);
      return { status: 'skipped', why: why === 'ENOSPC' || why === 'EDQUOT' ? 'the cache disk is full' : why };
    } finally {
      if (tmp) await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** Drops an entry, ignoring a failure to (it is retried by the next save or sweep). */
  private async dropQuietly(key: string): Promise<void> {
    await fs.rm(this.entry(key), { recursive: true, force: true }).catch(() => undefined);
  }

  /**
   * The last manifest parsed, with its text: a build reads an entry's meta, then restores
   * it (an install's manifest is ~1.5 MB of JSON). The file is read each time, so a
   * changed one is parsed again.
   */
  private parsed?: { readonly text: string; readonly manifest: Manifest | string };

  /** Each manifest's entries (parseTreeEntries), read once: a build restores an entry, then makes its spare. */
  private readonly entries = new WeakMap<Manifest, TreeEntry[] | undefined>();

  private entriesOf(manifest: Manifest, roots: readonly string[]): TreeEntry[] | undefined {
    if (!this.entries.has(manifest)) this.entries.set(manifest, parseTreeEntries(manifest.tree, manifest.sha256, roots));
    return this.entries.get(manifest);
  }

  /** The entry's roots and entries (a damaged entry is dropped), for its spare. */
  private async parsedEntries(key: string): Promise<{ roots: readonly string[]; entries: readonly TreeEntry[] } | undefined> {
    const manifest = await this.manifest(key);
    if ('status' in manifest) return undefined;
    const roots = (manifest.meta.paths as string[] | undefined) ?? [];
    const entries = this.entriesOf(manifest, roots);
    return entries && { roots, entries };
  }

  private parse(text: string): Manifest | string {
    if (this.parsed?.text !== text) this.parsed = { text, manifest: parseManifest(text) };
    return this.parsed.manifest;
  }

  /**
   * The entry's meta, or why there is none to use: `missing`, or `damaged` (an unreadable
   * manifest, or one of an older format: the entry is dropped), so a build can say which.
   */
  async entryMeta(key: string): Promise<{ readonly status: 'ok'; readonly meta: Record<string, unknown> } | { readonly status: 'missing' } | { readonly status: 'damaged'; readonly why: string }> {
    const manifest = await this.manifest(key);
    return 'status' in manifest ? manifest : { status: 'ok', meta: manifest.meta };
  }

  async readMeta(key: string): Promise<Record<string, unknown> | undefined> {
    const text = await fs.readFile(path.join(this.entry(key), 'manifest.json'), 'utf8').catch(() => undefined);
    const m = text === undefined ? undefined : this.parse(text);
    return typeof m === 'object' ? m.meta : undefined;
  }

  /** The entry's manifest, or why it cannot be used (a damaged entry is dropped). */
  private async manifest(key: string, forRestore = false): Promise<Manifest | { readonly status: 'missing' } | { readonly status: 'damaged'; readonly why: string }> {
    const entry = this.entry(key);
    // An entry is a directory the engine made: anything else there (a link an older
    // engine saved as a cached directory, say) is dropped unread.
    const st = await fs.lstat(entry).catch(() => undefined);
    if (st && !st.isDirectory()) await fs.rm(entry, { force: true });
    const text = st?.isDirectory() ? await fs.readFile(path.join(entry, 'manifest.json'), 'utf8').catch(() => undefined) : undefined;
    if (text === undefined) return { status: 'missing' };
    // A tree big enough for the helper thread (~1,000 entries and more): it starts (tens
    // of ms) while the manifest is parsed.
    if (forRestore && text.length > 64 * 1024) warmHelperThread();
    const manifest = this.parse(text);
    if (typeof manifest === 'string') {
      await fs.rm(entry, { recursive: true, force: true });
      return { status: 'damaged', why: manifest };
    }
    return manifest;
  }

  private async damaged(key: string, root: string, paths: readonly string[], why: string): Promise<RestoreResult> {
    await this.idle(key);
    for (const rel of paths) await fs.rm(path.join(root, rel), { recursive: true, force: true });
    await fs.rm(this.entry(key), { recursive: true, force: true });
    return { status: 'damaged', why };
  }

  /**
   * Puts the saved paths back under `root` (they must not exist there yet). Never throws
   * for the cache's sake: a restore that fails midway (a path too long for this BUILD_DIR,
   * the app's disk full) takes out what it put in the app and is a miss naming why (the
   * status says damaged, the entry is left for the next build).
   */
  async restore(key: string, root: string): Promise<RestoreResult> {
    try {
      return await this.restoreEntry(key, root);
    } catch (e) {
      const paths = await this.readMeta(key).then((m) => (m?.paths as string[] | undefined) ?? [], () => []);
      for (const rel of paths) await fs.rm(fsPath(path.join(root, rel)), { recursive: true, force: true }).catch(() => undefined);
      // The entry is kept: what failed is most likely the app's side (its disk full), and
      // the entry is checked again at its next use anyway.
      const code = diskFullCode(e);
      return { status: 'damaged', why: `it could not be restored (${code ?? shown(e instanceof Error ? e.message : String(e))})` };
    }
  }

  private async restoreEntry(key: string, root: string): Promise<RestoreResult> {
    await this.idle(key);
    const manifest = await this.manifest(key, true);
    if ('status' in manifest) return manifest;
    const tree = path.join(this.entry(key), 'tree');
    const paths = (manifest.meta.paths as string[] | undefined) ?? [];
    // The spare moved in, else hard links made here, from the manifest's list, each
    // entry checked before it is linked (tree-link.ts); a manifest that does not read as
    // a tree, or a filesystem without hard links, takes the cp way below.
    const entries = this.entriesOf(manifest, paths);
    if (entries) {
      const spare = await this.spares.take(key, root, paths, entries);
      if (spare) return { status: 'restored', linked: true, meta: manifest.meta, tree: spare };
      const linked = await linkTree(tree, root, paths, entries);
      if (linked.ok) return { status: 'restored', linked: true, meta: manifest.meta, tree: linked.restored };
      if ('why' in linked) return this.damaged(key, root, paths, linked.why);
      for (const rel of paths) await fs.rm(path.join(root, rel), { recursive: true, force: true });
    }
    // Checking and linking run side by side (the check a stat and a hash per file, the
    // link a cp process); a failed check takes the restored copy out again.
    const [why, linked] = await Promise.all([
      verifyTree(tree, manifest).catch((e: unknown) => `it could not be read (${e instanceof Error ? e.message : String(e)})`),
      (async () => {
        let all = true;
        for (const rel of paths) {
          const dest = path.join(root, rel);
          await fs.mkdir(path.dirname(dest), { recursive: true });
          all = (await copyTree(path.join(tree, rel), dest)) && all;
        }
        return all;
      })(),
    ]);
    if (why !== undefined) return this.damaged(key, root, paths, why);
    if (!linked) this.spares.unlinkable = true;
    return { status: 'restored', linked, meta: manifest.meta };
  }

  /**
   * Turns `base`, a tree this build restored and that is still unchanged (the caller has
   * checked: unchangedSince), into this entry's tree, touching only what differs: the
   * entries only `base` has are deleted, those that differ are checked and linked from
   * this entry; the rest already are this entry's, checked when `base` was restored.
   * Undefined when the two do not diff that way (the caller restores the entry whole).
   * A damaged entry is dropped with the app's tree left as it was.
   */
  async restoreOver(key: string, root: string, base: RestoredTree): Promise<RestoreResult | undefined> {
    await this.idle(key);
    const manifest = await this.manifest(key);
    if ('status' in manifest) return manifest;
    const paths = (manifest.meta.paths as string[] | undefined) ?? [];
    const entries = this.entriesOf(manifest, paths);
    const diff = entries && diffTrees(base.entries, base.roots, entries, paths);
    if (!diff) return undefined;
    // What goes is moved into the spare waiting for it (keepSpare's donor), else deleted.
    const donate = await this.spares.donation(key, root);
    const failed = applyTreeDiff(path.join(this.entry(key), 'tree'), root, paths, diff, donate);
    if (failed && 'why' in failed) return this.damaged(key, root, [], failed.why);
    // Half applied: neither tree, and no way back to either.
    if (failed) throw new Error(`Restoring ${paths.join(', ')} from the build cache failed: ${failed.unlinkable}`);
    return { status: 'restored', linked: true, meta: manifest.meta };
  }

  async drop(key: string): Promise<void> {
    await this.idle(key);
    await fs.rm(this.entry(key), { recursive: true, force: true });
  }

  /** Drops every entry but `key` (e.g. runtimes of versions no longer used). */
  async retainOnly(key: string): Promise<void> {
    await this.idle();
    const keep = encodeURIComponent(key);
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n !== keep).map((n) => fs.rm(path.join(this.dir, n), { recursive: true, force: true })));
  }

  /** Removes temp entries a killed build left behind. */
  async sweep(): Promise<void> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      names.filter((n) => n.startsWith('.tmp-') || n.startsWith('.old-'))
        .map((n) => fs.rm(path.join(this.dir, n), { recursive: true, force: true })),
    );
  }
}
